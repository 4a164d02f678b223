import {checkPostPath, headingTitle, reviewPageTitle} from '../lib/review';
import {displayPath} from './displayPath';
import type {Heading, Root} from 'mdast';
import type {VFile} from 'vfile';

/**
 * Gives a review's level-1 heading its page title (`reviewPageTitle`): a
 * heading that only dates the post ("2025-10-26 papers review", a habit
 * that drifts from the file's date) says the file's date instead, so the
 * page never shows two dates. The heading has no anchor to keep; the
 * content rules still warn of the mismatch. Runs after the content rules.
 */
export default function remarkReviewTitle() {
  return (tree: Root, file: VFile): void => {
    const path = checkPostPath(displayPath(file));
    if (!path.ok) return;
    const heading = tree.children.find(
      (node): node is Heading => node.type === 'heading' && node.depth === 1,
    );
    if (!heading) return;
    const written = headingTitle(heading);
    const title = reviewPageTitle(path.location.date.iso, written);
    if (title !== written) heading.children = [{type: 'text', value: title}];
  };
}
