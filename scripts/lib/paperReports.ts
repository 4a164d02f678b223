import {
  PostExistsError,
  UsageError,
  type AddPapersResult,
} from '../../src/lib/authoring';
import {ContentError} from '../../src/lib/review';
import {SourceError} from '../../src/lib/paperMetadata/sources';

/** Tells the author what went into the post and what is left to write. */
export function reportAdded(result: AddPapersResult): void {
  const added = result.papers.filter((paper) => paper.status === 'added');
  let newPost = result.created;
  for (const paper of result.papers) {
    if (paper.status === 'present') {
      console.log(
        `arXiv ${paper.arxivId} is already in ${result.file} (line ${paper.line}); left as it is.`,
      );
      if (!paper.cached) {
        console.log(
          '  Its metadata is not in paper-metadata/ yet: `npm run refresh-papers` fetches it.',
        );
      }
      continue;
    }
    const tags =
      paper.tags.length > 0
        ? `tags ${paper.tags.map((tag) => `\`${tag}\``).join(' ')}`
        : 'no organisation tag';
    console.log(
      `Added arXiv ${paper.arxivId} "${paper.title}" as paper ${paper.number} of ${result.file}${newPost ? ' (new post)' : ''}, ${tags}.`,
    );
    newPost = false;
    if (paper.unknownAffiliations.length > 0) {
      console.log(
        `  Not in src/data/orgs.ts, so not tagged: ${paper.unknownAffiliations.join('; ')}. Add an organisation or alias there to tag them.`,
      );
    }
  }
  if (added.length === 0) {
    console.log('Nothing was changed.');
    return;
  }
  const lines = added.map((paper) =>
    paper.status === 'added' ? paper.placeholderLine : 0,
  );
  console.log(
    `Write each review where it says TODO (line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}), then preview it with \`npm start\` at\n  ${result.url}`,
  );
}

/**
 * Prints why papers could not be added and returns the exit status: 2 for
 * bad usage, 1 for anything the network or the content stopped.
 */
export function reportFailure(error: unknown): number {
  if (error instanceof UsageError) {
    console.error(error.message);
    return 2;
  }
  if (error instanceof SourceError) {
    console.error(`${error.message}. Nothing was changed.`);
    return 1;
  }
  if (error instanceof ContentError) {
    console.error(`${error.message}. Nothing was changed.`);
    return 1;
  }
  if (error instanceof PostExistsError) {
    console.error(error.message);
    return 1;
  }
  // Ctrl-C in the multi-select.
  if ((error as Error).name === 'ExitPromptError') {
    console.error('Nothing was picked. Nothing was changed.');
    return 1;
  }
  throw error;
}
