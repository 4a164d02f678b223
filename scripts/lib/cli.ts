import {parseArgs, type ParseArgsConfig} from 'node:util';

/** Parsed arguments, or the exit code when usage was printed instead. */
export type CommandLine<T extends ParseArgsConfig> =
  ReturnType<typeof parseArgs<T>> | {exitCode: 0 | 2};

/**
 * Reads a script's arguments with `node:util` `parseArgs`. `--help` prints
 * the help (exit 0); an unknown or malformed option prints the error and
 * the help (exit 2, bad usage), so every script answers the same way.
 */
export function readCommandLine<const T extends ParseArgsConfig>(
  config: T,
  help: string,
): CommandLine<T> {
  let parsed: ReturnType<typeof parseArgs<T>>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${help}`);
    return {exitCode: 2};
  }
  if ((parsed.values as {help?: boolean}).help) {
    console.log(help);
    return {exitCode: 0};
  }
  return parsed;
}
