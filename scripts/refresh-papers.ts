/**
 * Brings the paper metadata in paper-metadata/ up to date with arXiv and
 * Hugging Face, and fetches it for reviewed papers that have none.
 */
import {readCommandLine} from './lib/cli';
import {reportFailure} from './lib/paperReports';
import {refreshPapers} from '../src/lib/paperMetadata/refresh';
import {sourcesFromEnv} from '../src/lib/paperMetadata/sources';
import {LintUsageError, loadSite} from '../src/lib/rules';
import {indexedPosts} from '../src/plugins/paper-index/posts';

const HELP = `Usage: npm run refresh-papers

Fetches every paper in paper-metadata/ and every arXiv paper the posts
review from the arXiv API and the Hugging Face papers API, and rewrites
the files whose metadata changed (a new version, a corrected title, new
authors or links). Papers reviewed without a file get one. A file that
would not change is not touched, so git shows only real changes.

Everything is fetched before anything is written: offline, or when an API
keeps refusing, it says so and changes nothing. Builds never fetch; they
read the files.

HUGGING_FACE_URL and ARXIV_API_URL point at other servers;
PAPER_API_TIMEOUT_MS sets how long a request may take (default 20000).

Exit status: 0 when the files are up to date; 1 when the APIs could not be
read (nothing changed), when arXiv does not know a reviewed id, or when a
post does not parse (its papers are left as they were); 2 outside a site
folder.

Example:
  npm run refresh-papers`;

async function main(): Promise<number> {
  const args = readCommandLine(
    {options: {help: {type: 'boolean', short: 'h'}}},
    HELP,
  );
  if ('exitCode' in args) return args.exitCode;
  const siteDir = process.cwd();
  try {
    const site = loadSite({root: siteDir});
    // A post that does not parse names no papers until it is fixed.
    const unread = [...site.posts, ...site.blogPosts].filter(
      (post) => !post.complete,
    );
    for (const post of unread) {
      console.log(
        `${post.file} does not parse, so its papers were not refreshed; \`npm run lint-posts\` says where.`,
      );
    }
    const reviewed = indexedPosts(site, {drafts: true})
      .flatMap((post) => post.papers)
      .flatMap((paper) => (paper.arxivId ? [paper.arxivId] : []));
    const results = await refreshPapers({
      siteDir,
      reviewed,
      sources: sourcesFromEnv(),
      onProgress: (id, done, total) =>
        console.error(`Fetching ${id} (${done}/${total}) …`),
    });
    for (const result of results) {
      if (result.status === 'added') {
        console.log(`Added ${result.arxivId}.`);
      } else if (result.status === 'updated') {
        console.log(`Updated ${result.arxivId}: ${result.fields!.join(', ')}.`);
      } else if (result.status === 'unknown') {
        console.log(
          `arXiv has no paper ${result.arxivId}; its file, if any, was kept. Check the id in the post.`,
        );
      }
      if (result.withdrawn) {
        console.log(
          `arXiv ${result.arxivId} is withdrawn by its authors; its file keeps what the paper said, marked withdrawn.`,
        );
      }
    }
    const count = (status: string) =>
      results.filter((result) => result.status === status).length;
    console.log(
      `${results.length} papers: ${count('added')} added, ${count('updated')} updated, ${count('unchanged')} unchanged${count('unknown') ? `, ${count('unknown')} unknown to arXiv` : ''}.`,
    );
    return count('unknown') > 0 || unread.length > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof LintUsageError) {
      console.error(error.message);
      return 2;
    }
    return reportFailure(error);
  }
}

void main().then((code) => {
  process.exitCode = code;
});
