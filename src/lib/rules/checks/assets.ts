import {readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {imageSize} from 'image-size';
import {
  IMAGE_TYPES,
  importBindings,
  isRelativeSpecifier,
} from '../../review/imports';
import {referencedNames} from '../imports';
import {stringAttribute} from '../../review/jsx';
import {isExternalUrl, pointOf} from '../mdxNodes';
import type {LintPost, PostContext, Report, Site} from '../types';

/** A local file a post uses: an import, a Figure/img `src` or a Markdown image. */
export interface AssetReference {
  specifier: string;
  absolutePath: string;
  line: number;
  column: number;
  /** Whether it must be an image (it is shown as one, or lives in asset/). */
  image: boolean;
}

type FileFacts =
  {exists: false} | {exists: true; bytes: number; type: string | undefined};

/**
 * Local files posts use: each exists, is the image type its extension says
 * (by its signature, not its name), stays under the size cap and is used;
 * files in asset folders that no post uses are reported too.
 */
export function checkAssets(
  post: LintPost,
  report: Report,
  context: PostContext,
): void {
  for (const reference of assetReferences(post)) {
    checkReference(post, reference, context, report);
  }
  reportRemoteImages(post, report);
  reportUnusedImports(post, report);
}

/**
 * Images shown from another site: the pages' Content-Security-Policy loads
 * images from the site only, so a reader would see a broken image (and
 * the other site would learn who reads the post).
 */
function reportRemoteImages(post: LintPost, report: Report): void {
  const sources = [
    ...post.nodes.jsxElements
      .filter((element) => element.name === 'Figure' || element.name === 'img')
      .map((element) => ({
        url: stringAttribute(element, 'src'),
        point: pointOf(element),
      })),
    ...post.nodes.images.map((image) => ({
      url: image.url,
      point: pointOf(image),
    })),
  ];
  for (const {url, point} of sources) {
    if (url === undefined || !/^(https?:)?\/\//i.test(url.trim())) continue;
    report({
      rule: 'asset-remote',
      file: post.file,
      ...point,
      message: `the image ${url.length > 60 ? `${url.slice(0, 57)}…` : url} is on another site; pages show only the site's own images`,
      fix: 'save it (if its licence allows) in the asset/ folder beside the post and write src="./asset/<name>"',
    });
  }
}

/** Files in the asset folders that no post uses. */
export function checkOrphanAssets(site: Site, report: Report): void {
  const used = new Set<string>();
  for (const post of site.posts) {
    for (const reference of assetReferences(post)) {
      used.add(reference.absolutePath);
    }
  }
  const targetFolders = new Set(
    site.targets.map((post) => path.dirname(post.absolutePath)),
  );
  // What a post that MDX cannot read uses is unknown until it is fixed.
  const unreadFolders = new Set(
    site.posts
      .filter((post) => !post.complete)
      .map((post) => path.dirname(post.absolutePath)),
  );
  for (const file of site.otherFiles) {
    const absolute = path.join(site.root, file);
    // Dotfiles (.gitkeep, .DS_Store) are the file system's, not the site's.
    if (
      /\.mdx?$/i.test(file) ||
      path.basename(file).startsWith('.') ||
      used.has(absolute)
    ) {
      continue;
    }
    const postFolder = path
      .dirname(absolute)
      .replace(/[\\/]asset(?:[\\/].*)?$/, '');
    if (
      !unreadFolders.has(postFolder) &&
      (site.wholeSite || targetFolders.has(postFolder))
    ) {
      report({
        rule: 'asset-orphan',
        file,
        message: `no post uses ${path.basename(file)}`,
        fix: 'delete it, or show it in its post with <Figure src="./asset/…" alt="…" />',
      });
    }
  }
}

/** Every local file a post refers to, resolved against the post's folder. */
function assetReferences(post: LintPost): AssetReference[] {
  const folder = path.dirname(post.absolutePath);
  const references: AssetReference[] = [];
  const add = (
    specifier: string,
    point: {line: number; column: number},
    image: boolean,
  ) => {
    const clean = specifier.replace(/[?#].*$/, '');
    if (!clean || isExternalUrl(clean) || clean.startsWith('/')) {
      return;
    }
    const absolutePath = path.resolve(folder, safeDecode(clean));
    references.push({
      specifier,
      absolutePath,
      ...point,
      image:
        image ||
        /(^|\/)asset\//.test(clean) ||
        extensionOf(clean) in IMAGE_TYPES,
    });
  };
  for (const binding of importBindings(post.nodes.esm)) {
    if (
      isRelativeSpecifier(binding.specifier) &&
      !binding.specifier.includes('!')
    ) {
      add(binding.specifier, binding, false);
    }
  }
  for (const element of post.nodes.jsxElements) {
    if (element.name === 'Figure' || element.name === 'img') {
      const src = stringAttribute(element, 'src');
      if (src !== undefined) {
        add(src, pointOf(element), true);
      }
    }
  }
  for (const image of post.nodes.images) {
    add(image.url, pointOf(image), true);
  }
  return references;
}

function checkReference(
  post: LintPost,
  reference: AssetReference,
  context: PostContext,
  report: Report,
): void {
  const facts = readFacts(reference.absolutePath);
  const where = {
    file: post.file,
    line: reference.line,
    column: reference.column,
  };
  const shown = reference.specifier;
  if (!facts.exists) {
    report({
      rule: 'asset-missing',
      ...where,
      message: `${shown} not found next to the post`,
      fix: 'add the file to the asset/ folder beside the post, or fix the path',
    });
    return;
  }
  if (!reference.image) {
    return;
  }
  const extension = extensionOf(reference.absolutePath);
  const expected = IMAGE_TYPES[extension];
  if (!expected) {
    report({
      rule: 'asset-type',
      ...where,
      message: `${shown} is not an image type the site serves`,
      fix: `use ${[...new Set(Object.values(IMAGE_TYPES))].join(', ')}`,
    });
  } else if (facts.type === undefined) {
    report({
      rule: 'asset-type',
      ...where,
      message: `${shown} is named .${extension} but its contents are not an image`,
      fix: `replace it with the real image, exported as ${expected.toUpperCase()}`,
    });
  } else if (facts.type !== expected) {
    report({
      rule: 'asset-type',
      ...where,
      message: `${shown} is named .${extension} but is really a ${facts.type.toUpperCase()} file`,
      fix: `rename it to ${path.basename(reference.absolutePath, `.${extension}`)}.${facts.type} (and the reference), or re-export it as ${expected.toUpperCase()}`,
    });
  }
  if (facts.bytes > context.maxImageBytes) {
    report({
      rule: 'asset-size',
      ...where,
      message: `${shown} is ${formatBytes(facts.bytes)}, over the ${Math.round(context.maxImageBytes / 1024)} KB cap for images`,
      fix: 'shrink it (at most about 1600 px wide, WebP or JPEG at quality 80 for photos), or raise the cap with --max-image-kb',
    });
  }
}

function reportUnusedImports(post: LintPost, report: Report): void {
  const names = referencedNames(post.nodes);
  for (const binding of importBindings(post.nodes.esm)) {
    if (isRelativeSpecifier(binding.specifier) && !names.has(binding.name)) {
      report({
        rule: 'asset-unused-import',
        file: post.file,
        line: binding.line,
        column: binding.column,
        message: `${binding.name} is imported from ${binding.specifier} but never used`,
        fix: `show it with <Figure src={${binding.name}} alt="…" />, or remove the import`,
      });
    }
  }
}

function readFacts(file: string): FileFacts {
  let bytes: number;
  try {
    const stats = statSync(file);
    if (!stats.isFile()) {
      return {exists: false};
    }
    bytes = stats.size;
  } catch {
    return {exists: false};
  }
  let type: string | undefined;
  try {
    type = imageSize(readFileSync(file)).type;
  } catch {
    type = undefined;
  }
  return {exists: true, bytes, type};
}

function extensionOf(file: string): string {
  return path.extname(file).slice(1).toLowerCase();
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.round(bytes / 1024)} KB`;
}

function safeDecode(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}
