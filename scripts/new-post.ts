/**
 * Starts a review post for a date from the template, with one paper section
 * per paper URL, and says where to preview it.
 */
import {readCommandLine} from './lib/cli';
import {
  PLACEHOLDER,
  PostExistsError,
  UsageError,
  createPost,
} from '../src/lib/authoring';

const HELP = `Usage: npm run new-post -- [--date YYYY-MM-DD] [--paper URL ...]

Creates docs/papers/yYYYY/<mon>/YYYYMMDD.mdx for the date (today in the local
time zone by default) from a template that shows how a post is written, and
the month's asset/ folder for its images. Each --paper URL (a Hugging Face
papers page, an arXiv abs or pdf URL, or any http(s) page) becomes a paper
section with its arXiv id filled in; titles are left as ${PLACEHOLDER} to fill in.
An existing post is never overwritten.

Exit status: 0 when the post was created, 1 when it already exists,
2 on bad usage (an impossible date, a URL that is not http(s)).

Example:
  npm run new-post -- --date 2025-10-28 --paper https://huggingface.co/papers/2510.14901 --paper https://arxiv.org/abs/2510.18245`;

function main(): number {
  const args = readCommandLine(
    {
      options: {
        date: {type: 'string'},
        paper: {type: 'string', multiple: true},
        help: {type: 'boolean', short: 'h'},
      },
    },
    HELP,
  );
  if ('exitCode' in args) return args.exitCode;
  const {values} = args;

  try {
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
    if (post.firstOfYear) {
      console.log(
        `It is the first post of ${post.date.year}: restart a running \`npm start\` so that the new year appears.`,
      );
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message);
      return 2;
    }
    if (error instanceof PostExistsError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

process.exitCode = main();
