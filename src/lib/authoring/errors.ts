/**
 * A command was called wrongly (a bad date, a URL that is not http(s), a
 * path that does not exist); scripts turn it into exit status 2.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
