import {existsSync} from 'node:fs';
import path from 'node:path';
import {postDocPath} from '../review';
import type {HuggingFacePaper} from '../paperMetadata/huggingFace';
import {
  SourceError,
  fetchDailyPapers,
  type Sources,
} from '../paperMetadata/sources';
import {addPapers, type AddPapersResult} from './addPaper';
import {UsageError} from './errors';
import {PostExistsError, assertSiteFolder, resolvePostDate} from './newPost';

/** One line of the day's list: `3. Title  ▲12  Organisation`. */
export function dailyLabel(paper: HuggingFacePaper, index: number): string {
  const organization = paper.organization
    ? `  ${paper.organization.fullName ?? paper.organization.name}`
    : '';
  return `${index + 1}. ${paper.title}  ▲${paper.upvotes}${organization}`;
}

/**
 * The papers `--pick 1,3,5` names, in the order given; numbers are the
 * list's, 1-based. A number outside the list or written twice is bad usage.
 */
export function pickDailyPapers(
  papers: readonly HuggingFacePaper[],
  pick: string,
): HuggingFacePaper[] {
  const parts = pick.split(',').map((part) => part.trim());
  const numbers = parts.map(Number);
  const bad = parts.find(
    (part, index) =>
      !/^\d+$/.test(part) ||
      numbers[index]! < 1 ||
      numbers[index]! > papers.length,
  );
  if (bad !== undefined) {
    throw new UsageError(
      `--pick "${pick}": "${bad}" is not a number from 1 to ${papers.length}, the day's list above; write e.g. --pick 1,3`,
    );
  }
  if (new Set(numbers).size !== numbers.length) {
    throw new UsageError(
      `--pick "${pick}" names a paper twice; name each once`,
    );
  }
  return numbers.map((number) => papers[number - 1]!);
}

/** The multi-select the author picks the day's papers in. */
export function dailyPrompt(
  isoDate: string,
  papers: readonly HuggingFacePaper[],
) {
  return {
    message: `Papers on Hugging Face for ${isoDate}: space picks, enter writes the post`,
    choices: papers.map((paper, index) => ({
      name: dailyLabel(paper, index),
      value: paper.arxivId,
    })),
    pageSize: 15,
    loop: false,
    required: true,
  };
}

/** What `draftFromDaily` needs. */
export interface DailyDraftOptions {
  siteDir: string;
  /** The Hugging Face day to list, `YYYY-MM-DD`. */
  day: string;
  /** The post's date; the day's by default. */
  date?: string;
  /** `1,3,5`: the papers to take, without asking. */
  pick?: string;
  sources: Sources;
  /** Asks the author to pick; absent when there is no terminal to ask in. */
  choose?: (prompt: ReturnType<typeof dailyPrompt>) => Promise<string[]>;
  /** Where the day's list is printed for `--pick`. */
  print: (line: string) => void;
}

/**
 * Lists a day's Hugging Face papers, lets the author pick some (or takes
 * `--pick`), and writes the post with a section per paper as `add-paper`
 * does. An existing post is never touched.
 */
export async function draftFromDaily(
  options: DailyDraftOptions,
): Promise<AddPapersResult> {
  const day = resolvePostDate(options.day, undefined, '--from-daily');
  const date = resolvePostDate(options.date ?? options.day);
  assertSiteFolder(options.siteDir);
  const file = `docs/${postDocPath(date)}`;
  if (existsSync(path.join(options.siteDir, file))) {
    throw new PostExistsError(file);
  }
  const papers = await fetchDailyPapers(day.iso, options.sources);
  if (papers.length === 0) {
    throw new SourceError(
      'not-found',
      `Hugging Face lists no papers for ${day.iso} (days without a list are usually weekends)`,
    );
  }
  let ids: string[];
  if (options.pick !== undefined) {
    papers.forEach((paper, index) => options.print(dailyLabel(paper, index)));
    ids = pickDailyPapers(papers, options.pick).map((paper) => paper.arxivId);
  } else if (options.choose) {
    ids = await options.choose(dailyPrompt(day.iso, papers));
  } else {
    papers.forEach((paper, index) => options.print(dailyLabel(paper, index)));
    throw new UsageError(
      'there is no terminal to pick papers in: pass --pick with the numbers of the list above, e.g. --pick 1,3',
    );
  }
  // The author may have taken minutes to pick: a post written meanwhile
  // is left alone all the same.
  return addPapers({
    siteDir: options.siteDir,
    references: ids,
    date: date.iso,
    sources: options.sources,
    newPostOnly: true,
  });
}
