/**
 * Starts a review post for a date from the template, with one paper section
 * per paper URL, or from the papers Hugging Face lists for a day, and says
 * where to preview it.
 */
import {readCommandLine} from './lib/cli';
import {reportAdded, reportFailure} from './lib/paperReports';
import {PLACEHOLDER, createPost, draftFromDaily} from '../src/lib/authoring';
import {sourcesFromEnv} from '../src/lib/paperMetadata/sources';

const HELP = `Usage: npm run new-post -- [--date YYYY-MM-DD] [--paper URL ...]
       npm run new-post -- --from-daily YYYY-MM-DD [--pick 1,3,5] [--date YYYY-MM-DD]

Creates docs/papers/yYYYY/<mon>/YYYYMMDD.mdx for the date (today in the local
time zone by default) from a template that shows how a post is written, and
the month's asset/ folder for its images. Each --paper URL (a Hugging Face
papers page, an arXiv abs or pdf URL, or any http(s) page) becomes a paper
section with its arXiv id filled in; titles are left as ${PLACEHOLDER} to fill in.

--from-daily lists the papers Hugging Face picked for that day and lets you
choose some in the terminal (space picks, enter confirms); --pick takes the
list's numbers instead, for use without a terminal. The post (for that day,
or --date) then gets a section per paper as add-paper writes them: titles,
sub-titles, links and organisation tags from the papers' metadata, which is
kept in paper-metadata/.

An existing post is never overwritten.

Exit status: 0 when the post was created, 1 when it already exists or the
papers could not be fetched, 2 on bad usage (an impossible date, a URL that
is not http(s), a --pick number not in the list).

Examples:
  npm run new-post -- --date 2025-10-28 --paper https://huggingface.co/papers/2510.14901 --paper https://arxiv.org/abs/2510.18245
  npm run new-post -- --from-daily 2025-10-27 --pick 1,3`;

async function main(): Promise<number> {
  const args = readCommandLine(
    {
      options: {
        date: {type: 'string'},
        paper: {type: 'string', multiple: true},
        'from-daily': {type: 'string'},
        pick: {type: 'string'},
        help: {type: 'boolean', short: 'h'},
      },
    },
    HELP,
  );
  if ('exitCode' in args) return args.exitCode;
  const {values} = args;
  const day = values['from-daily'];
  if (day === undefined && values.pick !== undefined) {
    console.error(`--pick goes with --from-daily.\n\n${HELP}`);
    return 2;
  }
  if (day !== undefined && values.paper !== undefined) {
    console.error(`--paper and --from-daily do not go together.\n\n${HELP}`);
    return 2;
  }

  try {
    if (day !== undefined) {
      const result = await draftFromDaily({
        siteDir: process.cwd(),
        day,
        ...(values.date !== undefined && {date: values.date}),
        ...(values.pick !== undefined && {pick: values.pick}),
        sources: sourcesFromEnv(),
        ...(process.stdin.isTTY &&
          process.stdout.isTTY && {
            choose: async (prompt) => {
              const {default: checkbox} = await import('@inquirer/checkbox');
              return checkbox(prompt);
            },
          }),
        print: (line) => console.log(line),
      });
      reportAdded(result);
      return 0;
    }
    const post = createPost({
      siteDir: process.cwd(),
      ...(values.date !== undefined && {date: values.date}),
      papers: values.paper ?? [],
    });
    const sections = Math.max(post.papers.length, 1);
    console.log(
      `Created ${post.file} (${post.date.iso}, ${sections} paper section${sections > 1 ? 's' : ''}).`,
    );
    console.log(
      `Images go in ${post.assetDir}/${post.assetDirCreated ? ' (created, empty)' : ''}.`,
    );
    console.log(
      `Fill in every ${PLACEHOLDER}, then preview it with \`npm start\` at\n  ${post.url}`,
    );
    return 0;
  } catch (error) {
    return reportFailure(error);
  }
}

void main().then((code) => {
  process.exitCode = code;
});
