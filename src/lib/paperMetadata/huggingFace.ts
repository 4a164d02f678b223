/** What the Hugging Face papers API says about one paper. */
export interface HuggingFacePaper {
  arxivId: string;
  title: string;
  authors: string[];
  summary: string;
  /** `YYYY-MM-DD`. */
  published?: string;
  upvotes: number;
  organization?: {name: string; fullName?: string};
  code?: string;
  project?: string;
}

type Json = Record<string, unknown>;

/**
 * Reads one paper of `/api/papers/<id>`, or the `paper` of a daily entry
 * (whose own `organization` and `title` are the daily list's).
 */
export function parseHuggingFacePaper(
  data: unknown,
  daily?: Json,
): HuggingFacePaper {
  if (!isObject(data) || typeof data.id !== 'string') {
    throw new Error('the Hugging Face papers API answered without a paper id');
  }
  const organization = asOrganization(daily?.organization ?? data.organization);
  const published = string(data.publishedAt)?.slice(0, 10);
  const code = httpUrl(data.githubRepo);
  const project = httpUrl(data.projectPage);
  return {
    arxivId: data.id,
    title: (string(data.title) ?? string(daily?.title) ?? '')
      .replace(/\s+/g, ' ')
      .trim(),
    authors: (Array.isArray(data.authors) ? data.authors : [])
      .filter(
        (author): author is Json => isObject(author) && author.hidden !== true,
      )
      .map((author) => string(author.name)?.trim() ?? '')
      .filter(Boolean),
    summary: (string(data.summary) ?? '').replace(/\s+/g, ' ').trim(),
    ...(published && {published}),
    upvotes: typeof data.upvotes === 'number' ? data.upvotes : 0,
    ...(organization && {organization}),
    ...(code && {code}),
    ...(project && {project}),
  };
}

/** Reads `/api/daily_papers?date=…`: the day's papers, most upvoted first. */
export function parseDailyPapers(data: unknown): HuggingFacePaper[] {
  if (!Array.isArray(data)) {
    throw new Error(
      'the Hugging Face daily papers API answered without a list',
    );
  }
  // An entry without a paper id cannot be added; the rest of the day can.
  return data
    .filter(
      (entry): entry is Json =>
        isObject(entry) &&
        isObject(entry.paper) &&
        typeof entry.paper.id === 'string',
    )
    .map((entry) => parseHuggingFacePaper(entry.paper, entry))
    .sort((a, b) => b.upvotes - a.upvotes);
}

function asOrganization(value: unknown): HuggingFacePaper['organization'] {
  if (!isObject(value)) return undefined;
  const name = string(value.name);
  const fullName = string(value.fullname);
  return name
    ? {name, ...(fullName && fullName !== name && {fullName})}
    : undefined;
}

function httpUrl(value: unknown): string | undefined {
  const text = string(value);
  return text && /^https?:\/\/\S+$/.test(text) ? text : undefined;
}

function string(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
