import {
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import {ContentError} from '../review/errors';
import schema from './paper-metadata.schema.json';

/** One author as arXiv lists them. */
export interface PaperAuthor {
  name: string;
  /** Affiliations the authors gave arXiv; most papers give none. */
  affiliations?: string[];
}

/** What arXiv and Hugging Face say about one paper (one cached file). */
export interface PaperMetadata {
  version: 1;
  arxivId: string;
  arxivVersion?: number;
  title: string;
  authors: PaperAuthor[];
  abstract: string;
  /** `YYYY-MM-DD` of the first version. */
  published: string;
  /** `YYYY-MM-DD` of the newest version, when it is not the first. */
  updated?: string;
  categories?: string[];
  /** The organisation the paper is listed under on Hugging Face. */
  organization?: {name: string; fullName?: string};
  links: {
    arxiv: string;
    pdf: string;
    huggingFace?: string;
    code?: string;
    project?: string;
  };
  withdrawn?: true;
}

/** The folder, under the site folder, that holds one JSON file per paper. */
export const METADATA_DIR = 'paper-metadata';

const SCHEMA_PATH = '../src/lib/paperMetadata/paper-metadata.schema.json';

/** `paper-metadata/2510.14901.json`; an old-style id's slash becomes `_`. */
export function metadataFile(arxivId: string): string {
  return `${METADATA_DIR}/${arxivId.replaceAll('/', '_')}.json`;
}

const KEY_ORDER: readonly (keyof PaperMetadata)[] = [
  'version',
  'arxivId',
  'arxivVersion',
  'title',
  'authors',
  'abstract',
  'published',
  'updated',
  'categories',
  'organization',
  'links',
  'withdrawn',
];

/**
 * The file text of a paper's metadata: fixed key order and a final newline,
 * so that a refresh that learns nothing new changes no byte.
 */
export function serializeMetadata(metadata: PaperMetadata): string {
  const ordered: Record<string, unknown> = {$schema: SCHEMA_PATH};
  for (const key of KEY_ORDER) {
    if (metadata[key] !== undefined) ordered[key] = metadata[key];
  }
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

let validate: ReturnType<Ajv2020['compile']> | undefined;

/**
 * Reads a cached file, checked against its schema. A file edited into
 * something else is an error that names the field, never a silent guess.
 */
export function parseMetadata(text: string, file: string): PaperMetadata {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ContentError(`is not valid JSON: ${(error as Error).message}`, {
      file,
      hint: 'fix the JSON, or delete the file and run `npm run refresh-papers`',
    });
  }
  if (!validate) {
    const ajv = new Ajv2020({allErrors: true, strict: true});
    addFormats(ajv);
    validate = ajv.compile(schema);
  }
  if (!validate(data)) {
    const problems = (validate.errors ?? [])
      .map((error) => `${error.instancePath || '/'} ${error.message}`)
      .join('; ');
    throw new ContentError(
      `does not match the paper metadata format: ${problems}`,
      {
        file,
        hint: 'fix the field, or delete the file and run `npm run refresh-papers`',
      },
    );
  }
  const metadata = {...(data as PaperMetadata & {$schema?: string})};
  delete metadata.$schema;
  const expected = metadataFile(metadata.arxivId);
  if (!file.replaceAll('\\', '/').endsWith(expected)) {
    throw new ContentError(
      `holds arXiv ${metadata.arxivId}, which belongs in ${expected}`,
      {file, hint: `rename the file to ${expected}`},
    );
  }
  return metadata;
}

/** Looks papers up in the cache by arXiv id. */
export type MetadataLookup = (arxivId: string) => PaperMetadata | undefined;

/**
 * The cache of a site folder, read file by file when asked and again when a
 * file changes: a running dev server shows what `add-paper` wrote when it
 * compiles the post add-paper changed, and a refresh at the next edit.
 */
export function metadataStore(siteDir: string): MetadataLookup {
  const read = new Map<string, {mtimeMs: number; metadata: PaperMetadata}>();
  return (arxivId) => {
    const file = metadataFile(arxivId);
    const absolute = path.join(siteDir, file);
    let mtimeMs: number;
    try {
      mtimeMs = statSync(absolute).mtimeMs;
    } catch {
      read.delete(arxivId);
      return undefined;
    }
    const known = read.get(arxivId);
    if (known?.mtimeMs === mtimeMs) return known.metadata;
    const metadata = parseMetadata(readFileSync(absolute, 'utf8'), file);
    read.set(arxivId, {mtimeMs, metadata});
    return metadata;
  };
}

/** Every cached paper of a site folder, by arXiv id. */
export function readMetadataDir(siteDir: string): Map<string, PaperMetadata> {
  const folder = path.join(siteDir, METADATA_DIR);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return new Map();
  }
  const all = new Map<string, PaperMetadata>();
  for (const name of names.filter((entry) => entry.endsWith('.json')).sort()) {
    const file = `${METADATA_DIR}/${name}`;
    const metadata = parseMetadata(
      readFileSync(path.join(siteDir, file), 'utf8'),
      file,
    );
    all.set(metadata.arxivId, metadata);
  }
  return all;
}

/**
 * Writes a paper's file, creating the folder on first use; through a
 * temporary file, so that a failure never leaves half a file.
 */
export function writeMetadataFile(
  siteDir: string,
  metadata: PaperMetadata,
): void {
  const target = path.join(siteDir, metadataFile(metadata.arxivId));
  mkdirSync(path.dirname(target), {recursive: true});
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, serializeMetadata(metadata));
  renameSync(temporary, target);
}
