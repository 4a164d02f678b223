import {describe, expect, it} from 'vitest';
import {
  ChromiumError,
  ensureChromium,
  findChromium,
  type ChromiumHost,
  type RunOptions,
} from '../../scripts/lib/chromium';

const PLAYWRIGHT_CACHE = '/root/.cache/ms-playwright/chromium-1/chrome';

interface Call {
  command: string;
  options?: RunOptions;
}

interface FakeMachine {
  env?: Record<string, string>;
  uid?: number;
  debian?: boolean;
  /** Executable files. */
  executables?: string[];
  /** Files that exist but cannot be executed. */
  files?: string[];
  /** Debian packages `dpkg -s` reports as installed. */
  packages?: string[];
  /** What each command does: its exit status, and files it creates. */
  commands?: Record<string, {status: number; creates?: string[]}>;
}

/** A machine that exists only in memory, recording the commands run on it. */
function fakeHost(machine: FakeMachine = {}) {
  const executables = new Set(machine.executables ?? []);
  const files = new Set([
    ...(machine.files ?? []),
    ...(machine.debian ? ['/etc/debian_version'] : []),
  ]);
  const packages = new Set(machine.packages ?? []);
  const calls: Call[] = [];
  const messages: string[] = [];
  const host: ChromiumHost = {
    env: machine.env ?? {},
    uid: machine.uid ?? 1000,
    fileExists: (path) => files.has(path) || executables.has(path),
    isExecutableFile: (path) => executables.has(path),
    playwrightChromiumPath: () => PLAYWRIGHT_CACHE,
    run(command, args, options) {
      const line = [command, ...args].join(' ');
      calls.push({command: line, options});
      if (command === 'dpkg' && args[0] === '-s') {
        return packages.has(args[1] ?? '') ? 0 : 1;
      }
      const effect = machine.commands?.[line];
      if (!effect) return 127;
      if (effect.status === 0) {
        for (const created of effect.creates ?? []) executables.add(created);
      }
      return effect.status;
    },
    log: (message) => messages.push(message),
  };
  return {host, calls, messages, commands: () => calls.map((c) => c.command)};
}

const PLAYWRIGHT_INSTALL = 'npx playwright install chromium';
const APT_UPDATE = 'apt-get update';
const APT_INSTALL = 'apt-get install -y chromium fonts-noto-cjk';

describe('findChromium', () => {
  it('uses CHROME_PATH before any other Chromium', () => {
    const {host} = fakeHost({
      env: {CHROME_PATH: '/opt/chrome/chrome'},
      executables: ['/opt/chrome/chrome', '/usr/bin/chromium'],
    });
    expect(findChromium(host)).toEqual({
      executablePath: '/opt/chrome/chrome',
      source: 'CHROME_PATH',
    });
  });

  it('rejects a CHROME_PATH that does not exist, naming the variable', () => {
    const {host} = fakeHost({
      env: {CHROME_PATH: '/nowhere/chrome'},
      executables: ['/usr/bin/chromium'],
    });
    expect(() => findChromium(host)).toThrow(ChromiumError);
    expect(() => findChromium(host)).toThrow(
      'CHROME_PATH is set to /nowhere/chrome, which does not exist.',
    );
  });

  it('rejects a CHROME_PATH that is not executable', () => {
    const {host} = fakeHost({
      env: {CHROME_PATH: '/opt/chrome/README'},
      files: ['/opt/chrome/README'],
    });
    expect(() => findChromium(host)).toThrow(
      /CHROME_PATH .* not an executable/,
    );
  });

  it('ignores an empty CHROME_PATH', () => {
    const {host} = fakeHost({
      env: {CHROME_PATH: ''},
      executables: ['/usr/bin/chromium'],
    });
    expect(findChromium(host)?.executablePath).toBe('/usr/bin/chromium');
  });

  it('prefers chromium, then chromium-browser, then google-chrome', () => {
    const all = [
      '/usr/bin/google-chrome',
      '/usr/bin/chromium-browser',
      '/usr/bin/chromium',
    ];
    const found = [3, 2, 1].map(
      (count) =>
        findChromium(fakeHost({executables: all.slice(0, count)}).host)
          ?.executablePath,
    );
    expect(found).toEqual([
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
    ]);
  });

  it("falls back to Playwright's cached Chromium when it has been downloaded", () => {
    const {host} = fakeHost({executables: [PLAYWRIGHT_CACHE]});
    expect(findChromium(host)).toEqual({
      executablePath: PLAYWRIGHT_CACHE,
      source: 'playwright',
    });
  });

  it("finds nothing when Playwright's Chromium has not been downloaded", () => {
    expect(findChromium(fakeHost().host)).toBeUndefined();
  });

  it('finds nothing when Playwright cannot say where its Chromium is', () => {
    const {host} = fakeHost();
    host.playwrightChromiumPath = () => undefined;
    expect(findChromium(host)).toBeUndefined();
  });

  it('runs no commands', () => {
    const fake = fakeHost({debian: true, uid: 0});
    findChromium(fake.host);
    expect(fake.calls).toEqual([]);
  });
});

describe('ensureChromium', () => {
  it('installs nothing when a Chromium and the fonts are there', () => {
    const fake = fakeHost({
      debian: true,
      uid: 0,
      executables: ['/usr/bin/chromium'],
      packages: ['fonts-noto-cjk'],
    });
    expect(ensureChromium(fake.host)).toEqual({
      executablePath: '/usr/bin/chromium',
      source: 'system',
      installed: [],
      warnings: [],
    });
    expect(fake.commands()).toEqual(['dpkg -s fonts-noto-cjk']);
  });

  it("tries Playwright's installer first when there is no Chromium", () => {
    const fake = fakeHost({
      debian: true,
      uid: 0,
      packages: ['fonts-noto-cjk'],
      commands: {
        [PLAYWRIGHT_INSTALL]: {status: 0, creates: [PLAYWRIGHT_CACHE]},
      },
    });
    const setup = ensureChromium(fake.host);
    expect(setup.executablePath).toBe(PLAYWRIGHT_CACHE);
    expect(setup.source).toBe('playwright');
    expect(setup.installed).toEqual(['chromium (playwright)']);
    expect(fake.commands()).toEqual([
      PLAYWRIGHT_INSTALL,
      'dpkg -s fonts-noto-cjk',
    ]);
  });

  it("installs chromium and fonts with apt-get as root on Debian when Playwright's installer fails", () => {
    const fake = fakeHost({
      debian: true,
      uid: 0,
      commands: {
        [PLAYWRIGHT_INSTALL]: {status: 1},
        [APT_UPDATE]: {status: 0},
        [APT_INSTALL]: {status: 0, creates: ['/usr/bin/chromium']},
      },
      // dpkg answers from this list; the fake apt-get does not add to it.
      packages: ['fonts-noto-cjk'],
    });
    const setup = ensureChromium(fake.host);
    expect(setup.executablePath).toBe('/usr/bin/chromium');
    expect(setup.installed).toEqual(['chromium fonts-noto-cjk (apt-get)']);
    expect(fake.commands()).toEqual([
      PLAYWRIGHT_INSTALL,
      APT_UPDATE,
      APT_INSTALL,
      'dpkg -s fonts-noto-cjk',
    ]);
    const aptCalls = fake.calls.filter((c) => c.command.startsWith('apt-get'));
    for (const call of aptCalls) {
      expect(call.options?.env).toEqual({DEBIAN_FRONTEND: 'noninteractive'});
    }
  });

  it('does not install with apt-get when apt-get update fails, and says so', () => {
    const fake = fakeHost({
      debian: true,
      uid: 0,
      commands: {
        [PLAYWRIGHT_INSTALL]: {status: 1},
        [APT_UPDATE]: {status: 100},
      },
    });
    expect(() => ensureChromium(fake.host)).toThrow(
      /apt-get failed.*CHROME_PATH/s,
    );
    expect(fake.commands()).toEqual([PLAYWRIGHT_INSTALL, APT_UPDATE]);
  });

  it('tells a non-root Debian user the sudo apt-get command and CHROME_PATH', () => {
    const fake = fakeHost({
      debian: true,
      uid: 1000,
      commands: {[PLAYWRIGHT_INSTALL]: {status: 1}},
    });
    let message = '';
    try {
      ensureChromium(fake.host);
    } catch (error) {
      expect(error).toBeInstanceOf(ChromiumError);
      message = (error as Error).message;
    }
    expect(message).toContain(
      'sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk',
    );
    expect(message).toContain('CHROME_PATH=/path/to/chromium');
    expect(fake.commands()).toEqual([PLAYWRIGHT_INSTALL]);
  });

  it('tells root outside Debian to set CHROME_PATH instead of using apt-get', () => {
    const fake = fakeHost({
      uid: 0,
      commands: {[PLAYWRIGHT_INSTALL]: {status: 1}},
    });
    expect(() => ensureChromium(fake.host)).toThrow(
      /CHROME_PATH=\/path\/to\/chromium/,
    );
    expect(() => ensureChromium(fake.host)).not.toThrow(/apt-get install/);
    expect(fake.commands()).not.toContain(APT_UPDATE);
  });

  it('installs missing CJK fonts as root on Debian', () => {
    const fake = fakeHost({
      debian: true,
      uid: 0,
      executables: ['/usr/bin/chromium'],
      commands: {
        [APT_UPDATE]: {status: 0},
        'apt-get install -y fonts-noto-cjk': {status: 0},
      },
    });
    const setup = ensureChromium(fake.host);
    expect(setup.installed).toEqual(['fonts-noto-cjk (apt-get)']);
    expect(setup.warnings).toEqual([]);
    expect(fake.commands()).toEqual([
      'dpkg -s fonts-noto-cjk',
      APT_UPDATE,
      'apt-get install -y fonts-noto-cjk',
    ]);
  });

  it('fails when installing missing CJK fonts as root fails', () => {
    const fake = fakeHost({
      debian: true,
      uid: 0,
      executables: ['/usr/bin/chromium'],
      commands: {
        [APT_UPDATE]: {status: 0},
        'apt-get install -y fonts-noto-cjk': {status: 100},
      },
    });
    expect(() => ensureChromium(fake.host)).toThrow(/fonts-noto-cjk/);
  });

  it('warns a non-root Debian user about missing CJK fonts with the command to run', () => {
    const fake = fakeHost({
      debian: true,
      uid: 1000,
      executables: ['/usr/bin/chromium'],
    });
    const setup = ensureChromium(fake.host);
    expect(setup.executablePath).toBe('/usr/bin/chromium');
    expect(setup.warnings).toHaveLength(1);
    expect(setup.warnings[0]).toContain(
      'sudo apt-get update && sudo apt-get install -y fonts-noto-cjk',
    );
    expect(fake.commands()).toEqual(['dpkg -s fonts-noto-cjk']);
  });

  it('does not look for Debian packages outside Debian', () => {
    const fake = fakeHost({uid: 0, executables: ['/usr/bin/google-chrome']});
    expect(ensureChromium(fake.host).warnings).toEqual([]);
    expect(fake.calls).toEqual([]);
  });

  it('reports a bad CHROME_PATH instead of installing another Chromium', () => {
    const fake = fakeHost({
      debian: true,
      uid: 0,
      env: {CHROME_PATH: '/nowhere/chrome'},
    });
    expect(() => ensureChromium(fake.host)).toThrow(/CHROME_PATH/);
    expect(fake.calls).toEqual([]);
  });
});
