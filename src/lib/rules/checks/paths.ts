import {datesIn, headingTitle, type PostDate} from '../../review';
import {frontMatterValue} from '../frontMatterPlaces';
import type {LintPost, Report} from '../types';
import type {Heading} from 'mdast';

/**
 * A post's path: `YYYYMMDD.mdx`, a real date, in the folder of that date;
 * and a date written in its title or front matter that disagrees with it.
 */
export function checkPath(post: LintPost, report: Report): void {
  if (post.kind !== 'review') {
    return;
  }
  {
    const check = post.path;
    if (!check.ok) {
      const {problem} = check;
      if (problem === 'file-name') {
        report({
          rule: 'post-file-name',
          file: post.file,
          message: `"${check.fileName}" is not a post name: a review post is named after its date, YYYYMMDD.mdx`,
          fix: 'rename it to the date it reviews, e.g. 20251027.mdx; Docusaurus would otherwise publish it under this name',
        });
      } else if (problem === 'date') {
        report({
          rule: 'post-date',
          file: post.file,
          message: `"${check.fileName}" is not a real calendar date`,
          fix: 'check the month (01-12) and the day of that month, then rename the file',
        });
      } else {
        report({
          rule: 'post-folder',
          file: post.file,
          message: `a post of ${check.date.iso} belongs in ${check.expectedFolder}`,
          fix: `move it to ${check.expectedFolder}${post.file.split('/').at(-1)}; its URL comes from that folder`,
        });
      }
    }
    const date =
      post.location?.date ?? (check.ok ? undefined : fileDate(check));
    if (date) {
      checkWrittenDates(post, date, report);
    }
  }
}

function fileDate(check: LintPost['path']): PostDate | undefined {
  return !check.ok && check.problem === 'folder' ? check.date : undefined;
}

function checkWrittenDates(post: LintPost, date: PostDate, report: Report) {
  const titleNode = frontMatterValue(post, 'title');
  const heading = post.tree?.children.find(
    (node): node is Heading => node.type === 'heading' && node.depth === 1,
  );
  const title =
    typeof post.data.title === 'string'
      ? {text: post.data.title, point: titleNode}
      : heading && {
          text: headingTitle(heading),
          point: {
            line: heading.position?.start.line ?? 1,
            column: heading.position?.start.column ?? 1,
          },
        };
  const stamp = date.iso.replaceAll('-', '');
  if (title) {
    const written = datesIn(title.text).find((other) => other.iso !== date.iso);
    if (written) {
      report({
        rule: 'date-mismatch',
        file: post.file,
        ...title.point,
        message: `the title says ${written.iso} but the file is dated ${date.iso}`,
        fix: `write ${date.iso} in the title, or if the post is about ${written.iso}, rename it to ${written.iso.replaceAll('-', '')}.mdx (its URL moves with it, so only before it is published)`,
      });
    }
  }
  if (typeof post.data.date === 'string') {
    const written = datesIn(post.data.date)[0];
    if (written && written.iso !== date.iso) {
      report({
        rule: 'date-mismatch',
        file: post.file,
        ...frontMatterValue(post, 'date'),
        message: `front matter says date ${written.iso} but the file is dated ${date.iso} (${stamp}.mdx)`,
        fix: 'remove `date`: the file name already dates the post',
      });
    }
  }
}
