/** New-style ids (2510.14901, 0704.0001) and old-style ids (hep-th/9901001). */
const NEW_ID = String.raw`\d{4}\.\d{4,5}`;
const OLD_ID = String.raw`[a-z][a-z-]*(?:\.[A-Z]{2})?/\d{7}`;
const ID = `(${NEW_ID}|${OLD_ID})(?:v\\d+)?`;

/**
 * An arXiv id with an optional version, the id without it captured first:
 * for code that reads ids written on their own.
 */
export const ARXIV_ID_PATTERN = ID;

const PAPER_URL_PATTERNS: readonly RegExp[] = [
  new RegExp(
    `^https?://(?:www\\.)?huggingface\\.co/papers/${ID}/?(?:[?#].*)?$`,
  ),
  new RegExp(
    `^https?://(?:www\\.|export\\.)?arxiv\\.org/(?:abs|pdf)/${ID}(?:\\.pdf)?/?(?:[?#].*)?$`,
  ),
];

/**
 * The arXiv id (without version) behind a Hugging Face papers page or an
 * arXiv abs/pdf URL, or `undefined` for any other URL.
 */
export function extractArxivId(url: string): string | undefined {
  for (const pattern of PAPER_URL_PATTERNS) {
    const match = pattern.exec(url.trim());
    if (match) {
      return match[1];
    }
  }
  return undefined;
}

/**
 * The stable anchor a paper answers to whatever its number or title:
 * `arxiv-2510.14901`, `arxiv-hep-th-9901001`.
 */
export function arxivAnchor(arxivId: string): string {
  return `arxiv-${arxivId.replaceAll('/', '-')}`;
}

/** One of the links shown under a paper's title. */
export interface PaperLink {
  kind: 'arxiv' | 'pdf' | 'huggingface' | 'source';
  url: string;
}

/** What each kind of paper link says, on cards and on paper pages. */
export const PAPER_LINK_LABELS: Record<PaperLink['kind'], string> = {
  arxiv: 'arXiv',
  pdf: 'PDF',
  huggingface: 'Hugging Face',
  source: '원문',
};

/**
 * The links a reader gets for a paper: arXiv abstract and PDF when the paper
 * has an arXiv id, the Hugging Face page when the author linked it, and the
 * author's own link when it is none of these.
 */
export function paperLinks(paper: {
  url: string;
  arxivId?: string;
}): PaperLink[] {
  const {url, arxivId} = paper;
  if (!arxivId) {
    return [{kind: 'source', url}];
  }
  const links: PaperLink[] = [
    {kind: 'arxiv', url: `https://arxiv.org/abs/${arxivId}`},
    {kind: 'pdf', url: `https://arxiv.org/pdf/${arxivId}`},
  ];
  if (/^https?:\/\/(?:www\.)?huggingface\.co\//.test(url)) {
    links.push({
      kind: 'huggingface',
      url: `https://huggingface.co/papers/${arxivId}`,
    });
  }
  return links;
}
