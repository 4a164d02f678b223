/**
 * Adds papers to a day's post from their arXiv or Hugging Face metadata,
 * creating the post when the day has none.
 */
import {readCommandLine} from './lib/cli';
import {reportAdded, reportFailure} from './lib/paperReports';
import {addPapers} from '../src/lib/authoring/addPaper';
import {sourcesFromEnv} from '../src/lib/paperMetadata/sources';

const HELP = `Usage: npm run add-paper -- <arXiv id or paper URL> ... [--date YYYY-MM-DD]

Appends a section per paper to the post of the date (today in the local time
zone by default), creating the post as new-post does when there is none:
the linked title (Hugging Face page when it has one, else arXiv) with its
sub-title split off at "Title: Sub-title", organisation tags suggested from
the authors' affiliations through src/data/orgs.ts, and a TODO placeholder
that lint reports until the review is written.

Metadata (title, authors, abstract, dates, links) comes from the arXiv API
and the Hugging Face papers API and is kept in paper-metadata/<id>.json,
which builds read; a paper already there is not fetched again. A paper the
post already has is left alone. Nothing the post holds is changed or moved;
on any failure no file is changed.

HUGGING_FACE_URL and ARXIV_API_URL point at other servers;
PAPER_API_TIMEOUT_MS sets how long a request may take (default 20000).

Exit status: 0 when every paper is in the post, 1 when a paper could not be
fetched (nothing changed), 2 on bad usage.

Example:
  npm run add-paper -- 2510.14901 https://arxiv.org/abs/2510.18245 --date 2025-10-27`;

async function main(): Promise<number> {
  const args = readCommandLine(
    {
      allowPositionals: true,
      options: {
        date: {type: 'string'},
        help: {type: 'boolean', short: 'h'},
      },
    },
    HELP,
  );
  if ('exitCode' in args) return args.exitCode;
  if (args.positionals.length === 0) {
    console.error(`Name at least one paper.\n\n${HELP}`);
    return 2;
  }
  try {
    const result = await addPapers({
      siteDir: process.cwd(),
      references: args.positionals,
      ...(args.values.date !== undefined && {date: args.values.date}),
      sources: sourcesFromEnv(),
      onFetch: (id) =>
        console.error(`Fetching ${id} from arXiv and Hugging Face …`),
    });
    reportAdded(result);
    return 0;
  } catch (error) {
    return reportFailure(error);
  }
}

void main().then((code) => {
  process.exitCode = code;
});
