/** Where the authoring suite's site is served, and what its set-up recorded. */
export const AUTHORING_PORT = Number(process.env.AUTHORING_PORT || 3240);

/** The day `add-paper` writes a post for, empty before the suite. */
export const ADDED_POST = 'docs/papers/y2025/nov/20251105.mdx';
export const ADDED_PAGE = '/docs/papers/y2025/nov/20251105';

/** The single-paper review the suite adds from tests/fixtures/single-paper. */
export const SINGLE_PAPER_POST = 'docs/papers/y2025/nov/20251103.mdx';
export const SINGLE_PAPER_PAGE = '/docs/papers/y2025/nov/20251103';

/** The papers `add-paper` is run for, one call each, in this order. */
export const ADDED_PAPERS = [
  '2510.14901',
  'https://arxiv.org/abs/1706.03762',
  'https://huggingface.co/papers/2510.99001',
] as const;

/** What the set-up saw, for the tests to check (in AUTHORING_RECORD). */
export interface AuthoringRecord {
  /** Each add-paper run: its exit status and output. */
  runs: {args: string[]; status: number | null; output: string}[];
  /** The post before and after the repeated run. */
  beforeRepeat: string;
  afterRepeat: string;
  /** `lint-posts --format json` over the site. */
  lint: {
    status: number | null;
    problems: {file: string; rule: string; severity: string; line: number}[];
  };
}
