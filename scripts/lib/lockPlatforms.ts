/**
 * Whether a lockfile installs on the platforms authors use: packages that
 * ship native code (the bundler, the HTML minifier, the card renderer,
 * Pagefind…) pick one optional package per platform, and `npm ci` installs
 * only what the lockfile lists. A lockfile written on one machine can lack
 * the others' packages, and then the build fails there, not here.
 */

export interface Platform {
  label: string;
  os: string;
  cpu: string;
  /** Linux only: the C library, `glibc` or `musl`. */
  libc?: string;
}

/** Where the site is built: CI, Linux servers, and Macs of both kinds. */
export const TARGET_PLATFORMS: readonly Platform[] = [
  {label: 'Linux x64', os: 'linux', cpu: 'x64', libc: 'glibc'},
  {label: 'Linux arm64', os: 'linux', cpu: 'arm64', libc: 'glibc'},
  {label: 'macOS x64', os: 'darwin', cpu: 'x64'},
  {label: 'macOS arm64', os: 'darwin', cpu: 'arm64'},
];

interface LockEntry {
  version?: string;
  integrity?: string;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
}

export interface Lockfile {
  packages: Record<string, LockEntry>;
}

/** `npm`'s reading of an `os`/`cpu` list: allowed names, or `!name` excluded. */
function allows(list: string[] | undefined, value: string): boolean {
  if (!list || list.length === 0) return true;
  if (list.includes(`!${value}`)) return false;
  const allowed = list.filter((item) => !item.startsWith('!'));
  return allowed.length === 0 || allowed.includes(value);
}

function fits(entry: LockEntry, platform: Platform): boolean {
  return (
    allows(entry.os, platform.os) &&
    allows(entry.cpu, platform.cpu) &&
    (!platform.libc || allows(entry.libc, platform.libc))
  );
}

/** The entry Node would load `name` from, seen from the package at `from`. */
function resolveEntry(lock: Lockfile, from: string, name: string) {
  for (let dir = from; ;) {
    const key = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (lock.packages[key]) return lock.packages[key];
    if (!dir) return undefined;
    const parent = dir.lastIndexOf('/node_modules/');
    dir = parent === -1 ? '' : dir.slice(0, parent);
  }
}

/** One package that would have no native binary on one platform. */
export interface MissingBinary {
  pkg: string;
  platform: string;
}

/**
 * Packages with a family of platform-specific optional packages (two or
 * more) none of which the lockfile has, with an integrity, for a platform.
 */
export function missingPlatformBinaries(
  lock: Lockfile,
  platforms: readonly Platform[] = TARGET_PLATFORMS,
): MissingBinary[] {
  const missing: MissingBinary[] = [];
  for (const [key, entry] of Object.entries(lock.packages)) {
    const optional = Object.keys(entry.optionalDependencies ?? {});
    const declared = optional.map((name) => ({
      name,
      entry: resolveEntry(lock, key, name),
    }));
    // Platform packages say where they run; a family is two or more.
    const family = declared.filter(
      ({entry: dep}) => dep?.os !== undefined || dep?.cpu !== undefined,
    );
    const unlisted = declared.filter(({entry: dep}) => !dep);
    if (family.length + unlisted.length < 2 || family.length === 0) continue;
    const pkg = key.replace(/^.*node_modules\//, '');
    for (const platform of platforms) {
      const present = family.some(
        ({entry: dep}) => dep?.integrity && fits(dep, platform),
      );
      if (!present) missing.push({pkg, platform: platform.label});
    }
  }
  return missing;
}
