import {
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import {FILE_HEADERS_ONLY, createTwoFilesPatch} from 'diff';
import {importBindings} from '../review/imports';
import {
  findPaperSections,
  headingAnchors,
  headingTitle,
  parseMdx,
  singlePaperAdvice,
} from '../review';
import {UsageError} from './errors';
import {
  UNCONVERTIBLE_ELEMENTS,
  isJsx,
  readImage,
  readWrapper,
  type FigurePlan,
  type FigureReading,
  type JsxElement,
} from './legacyFigure';
import {pointLocator, sourceOffsets, type TextPoint} from './positions';
import type {Nodes, Root} from 'mdast';
import type {MdxJsxAttribute} from 'mdast-util-mdx-jsx';
import type {Position} from 'unist';

type Positioned = {position?: Position | undefined};

/** Something the author should know about one spot of a migrated post. */
export interface MigrationNote {
  /** A warning needs the author's attention; a problem was not converted. */
  severity: 'warning' | 'problem';
  /** Where it is in the post as it was read. */
  before: TextPoint;
  /** Where it is in the migrated text. */
  after: TextPoint;
  message: string;
}

/** A post before and after migration, with what the author must look at. */
export interface Migration {
  file: string;
  original: string;
  /** Equal to `original` when there was nothing to convert. */
  migrated: string;
  /** How many figures became `<Figure>`. */
  converted: number;
  notes: MigrationNote[];
}

/** A migration and what was written to disk for it. */
export interface FileMigration extends Migration {
  /** The backup of the original, when the post was rewritten. */
  backup?: string;
}

interface Replacement {
  start: number;
  end: number;
  text: string;
  /** Where the generated alt text starts inside `text`, to point at it. */
  altOffset?: number;
}

interface PendingNote {
  severity: MigrationNote['severity'];
  /** Offset in the original source. */
  offset: number;
  /** Set when the note is about text that was replaced. */
  replacement?: Replacement;
  message: string;
}

/** Elements legacy posts centre an image with; the whole element becomes the Figure. */
const FIGURE_WRAPPERS = new Set(['div', 'p', 'center']);

/** Elements an image inside cannot leave for a block-level Figure. */
const INLINE_PARENTS = new Set(['a', 'span', 'button', 'label']);

/**
 * Converts the legacy figures of a post (`<div style={{textAlign: 'center'}}>`
 * around an `<img>`, or a bare `<img>`) to `<Figure>`, replacing only their
 * exact text so that every other byte stays the author's. Figures without alt
 * text get an honest generated one (a warning); what cannot be converted is
 * left as it is and reported (a problem), as is a post that reviews one
 * paper in sections without saying so in front matter (what to add is the
 * author's to check: the paper's link and its organisations).
 */
export function migrateLegacySource(source: string, file: string): Migration {
  const tree = parseMdx(source, file);
  const toSource = sourceOffsets(source);
  const locateBefore = pointLocator(source);
  const startOf = (node: Positioned): number =>
    toSource(node.position?.start.offset ?? 0);
  const endOf = (node: Positioned): number =>
    toSource(node.position?.end.offset ?? 0);
  const context = {
    // Default imports, for telling an imported image from a typo.
    imports: new Map(
      importBindings(tree)
        .filter((binding) => binding.isDefault)
        .map((binding) => [binding.name, binding.specifier]),
    ),
    attributeText: (attribute: MdxJsxAttribute) =>
      source.slice(startOf(attribute), endOf(attribute)),
  };
  const places = figurePlaces(tree);
  const newline = source.includes('\r\n') ? '\r\n' : '\n';
  const replacements: Replacement[] = [];
  const pending: PendingNote[] = [];
  const advice = singlePaperAdvice(tree);
  if (advice) {
    pending.push({
      severity: 'problem',
      offset: startOf(advice.heading),
      message: `${advice.message}; ${advice.fix}`,
    });
  }

  tree.children.forEach((child, topIndex) => {
    const place = places(topIndex);
    walk(child, [], (node, ancestors) => {
      if (isFigureLike(node, ancestors)) {
        place.count += 1;
      }
      if (!isJsx(node) || node.name === null) return true;
      const name = node.name;
      const unconvertible = UNCONVERTIBLE_ELEMENTS.get(name);
      if (unconvertible !== undefined) {
        place.count += countImages(node);
        pending.push({
          severity: 'problem',
          offset: startOf(node),
          message: `<${name}> was left as it is: ${unconvertible}`,
        });
        return false;
      }
      const wrapper = FIGURE_WRAPPERS.has(name);
      if (!wrapper && name !== 'img') return true;
      if (wrapper && countImages(node) === 0) return true;
      const number = place.count + (wrapper ? 1 : 0);
      if (wrapper) place.count += countImages(node);
      const reading = readFigure(node, ancestors, context);
      if (reading.kind === 'problem') {
        pending.push({
          severity: 'problem',
          offset: startOf(node),
          message: `${describe(node)} was left as it is: ${reading.reason}`,
        });
        return false;
      }
      const column = locateBefore(startOf(node)).column;
      const altText =
        reading.plan.alt === undefined ? place.alt(number) : undefined;
      // A Figure on lines of its own, unless it sits in a list or quote
      // whose continuation lines it would have to indent.
      const replacement = figureReplacement(
        reading.plan,
        altText,
        column === 1 ? newline : undefined,
        {start: startOf(node), end: endOf(node)},
      );
      replacements.push(replacement);
      if (altText) {
        pending.push({
          severity: 'warning',
          offset: startOf(node),
          replacement,
          message: `generated alt="${altText}" for an image that had none; replace it with a description of what the image shows`,
        });
      }
      return false;
    });
  });

  const migrated = applyReplacements(source, replacements);
  const guard = guardMigration(tree, migrated, file);
  if (guard) {
    return {
      file,
      original: source,
      migrated: source,
      converted: 0,
      notes: [
        {
          severity: 'problem',
          before: {line: 1, column: 1},
          after: {line: 1, column: 1},
          message: guard,
        },
      ],
    };
  }
  const locateAfter = pointLocator(migrated);
  const shift = (offset: number): number =>
    offset +
    replacements
      .filter((item) => item.end <= offset)
      .reduce(
        (sum, item) => sum + item.text.length - (item.end - item.start),
        0,
      );
  const notes = pending
    .sort((a, b) => a.offset - b.offset)
    .map((note): MigrationNote => {
      const start = note.replacement
        ? shift(note.replacement.start) + (note.replacement.altOffset ?? 0)
        : shift(note.offset);
      return {
        severity: note.severity,
        before: locateBefore(note.offset),
        after: locateAfter(start),
        message: note.message,
      };
    });
  return {
    file,
    original: source,
    migrated,
    converted: replacements.length,
    notes,
  };
}

/**
 * One line per note, `file:line:column: warning: …`, with the position in
 * the file as it is on disk: the migrated text once it has been written.
 */
export function formatNote(
  file: string,
  note: MigrationNote,
  written: boolean,
): string {
  const {line, column} = written ? note.after : note.before;
  const label = note.severity === 'warning' ? 'warning' : 'not converted';
  return `${file}:${line}:${column}: ${label}: ${note.message}`;
}

/** The unified diff from the post as it is to the migrated post. */
export function migrationDiff(migration: Migration): string {
  return createTwoFilesPatch(
    migration.file,
    migration.file,
    migration.original,
    migration.migrated,
    'legacy',
    'migrated',
    {headerOptions: FILE_HEADERS_ONLY},
  );
}

/**
 * Every `.mdx` file a command-line argument names: the file itself, or all
 * below a folder, sorted. Throws `UsageError` for anything else.
 */
export function listMdxFiles(target: string): string[] {
  let stats;
  try {
    stats = statSync(target);
  } catch {
    throw new UsageError(
      `${target} does not exist; give a post (.mdx) or a folder of posts`,
    );
  }
  if (stats.isFile()) {
    if (!target.endsWith('.mdx')) {
      throw new UsageError(`${target} is not an .mdx post`);
    }
    return [target];
  }
  return readdirSync(target, {recursive: true, encoding: 'utf8'})
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => path.join(target, name))
    .filter((file) => statSync(file).isFile())
    .sort();
}

/** The folder below the site folder where `--write` runs keep originals. */
export const BACKUP_ROOT = '.migrate-legacy';

/** Where one `--write` run keeps the originals of the posts it rewrites. */
export interface BackupFolder {
  /** The run's folder, once its first backup has been written. */
  readonly dir: string | undefined;
  /**
   * Copies `source`, the text of `file`, to the same path relative to the
   * site folder inside the run's folder, and says where.
   */
  keep(file: string, source: string): string;
}

/**
 * The backups of one run: `<siteDir>/.migrate-legacy/<time>/<path of the
 * post>`, outside the content folders so the site never sees them. The
 * folder is made on the first backup, with `-2`, `-3`… added when a run in
 * the same second made one, and no backup is ever written over.
 */
export function backupFolder(
  siteDir: string,
  now: Date = new Date(),
): BackupFolder {
  const site = path.resolve(siteDir);
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replaceAll(':', '-');
  let dir: string | undefined;
  const makeDir = (): string => {
    mkdirSync(path.join(site, BACKUP_ROOT), {recursive: true});
    for (let attempt = 1; ; attempt += 1) {
      const candidate = path.join(
        site,
        BACKUP_ROOT,
        attempt === 1 ? stamp : `${stamp}-${attempt}`,
      );
      try {
        mkdirSync(candidate);
        return candidate;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
  };
  return {
    get dir() {
      return dir;
    },
    keep(file, source) {
      dir ??= makeDir();
      const backup = path.join(dir, backupPath(site, file));
      mkdirSync(path.dirname(backup), {recursive: true});
      try {
        writeFileSync(backup, source, {flag: 'wx'});
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
          throw new Error(
            `${backup} already exists; nothing was migrated in ${file}`,
          );
        }
        throw error;
      }
      // A backup that cannot be read back is no backup.
      if (readFileSync(backup, 'utf8') !== source) {
        throw new Error(
          `${backup} does not match ${file}; nothing was migrated`,
        );
      }
      return backup;
    },
  };
}

/**
 * A post's path inside a backup folder: relative to the site folder, or,
 * for a post outside it, its absolute path below `outside/`, so a backup
 * never lands outside the folder.
 */
function backupPath(site: string, file: string): string {
  const absolute = path.resolve(file);
  const relative = path.relative(site, absolute);
  if (relative && !relative.startsWith('..') && !path.isAbsolute(relative)) {
    return relative;
  }
  return path.join('outside', absolute.slice(path.parse(absolute).root.length));
}

/**
 * Migrates one post. With `write`, a post that changes is first copied to
 * `backups`, then rewritten in place; otherwise nothing is written.
 * `display` is the name used in messages.
 */
export function migrateLegacyFile(
  file: string,
  options:
    | {write: false; display?: string}
    | {write: true; display?: string; backups: BackupFolder},
): FileMigration {
  const source = readFileSync(file, 'utf8');
  const migration = migrateLegacySource(source, options.display ?? file);
  if (!options.write || migration.migrated === source) return migration;
  const backup = options.backups.keep(file, source);
  writeFileSync(file, migration.migrated);
  return {...migration, backup};
}

function readFigure(
  node: JsxElement,
  ancestors: readonly Nodes[],
  context: Parameters<typeof readImage>[1],
): FigureReading {
  const inline = ancestors.find(
    (ancestor): ancestor is JsxElement =>
      isJsx(ancestor) && INLINE_PARENTS.has(ancestor.name ?? ''),
  );
  if (inline) {
    return {
      kind: 'problem',
      reason: `it is inside <${inline.name}>, where a Figure (a block with its own zoom button) cannot sit; take the image out of it and run again`,
    };
  }
  if (FIGURE_WRAPPERS.has(node.name ?? '')) return readWrapper(node, context);
  if (inSentence(node, ancestors)) {
    return {
      kind: 'problem',
      reason:
        'it sits inside a sentence; put the <img> on a line of its own with blank lines around it and run again',
    };
  }
  return readImage(node, context);
}

function figureReplacement(
  plan: FigurePlan,
  generatedAlt: string | undefined,
  newline: string | undefined,
  range: {start: number; end: number},
): Replacement {
  const alt = plan.alt ?? jsxStringAttribute('alt', generatedAlt ?? '');
  const attributes = [
    plan.src,
    alt,
    ...(plan.width === undefined ? [] : [`width={${plan.width}}`]),
  ];
  const text = newline
    ? `<Figure${newline}  ${attributes.join(`${newline}  `)}${newline}/>`
    : `<Figure ${attributes.join(' ')} />`;
  return {
    ...range,
    text,
    ...(generatedAlt !== undefined && {altOffset: text.indexOf(alt)}),
  };
}

/** `alt="…"`, or an expression when quotes or `&` would change the text. */
function jsxStringAttribute(name: string, value: string): string {
  return /["&\n]/.test(value)
    ? `${name}={${JSON.stringify(value)}}`
    : `${name}="${value}"`;
}

function applyReplacements(
  source: string,
  replacements: readonly Replacement[],
): string {
  let result = '';
  let at = 0;
  for (const item of [...replacements].sort((a, b) => a.start - b.start)) {
    result += source.slice(at, item.start) + item.text;
    at = item.end;
  }
  return result + source.slice(at);
}

/**
 * Why the migrated text must not be written, if it must not: it has to parse,
 * keep every heading id and paper, and nothing else. A failure here is a bug
 * in the migration, never the author's.
 */
function guardMigration(
  before: Root,
  migrated: string,
  file: string,
): string | undefined {
  let after: Root;
  try {
    after = parseMdx(migrated, file);
  } catch (error) {
    return `the migrated post would not parse (${(error as Error).message}); nothing was changed, please report this post`;
  }
  const ids = (tree: Root) =>
    JSON.stringify([...headingAnchors(tree).values()].map(({id}) => id));
  // What identifies a paper; its line moves when a figure grows taller.
  const papers = (tree: Root) =>
    JSON.stringify(
      findPaperSections(tree).map(({paper}) => [
        paper.number,
        paper.title,
        paper.url,
        paper.orgs,
        paper.subtitle,
        paper.id,
      ]),
    );
  if (ids(before) !== ids(after) || papers(before) !== papers(after)) {
    return 'the migration would change heading ids or papers; nothing was changed, please report this post';
  }
  return undefined;
}

interface Place {
  /** Images seen so far in this part of the post. */
  count: number;
  /** The honest alt text of its image number `n`. */
  alt: (n: number) => string;
}

/**
 * The part of the post each top-level node belongs to, for numbering its
 * images: the paper section (named by its title), else the section of the
 * nearest heading above, else the post as a whole.
 */
function figurePlaces(tree: Root): (topIndex: number) => Place {
  // A single-paper review's figures are named after its own sections.
  const sections = findPaperSections(tree).filter(
    (section) => !section.frontMatter,
  );
  const places = new Map<number, Place>();
  const placeAt = (key: number, label: string): Place => {
    let place = places.get(key);
    if (!place) {
      place = {
        count: 0,
        alt: (n) => (label ? `${label} 그림 ${n}` : `그림 ${n}`),
      };
      places.set(key, place);
    }
    return place;
  };
  return (topIndex) => {
    const section = sections.find(
      ({start, end}) => start <= topIndex && topIndex < end,
    );
    if (section) return placeAt(section.start, section.paper.title);
    for (let index = topIndex; index >= 0; index -= 1) {
      const node = tree.children[index];
      if (node?.type === 'heading') return placeAt(index, headingTitle(node));
    }
    return placeAt(-1, '');
  };
}

/**
 * An image that counts as one of the section's figures: any image but one
 * inside a sentence, which is an icon rather than a figure.
 */
function isFigureLike(node: Nodes, ancestors: readonly Nodes[]): boolean {
  const image =
    node.type === 'image' ||
    node.type === 'imageReference' ||
    (isJsx(node) && (node.name === 'img' || node.name === 'Figure'));
  return image && !inSentence(node, ancestors);
}

function inSentence(node: Nodes, ancestors: readonly Nodes[]): boolean {
  const parent = ancestors.at(-1);
  return (
    parent?.type === 'paragraph' &&
    parent.children.some(
      (child) =>
        child !== node && !(child.type === 'text' && child.value.trim() === ''),
    )
  );
}

/** Images anywhere inside `node`, figures and icons alike. */
function countImages(node: Nodes): number {
  let count = 0;
  walk(node, [], (descendant) => {
    if (
      descendant.type === 'image' ||
      descendant.type === 'imageReference' ||
      (isJsx(descendant) &&
        (descendant.name === 'img' || descendant.name === 'Figure'))
    ) {
      count += 1;
    }
    return true;
  });
  return count;
}

function describe(node: JsxElement): string {
  return node.name === 'img' ? '<img>' : `<${node.name}> around an image`;
}

/** Visits `node` and, while `visit` returns true, its descendants, in order. */
function walk(
  node: Nodes,
  ancestors: Nodes[],
  visit: (node: Nodes, ancestors: readonly Nodes[]) => boolean,
): void {
  if (!visit(node, ancestors) || !('children' in node)) return;
  const path = [...ancestors, node];
  for (const child of node.children as Nodes[]) walk(child, path, visit);
}
