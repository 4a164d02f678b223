/**
 * A mistake in the content, located in the author's file so that the message
 * can say where it is and how to fix it.
 */
export class ContentError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly hint: string | undefined;

  constructor(
    reason: string,
    where: {file: string; line?: number; column?: number; hint?: string},
  ) {
    const place = [where.file, where.line, where.column]
      .filter((part) => part !== undefined)
      .join(':');
    super(`${place}: ${reason}${where.hint ? ` (${where.hint})` : ''}`);
    this.name = 'ContentError';
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
    this.hint = where.hint;
  }
}
