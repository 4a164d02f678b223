import {LineCounter, parseDocument, type Document} from 'yaml';
import type {Root, Yaml} from 'mdast';

/** A place in the post, 1-based like every message we print. */
export interface SourcePoint {
  line: number;
  column: number;
}

/** A post's front matter as YAML text, with every node locatable in the post. */
export interface FrontMatterDocument {
  node: Yaml;
  document: Document.Parsed;
  /** Where an offset of the YAML text sits in the post. */
  pointAt(offset: number): SourcePoint;
  /** YAML syntax errors, located in the post. */
  errors: {message: string; point: SourcePoint}[];
}

/**
 * The front matter of a parsed post as a YAML document that keeps each
 * value's source text, so that checks can read `date: 2025-13-45` as written
 * rather than after a YAML library turns it into some other day.
 */
export function frontMatterDocument(
  tree: Root,
): FrontMatterDocument | undefined {
  const node = tree.children.find(
    (child): child is Yaml => child.type === 'yaml',
  );
  if (!node) {
    return undefined;
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(node.value, {lineCounter});
  // The YAML text starts on the line after the opening `---`.
  const firstLine = (node.position?.start.line ?? 1) + 1;
  const pointAt = (offset: number): SourcePoint => {
    const {line, col} = lineCounter.linePos(offset);
    return {line: firstLine + line - 1, column: col};
  };
  return {
    node,
    document,
    pointAt,
    errors: document.errors.map((error) => ({
      message: error.message.split(/ at line \d+, column \d+/)[0]!.trim(),
      point: pointAt(error.pos[0]),
    })),
  };
}
