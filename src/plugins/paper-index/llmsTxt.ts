import {absoluteUrl} from '../../lib/site/absoluteUrl';
import type {SiteInfo} from './site';
import type {PaperIndex} from './paperIndex';
import type {IndexedPost} from './posts';

/** Where the summary for tools that read sites is published. */
export const LLMS_TXT_FILE = 'llms.txt';

/**
 * `llms.txt` (the llmstxt.org layout): what the site is, then every post
 * (its page and its Markdown copy) with its papers, and the
 * machine-readable files to read next.
 */
export function renderLlmsTxt(
  posts: readonly IndexedPost[],
  index: PaperIndex,
  site: SiteInfo,
): string {
  const lines = [
    `# ${site.title}`,
    '',
    `> ${site.description}. 리뷰 ${posts.filter((post) => post.kind === 'review').length}편, 논문 ${index.papers.length}편.`,
    '',
    `- [papers.json](${absoluteUrl(site, '/papers.json')}): 리뷰한 논문 전체 (JSON, 스키마: ${absoluteUrl(site, '/papers.schema.json')})`,
    `- [RSS](${absoluteUrl(site, '/rss.xml')}), [Atom](${absoluteUrl(site, '/atom.xml')}), [JSON Feed](${absoluteUrl(site, '/feed.json')})`,
    '',
    '## 리뷰',
    '',
  ];
  for (const post of posts) {
    const url = absoluteUrl(site, post.permalink);
    lines.push(
      `- [${post.date.iso}${post.title ? ` ${post.title}` : ''}](${url}) ([Markdown](${url}.md))`,
    );
    for (const paper of post.papers) {
      const arxiv = paper.arxivId ? ` (arXiv ${paper.arxivId})` : '';
      lines.push(`  - [${paper.title}](${url}#${paper.id})${arxiv}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
