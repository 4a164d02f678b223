import {parseArxivFeed, type ArxivEntry} from './arxivFeed';
import {
  parseDailyPapers,
  parseHuggingFacePaper,
  type HuggingFacePaper,
} from './huggingFace';
import type {PaperMetadata} from './metadata';

/** Where the two APIs are and how long to wait for them. */
export interface Sources {
  /** Hugging Face's origin; the papers API is under `/api`. */
  huggingFaceUrl: string;
  /** The arXiv API's query endpoint. */
  arxivApiUrl: string;
  /** How long one request may take before it is given up, in ms. */
  timeoutMs: number;
  /** How often a request answered with HTTP 429 or 503 is tried again. */
  retries: number;
  /** Waits between tries; tests pass one that does not wait. */
  sleep?: (ms: number) => Promise<void>;
}

/**
 * The sources, from the environment: `HUGGING_FACE_URL`, `ARXIV_API_URL`
 * (a local replay server in tests) and `PAPER_API_TIMEOUT_MS`.
 */
export function sourcesFromEnv(env: NodeJS.ProcessEnv = process.env): Sources {
  const timeout = Number(env.PAPER_API_TIMEOUT_MS);
  return {
    huggingFaceUrl: (env.HUGGING_FACE_URL || 'https://huggingface.co').replace(
      /\/+$/,
      '',
    ),
    arxivApiUrl: env.ARXIV_API_URL || 'https://export.arxiv.org/api/query',
    timeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : 20_000,
    retries: 3,
  };
}

/** Why a paper could not be fetched; the message says what to do. */
export class SourceError extends Error {
  readonly kind:
    | 'offline'
    | 'timeout'
    | 'rate-limited'
    | 'not-found'
    | 'withdrawn'
    | 'bad-answer';

  constructor(kind: SourceError['kind'], message: string) {
    super(message);
    this.name = 'SourceError';
    this.kind = kind;
  }
}

/** The longest `Retry-After` worth waiting for before giving up. */
const LONGEST_WAIT_MS = 60_000;

/** Answers worth trying again: rate limits and a busy or failing gateway. */
const RETRIED = new Set([429, 502, 503, 504]);

/**
 * GETs a URL and reads its body with `read`, trying again after HTTP 429,
 * 502, 503 or 504 as `Retry-After` asks (or after 1, 2, 4 s). A network
 * failure or timeout, while connecting or while reading, is a
 * `SourceError` that names the host.
 */
async function get<T>(
  url: string,
  sources: Sources,
  read: (response: Response) => Promise<T>,
): Promise<T> {
  const host = new URL(url).host;
  const sleep =
    sources.sleep ?? ((ms) => new Promise((done) => setTimeout(done, ms)));
  for (let attempt = 0; ; attempt += 1) {
    let response: Response;
    try {
      response = await fetch(url, {
        signal: AbortSignal.timeout(sources.timeoutMs),
        headers: {accept: 'application/json, application/atom+xml'},
      });
      if (!RETRIED.has(response.status)) return await read(response);
      await response.body?.cancel();
    } catch (error) {
      throw error instanceof SourceError
        ? error
        : networkError(error, host, sources);
    }
    const asked = retryAfterMs(response.headers.get('retry-after'));
    const wait = asked ?? 1000 * 2 ** attempt;
    if (wait > LONGEST_WAIT_MS) {
      throw new SourceError(
        'rate-limited',
        `${host} is limiting requests (HTTP ${response.status}) and asks to wait ${Math.ceil(wait / 1000)} s; try again then`,
      );
    }
    if (attempt >= sources.retries) {
      throw new SourceError(
        'rate-limited',
        `${host} answered HTTP ${response.status} ${attempt + 1} times in a row; try again in a minute`,
      );
    }
    await sleep(wait);
  }
}

function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function networkError(
  error: unknown,
  host: string,
  sources: Sources,
): SourceError {
  const name = (error as Error).name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new SourceError(
      'timeout',
      `${host} did not answer within ${sources.timeoutMs / 1000} s; try again later (PAPER_API_TIMEOUT_MS sets the limit in ms)`,
    );
  }
  if (name !== 'TypeError') {
    return new SourceError(
      'bad-answer',
      `${host}: ${(error as Error).message}`,
    );
  }
  const cause = (error as {cause?: {code?: string}}).cause;
  return new SourceError(
    'offline',
    `could not reach ${host}${cause?.code ? ` (${cause.code})` : ''}: check the connection, or try again when online`,
  );
}

/**
 * The id arXiv answers with for an id as written: an old-style id's
 * subject class is not part of it (`math.GT/0309136` → `math/0309136`).
 */
function canonicalId(arxivId: string): string {
  return arxivId.replace(/^([a-z-]+)\.[A-Z]{2}\//, '$1/');
}

/** Reads the arXiv API's answer for some ids, by id as asked. */
async function arxivEntries(
  arxivIds: readonly string[],
  sources: Sources,
): Promise<Map<string, ArxivEntry>> {
  const url = `${sources.arxivApiUrl}?id_list=${arxivIds.map(encodeURIComponent).join(',')}&max_results=${arxivIds.length}`;
  const feed = await get(url, sources, async (response) => {
    const body = await response.text();
    if (!response.ok && response.status !== 400) {
      throw new SourceError(
        'bad-answer',
        `the arXiv API answered HTTP ${response.status}`,
      );
    }
    try {
      return parseArxivFeed(body);
    } catch (error) {
      throw new SourceError('bad-answer', (error as Error).message);
    }
  });
  const byId = new Map(feed.entries.map((entry) => [entry.arxivId, entry]));
  return new Map(
    arxivIds.flatMap((id) => {
      const entry = byId.get(canonicalId(id));
      return entry ? [[id, {...entry, arxivId: id}] as const] : [];
    }),
  );
}

/** The Hugging Face page of a paper, or `undefined` when it has none. */
function huggingFacePaper(
  arxivId: string,
  sources: Sources,
): Promise<HuggingFacePaper | undefined> {
  return get(
    `${sources.huggingFaceUrl}/api/papers/${encodeURIComponent(arxivId)}`,
    sources,
    async (response) => {
      if (response.status === 404) {
        await response.body?.cancel();
        return undefined;
      }
      if (!response.ok) {
        throw new SourceError(
          'bad-answer',
          `the Hugging Face papers API answered HTTP ${response.status} for ${arxivId}`,
        );
      }
      const data: unknown = await response.json().catch((error: unknown) => {
        if ((error as Error).name === 'SyntaxError') {
          throw new SourceError(
            'bad-answer',
            `the Hugging Face papers API answered ${arxivId} with something other than JSON`,
          );
        }
        throw error;
      });
      try {
        return parseHuggingFacePaper(data);
      } catch (error) {
        throw new SourceError('bad-answer', (error as Error).message);
      }
    },
  );
}

/** arXiv's record and Hugging Face's listing of one paper, as one file's worth. */
export function combineMetadata(
  entry: ArxivEntry,
  huggingFace: HuggingFacePaper | undefined,
): PaperMetadata {
  const id = entry.arxivId;
  return {
    version: 1,
    arxivId: id,
    arxivVersion: entry.version,
    title: entry.title,
    authors: entry.authors,
    abstract: entry.abstract,
    published: entry.published,
    ...(entry.updated &&
      entry.updated !== entry.published && {updated: entry.updated}),
    ...(entry.categories.length > 0 && {categories: entry.categories}),
    ...(huggingFace?.organization && {organization: huggingFace.organization}),
    links: {
      arxiv: `https://arxiv.org/abs/${id}`,
      pdf: `https://arxiv.org/pdf/${id}`,
      ...(huggingFace && {huggingFace: `https://huggingface.co/papers/${id}`}),
      ...(huggingFace?.code && {code: huggingFace.code}),
      ...(huggingFace?.project && {project: huggingFace.project}),
    },
    ...(entry.withdrawn && {withdrawn: true}),
  };
}

/** The most ids the arXiv API is asked for at once. */
const ARXIV_BATCH = 50;

/** The pause arXiv asks for between two calls of its API. */
const ARXIV_PAUSE_MS = 3000;

/**
 * Fetches the metadata of papers from arXiv (in batches, 3 s apart, as
 * arXiv asks) and Hugging Face (one paper at a time). Ids arXiv does not
 * know are returned in `missing`; any other failure throws a `SourceError`
 * and nothing is returned.
 */
export async function fetchPapers(
  arxivIds: readonly string[],
  sources: Sources,
  onProgress?: (arxivId: string) => void,
): Promise<{papers: PaperMetadata[]; missing: string[]}> {
  const sleep =
    sources.sleep ?? ((ms) => new Promise((done) => setTimeout(done, ms)));
  const entries = new Map<string, ArxivEntry>();
  for (let start = 0; start < arxivIds.length; start += ARXIV_BATCH) {
    if (start > 0) await sleep(ARXIV_PAUSE_MS);
    const batch = await arxivEntries(
      arxivIds.slice(start, start + ARXIV_BATCH),
      sources,
    );
    for (const [id, entry] of batch) entries.set(id, entry);
  }
  const papers: PaperMetadata[] = [];
  const missing: string[] = [];
  for (const id of arxivIds) {
    const entry = entries.get(id);
    if (!entry) {
      missing.push(id);
      continue;
    }
    onProgress?.(id);
    papers.push(combineMetadata(entry, await huggingFacePaper(id, sources)));
  }
  return {papers, missing};
}

/**
 * The metadata of papers to add to a post, in one call to arXiv: a paper
 * arXiv does not know, or one withdrawn, is a `SourceError` that says so.
 */
export async function fetchPapersToAdd(
  arxivIds: readonly string[],
  sources: Sources,
  onProgress?: (arxivId: string) => void,
): Promise<PaperMetadata[]> {
  const {papers, missing} = await fetchPapers(arxivIds, sources, onProgress);
  if (missing.length > 0) {
    throw new SourceError(
      'not-found',
      `arXiv has no paper ${missing.join(', ')}; check the id (it is the number in the paper's arxiv.org/abs/ address)`,
    );
  }
  const withdrawn = papers.find((paper) => paper.withdrawn);
  if (withdrawn) {
    throw new SourceError(
      'withdrawn',
      `arXiv ${withdrawn.arxivId} was withdrawn by its authors (v${withdrawn.arxivVersion ?? 1}); a withdrawn paper is not added`,
    );
  }
  return papers;
}

/** One paper's metadata, as `fetchPapersToAdd` gives it. */
export async function fetchPaper(
  arxivId: string,
  sources: Sources,
): Promise<PaperMetadata> {
  const [paper] = await fetchPapersToAdd([arxivId], sources);
  return paper!;
}

/** The papers Hugging Face lists for a day, most upvoted first. */
export function fetchDailyPapers(
  isoDate: string,
  sources: Sources,
): Promise<HuggingFacePaper[]> {
  return get(
    `${sources.huggingFaceUrl}/api/daily_papers?date=${isoDate}`,
    sources,
    async (response) => {
      if (!response.ok) {
        throw new SourceError(
          'bad-answer',
          `the Hugging Face daily papers API answered HTTP ${response.status} for ${isoDate}`,
        );
      }
      const data: unknown = await response.json().catch((error: unknown) => {
        if ((error as Error).name === 'SyntaxError') {
          throw new SourceError(
            'bad-answer',
            `the Hugging Face daily papers API answered ${isoDate} with something other than JSON`,
          );
        }
        throw error;
      });
      try {
        return parseDailyPapers(data);
      } catch (error) {
        throw new SourceError('bad-answer', (error as Error).message);
      }
    },
  );
}
