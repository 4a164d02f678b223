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

/**
 * GETs a URL, trying again after HTTP 429/503 as `Retry-After` asks (or
 * 1, 2, 4 s). Network failures and timeouts become `SourceError`s that name
 * the host.
 */
async function get(url: string, sources: Sources): Promise<Response> {
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
    } catch (error) {
      throw networkError(error, host, sources);
    }
    if (response.status !== 429 && response.status !== 503) return response;
    await response.body?.cancel();
    const wait =
      retryAfterMs(response.headers.get('retry-after')) ?? 1000 * 2 ** attempt;
    if (attempt >= sources.retries || wait > LONGEST_WAIT_MS) {
      throw new SourceError(
        'rate-limited',
        `${host} is limiting requests (HTTP ${response.status}) and still was after ${attempt} ${attempt === 1 ? 'retry' : 'retries'}; try again in a minute`,
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
  const cause = (error as {cause?: {code?: string}}).cause;
  return new SourceError(
    'offline',
    `could not reach ${host}${cause?.code ? ` (${cause.code})` : ''}: check the connection, or try again when online`,
  );
}

/** Reads the arXiv API's answer for some ids, by id. */
async function arxivEntries(
  arxivIds: readonly string[],
  sources: Sources,
): Promise<Map<string, ArxivEntry>> {
  const url = `${sources.arxivApiUrl}?id_list=${arxivIds.map(encodeURIComponent).join(',')}&max_results=${arxivIds.length}`;
  const response = await get(url, sources);
  const body = await response.text();
  if (!response.ok && response.status !== 400) {
    throw new SourceError(
      'bad-answer',
      `the arXiv API answered HTTP ${response.status}`,
    );
  }
  let feed;
  try {
    feed = parseArxivFeed(body);
  } catch (error) {
    throw new SourceError('bad-answer', (error as Error).message);
  }
  return new Map(feed.entries.map((entry) => [entry.arxivId, entry]));
}

/** The Hugging Face page of a paper, or `undefined` when it has none. */
async function huggingFacePaper(
  arxivId: string,
  sources: Sources,
): Promise<HuggingFacePaper | undefined> {
  const response = await get(
    `${sources.huggingFaceUrl}/api/papers/${encodeURIComponent(arxivId)}`,
    sources,
  );
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
  try {
    return parseHuggingFacePaper(await response.json());
  } catch (error) {
    throw new SourceError('bad-answer', (error as Error).message);
  }
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

/**
 * Fetches the metadata of papers from arXiv (in batches) and Hugging Face
 * (one request per paper, one at a time, as both APIs ask of scripts).
 * Ids arXiv does not know are returned in `missing`; any other failure
 * throws a `SourceError` and nothing is returned.
 */
export async function fetchPapers(
  arxivIds: readonly string[],
  sources: Sources,
  onProgress?: (arxivId: string) => void,
): Promise<{papers: PaperMetadata[]; missing: string[]}> {
  const entries = new Map<string, ArxivEntry>();
  for (let start = 0; start < arxivIds.length; start += ARXIV_BATCH) {
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
 * One paper's metadata, for adding it to a post: a paper arXiv does not
 * know, or one withdrawn, is a `SourceError` that says so.
 */
export async function fetchPaper(
  arxivId: string,
  sources: Sources,
): Promise<PaperMetadata> {
  const {papers} = await fetchPapers([arxivId], sources);
  const paper = papers[0];
  if (!paper) {
    throw new SourceError(
      'not-found',
      `arXiv has no paper ${arxivId}; check the id (it is the number in the paper's arxiv.org/abs/ address)`,
    );
  }
  if (paper.withdrawn) {
    throw new SourceError(
      'withdrawn',
      `arXiv ${arxivId} was withdrawn by its authors (v${paper.arxivVersion ?? 1}); a withdrawn paper is not added`,
    );
  }
  return paper;
}

/** The papers Hugging Face lists for a day, most upvoted first. */
export async function fetchDailyPapers(
  isoDate: string,
  sources: Sources,
): Promise<HuggingFacePaper[]> {
  const response = await get(
    `${sources.huggingFaceUrl}/api/daily_papers?date=${isoDate}`,
    sources,
  );
  if (!response.ok) {
    throw new SourceError(
      'bad-answer',
      `the Hugging Face daily papers API answered HTTP ${response.status} for ${isoDate}`,
    );
  }
  try {
    return parseDailyPapers(await response.json());
  } catch (error) {
    throw new SourceError('bad-answer', (error as Error).message);
  }
}
