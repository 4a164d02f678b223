/**
 * Finding (and, where the machine allows, installing) the Chromium that the
 * browser tests run in. Every effect goes through a `ChromiumHost`, so the
 * search order and the install decisions can be tested without a machine.
 */
import {spawnSync} from 'node:child_process';
import {accessSync, constants, existsSync, statSync} from 'node:fs';
import {createRequire} from 'node:module';

/** Flags Chromium is launched with: headless, sandbox-free, quiet. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Places a system Chromium is looked for, in order, after `CHROME_PATH`. */
const SYSTEM_CHROMIUM_PATHS: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** Debian packages that give a Chromium able to render Korean text. */
const APT_PACKAGES: readonly string[] = ['chromium', 'fonts-noto-cjk'];

/** The font package Korean text in screenshots needs. */
const CJK_FONT_PACKAGE = 'fonts-noto-cjk';

const DEBIAN_MARKER = '/etc/debian_version';

/** Where a Chromium was found. */
export type ChromiumSource = 'CHROME_PATH' | 'system' | 'playwright';

export interface ChromiumFound {
  executablePath: string;
  source: ChromiumSource;
}

export interface RunOptions {
  /** Variables added to the inherited environment. */
  env?: Readonly<Record<string, string>>;
  /** Discard the command's output (for yes/no probes such as `dpkg -s`). */
  quiet?: boolean;
}

/** The machine, as far as finding and installing Chromium is concerned. */
export interface ChromiumHost {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The user id, or undefined where the platform has none. */
  readonly uid: number | undefined;
  fileExists(path: string): boolean;
  /** Whether `path` is a regular file the current user may execute. */
  isExecutableFile(path: string): boolean;
  /**
   * Where Playwright's own browser cache keeps (or would keep) Chromium, or
   * undefined when Playwright cannot say.
   */
  playwrightChromiumPath(): string | undefined;
  /** Runs a command and returns its exit status (non-zero if it can't start). */
  run(command: string, args: readonly string[], options?: RunOptions): number;
  /** Progress messages. */
  log(message: string): void;
}

export interface ChromiumSetup extends ChromiumFound {
  /** What was installed on the way, e.g. `fonts-noto-cjk (apt-get)`. */
  installed: string[];
  /** Things that are not fatal but will make the tests look wrong. */
  warnings: string[];
}

/** A Chromium problem the user has to act on; the message says how. */
export class ChromiumError extends Error {
  override name = 'ChromiumError';
}

/**
 * The Chromium to use, without installing anything: `CHROME_PATH` if set,
 * else the first executable of `SYSTEM_CHROMIUM_PATHS`, else Playwright's
 * cached Chromium if it has been downloaded. Throws a `ChromiumError` if
 * `CHROME_PATH` names something that is not an executable file.
 */
export function findChromium(host: ChromiumHost): ChromiumFound | undefined {
  const fromEnv = host.env.CHROME_PATH;
  if (fromEnv) {
    if (!host.fileExists(fromEnv)) {
      throw new ChromiumError(
        `CHROME_PATH is set to ${fromEnv}, which does not exist.`,
      );
    }
    if (!host.isExecutableFile(fromEnv)) {
      throw new ChromiumError(
        `CHROME_PATH is set to ${fromEnv}, which is not an executable file.`,
      );
    }
    return {executablePath: fromEnv, source: 'CHROME_PATH'};
  }
  for (const candidate of SYSTEM_CHROMIUM_PATHS) {
    if (host.isExecutableFile(candidate)) {
      return {executablePath: candidate, source: 'system'};
    }
  }
  const cached = host.playwrightChromiumPath();
  if (cached && host.isExecutableFile(cached)) {
    return {executablePath: cached, source: 'playwright'};
  }
  return undefined;
}

function isRootOnDebian(host: ChromiumHost): boolean {
  return host.uid === 0 && host.fileExists(DEBIAN_MARKER);
}

function aptInstall(host: ChromiumHost, packages: readonly string[]): boolean {
  const env = {DEBIAN_FRONTEND: 'noninteractive'};
  return (
    host.run('apt-get', ['update'], {env}) === 0 &&
    host.run('apt-get', ['install', '-y', ...packages], {env}) === 0
  );
}

function sudoAptCommand(packages: readonly string[]): string {
  return `sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`;
}

function notFoundMessage(host: ChromiumHost): string {
  const lines = [
    'No Chromium found, and `npx playwright install chromium` failed.',
    'Install one and run again:',
  ];
  if (host.fileExists(DEBIAN_MARKER)) {
    lines.push(`  ${sudoAptCommand(APT_PACKAGES)}`);
    lines.push('or point CHROME_PATH at a Chromium or Chrome executable:');
  } else {
    lines.push('  point CHROME_PATH at a Chromium or Chrome executable:');
  }
  lines.push('  CHROME_PATH=/path/to/chromium npm run test:e2e');
  return lines.join('\n');
}

/** Finds a Chromium, installing one if there is none. */
function provideChromium(
  host: ChromiumHost,
  installed: string[],
): ChromiumFound {
  const found = findChromium(host);
  if (found) return found;

  host.log('No Chromium found; trying `npx playwright install chromium`.');
  if (host.run('npx', ['playwright', 'install', 'chromium']) === 0) {
    const downloaded = findChromium(host);
    if (downloaded) {
      installed.push('chromium (playwright)');
      return downloaded;
    }
  }

  if (isRootOnDebian(host)) {
    host.log(`Installing ${APT_PACKAGES.join(' ')} with apt-get.`);
    if (aptInstall(host, APT_PACKAGES)) {
      const fromApt = findChromium(host);
      if (fromApt) {
        installed.push(`${APT_PACKAGES.join(' ')} (apt-get)`);
        return fromApt;
      }
    }
    throw new ChromiumError(
      `Installing ${APT_PACKAGES.join(' ')} with apt-get failed; ` +
        'see the output above, or set CHROME_PATH to a Chromium executable.',
    );
  }
  throw new ChromiumError(notFoundMessage(host));
}

/**
 * On Debian, makes sure the CJK fonts are there: installs them as root,
 * otherwise returns a warning with the command to run.
 */
function provideCjkFonts(
  host: ChromiumHost,
  installed: string[],
  warnings: string[],
): void {
  if (!host.fileExists(DEBIAN_MARKER)) return;
  if (host.run('dpkg', ['-s', CJK_FONT_PACKAGE], {quiet: true}) === 0) return;
  if (host.uid !== 0) {
    warnings.push(
      `${CJK_FONT_PACKAGE} is not installed, so Korean text renders as ` +
        `boxes in screenshots. Install it with: ${sudoAptCommand([CJK_FONT_PACKAGE])}`,
    );
    return;
  }
  host.log(`Installing ${CJK_FONT_PACKAGE} with apt-get.`);
  if (!aptInstall(host, [CJK_FONT_PACKAGE])) {
    throw new ChromiumError(
      `Installing ${CJK_FONT_PACKAGE} with apt-get failed; see the output above.`,
    );
  }
  installed.push(`${CJK_FONT_PACKAGE} (apt-get)`);
}

/**
 * Makes sure a Chromium (and, on Debian, the CJK fonts) is available:
 * `findChromium`, else `npx playwright install chromium`, else, as root on
 * Debian or Ubuntu, `apt-get install chromium fonts-noto-cjk`. Throws a
 * `ChromiumError` that says how to install one when none of that works.
 */
export function ensureChromium(host: ChromiumHost): ChromiumSetup {
  const installed: string[] = [];
  const warnings: string[] = [];
  const found = provideChromium(host, installed);
  provideCjkFonts(host, installed, warnings);
  return {...found, installed, warnings};
}

interface PlaywrightExecutable {
  executablePath(): string | undefined;
}

interface PlaywrightRegistry {
  findExecutable(name: string): PlaywrightExecutable | undefined;
}

function isRegistry(value: unknown): value is PlaywrightRegistry {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as {findExecutable?: unknown}).findExecutable === 'function'
  );
}

/**
 * Playwright's registry is internal and has moved between versions: it was
 * `playwright-core/lib/server`'s `registry`, and is now
 * `playwright-core/lib/coreBundle`'s `registry.registry`.
 */
const REGISTRY_LOCATIONS: readonly [string, (module: unknown) => unknown][] = [
  ['playwright-core/lib/server', (module) => get(module, 'registry')],
  [
    'playwright-core/lib/coreBundle',
    (module) => get(get(module, 'registry'), 'registry'),
  ],
];

function get(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/**
 * Where Playwright keeps its downloaded Chromium (whether or not it is
 * there), or undefined if `playwright-core` or its registry is missing.
 */
export function playwrightChromiumPath(): string | undefined {
  // Resolved from the project, which is where playwright-core is installed.
  const require = createRequire(`${process.cwd()}/package.json`);
  for (const [specifier, pick] of REGISTRY_LOCATIONS) {
    try {
      const registry = pick(require(specifier));
      if (!isRegistry(registry)) continue;
      const executablePath = registry
        .findExecutable('chromium')
        ?.executablePath();
      if (typeof executablePath === 'string') return executablePath;
    } catch {
      // Not installed, or not at this location in this version.
    }
  }
  return undefined;
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** This machine. */
export function systemHost(): ChromiumHost {
  return {
    env: process.env,
    uid: process.getuid?.(),
    fileExists: existsSync,
    isExecutableFile,
    playwrightChromiumPath,
    run(command, args, options = {}) {
      const result = spawnSync(command, args, {
        env: {...process.env, ...options.env},
        stdio: options.quiet ? 'ignore' : 'inherit',
      });
      return result.status ?? 1;
    },
    log(message) {
      console.log(message);
    },
  };
}

/**
 * The Chromium executable the browser tests should launch, or undefined if
 * there is none yet (`scripts/ensure-chromium.ts` installs one). Installs
 * nothing. Throws if `CHROME_PATH` is set to something unusable.
 */
export function chromiumExecutable(): string | undefined {
  return findChromium(systemHost())?.executablePath;
}
