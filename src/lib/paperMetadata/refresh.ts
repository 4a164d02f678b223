import {
  readMetadataDir,
  writeMetadataFile,
  type PaperMetadata,
} from './metadata';
import {fetchPapers, type Sources} from './sources';

/** What a refresh did to one paper's file. */
export interface RefreshedPaper {
  arxivId: string;
  status: 'added' | 'updated' | 'unchanged' | 'unknown';
  /** The fields that changed, for `updated`. */
  fields?: string[];
  /** Set when the newest version withdraws the paper. */
  withdrawn?: boolean;
}

/**
 * Fetches every paper named (the cached ones and those the posts review)
 * and rewrites the files whose metadata changed. Everything is fetched
 * before anything is written: offline, or on any failure, it throws and no
 * file changes. A paper arXiv no longer answers for keeps its file.
 */
export async function refreshPapers(options: {
  siteDir: string;
  /** arXiv ids the posts review; cached papers are always refreshed. */
  reviewed: readonly string[];
  sources: Sources;
  onProgress?: (arxivId: string, done: number, total: number) => void;
}): Promise<RefreshedPaper[]> {
  const cached = readMetadataDir(options.siteDir);
  const ids = [...new Set([...cached.keys(), ...options.reviewed])].sort();
  let done = 0;
  const {papers, missing} = await fetchPapers(ids, options.sources, (id) => {
    done += 1;
    options.onProgress?.(id, done, ids.length);
  });
  const results: RefreshedPaper[] = missing.map((arxivId) => ({
    arxivId,
    status: 'unknown',
  }));
  const writes: PaperMetadata[] = [];
  for (const fetched of papers) {
    const before = cached.get(fetched.arxivId);
    const withdrawn = fetched.withdrawn === true;
    // A withdrawal replaces the abstract with its notice: keep what the
    // paper said, and mark it.
    const paper: PaperMetadata =
      before && withdrawn
        ? {...before, withdrawn: true, arxivVersion: fetched.arxivVersion!}
        : fetched;
    if (!before) {
      writes.push(paper);
      results.push({arxivId: paper.arxivId, status: 'added', withdrawn});
      continue;
    }
    const fields = changedFields(before, paper);
    if (fields.length > 0) writes.push(paper);
    results.push({
      arxivId: paper.arxivId,
      status: fields.length > 0 ? 'updated' : 'unchanged',
      ...(fields.length > 0 && {fields}),
      withdrawn,
    });
  }
  for (const paper of writes) writeMetadataFile(options.siteDir, paper);
  return results.sort((a, b) => a.arxivId.localeCompare(b.arxivId));
}

function changedFields(before: PaperMetadata, after: PaperMetadata): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter(
    (key) =>
      JSON.stringify(before[key as keyof PaperMetadata]) !==
      JSON.stringify(after[key as keyof PaperMetadata]),
  );
}
