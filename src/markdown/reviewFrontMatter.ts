import {parseMarkdownContentTitle} from '@docusaurus/utils';
import {checkPostPath, reviewPageTitle} from '../lib/review';
import type {ParseFrontMatter} from '@docusaurus/types';

/**
 * Docusaurus's front-matter parser, giving each review the title its page
 * heading shows (`remarkReviewTitle`): Docusaurus takes a doc's `<title>`,
 * social title and previous/next labels from the source, not from the
 * compiled heading. The file on disk is not touched.
 */
export const parseReviewFrontMatter: ParseFrontMatter = async (params) => {
  const result = await params.defaultParseFrontMatter(params);
  const file = params.filePath.replaceAll('\\', '/');
  const at = file.lastIndexOf('docs/papers/');
  const path = at >= 0 && checkPostPath(file.slice(at));
  if (!path || !path.ok) return result;
  const written =
    typeof result.frontMatter.title === 'string'
      ? result.frontMatter.title
      : parseMarkdownContentTitle(result.content).contentTitle;
  const title = reviewPageTitle(path.location.date.iso, written);
  if (title === written) return result;
  return {...result, frontMatter: {...result.frontMatter, title}};
};
