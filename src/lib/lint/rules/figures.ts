import {importBindings, isRelativeSpecifier} from '../imports';
import {attribute, pointOf, type JsxElement} from '../mdxNodes';
import type {Report, Site} from '../types';

/**
 * Figures as `remarkFigure` will demand them at build time, said earlier:
 * alt text on every Figure, `<img>` and Markdown image, and a Figure `src`
 * that is an imported image, a path beside the post or an https URL.
 */
export function checkFigures(site: Site, report: Report): void {
  for (const post of site.targets) {
    const imageImports = new Map(
      importBindings(post.nodes)
        .filter((binding) => binding.isDefault)
        .map((binding) => [binding.name, binding.specifier]),
    );
    for (const element of post.nodes.jsxElements) {
      if (element.name !== 'Figure' && element.name !== 'img') {
        continue;
      }
      const where = {file: post.file, ...pointOf(element)};
      if (!hasAlt(element)) {
        report({
          rule: 'figure-missing-alt',
          ...where,
          message: `${element.name === 'img' ? '<img>' : 'Figure'} needs alt text describing the image for readers who cannot see it`,
          fix:
            element.name === 'img'
              ? 'write <Figure src={…} alt="what the image shows" width={500} /> instead'
              : 'add alt="what the image shows"',
        });
      }
      if (element.name === 'Figure') {
        const problem = srcProblem(element, imageImports);
        if (problem) {
          report({rule: 'figure-src', ...where, ...problem});
        }
      }
    }
    for (const node of post.nodes.images) {
      if (!node.alt?.trim()) {
        report({
          rule: 'figure-missing-alt',
          file: post.file,
          ...pointOf(node),
          message: `image ${node.url} needs alt text describing it for readers who cannot see it`,
          fix: 'write ![what the image shows](…), or better <Figure src="…" alt="…" width={500} />',
        });
      }
    }
  }
}

// An expression may well yield text; only literal emptiness is certain.
function hasAlt(element: JsxElement): boolean {
  const alt = attribute(element, 'alt');
  return Boolean(
    alt &&
    alt.value !== null &&
    alt.value !== undefined &&
    (typeof alt.value !== 'string' || alt.value.trim() !== ''),
  );
}

function srcProblem(
  figure: JsxElement,
  imageImports: ReadonlyMap<string, string>,
): {message: string; fix: string} | undefined {
  const src = attribute(figure, 'src');
  if (!src || src.value === null || src.value === undefined) {
    return {
      message: 'Figure needs a src',
      fix: 'write src="./asset/name.png", or import the image and pass src={name}',
    };
  }
  if (typeof src.value === 'string') {
    const value = src.value;
    if (/^https?:\/\//i.test(value)) {
      return undefined;
    }
    if (
      value === '' ||
      /^[a-z][a-z\d+.-]*:/i.test(value) ||
      value.startsWith('/')
    ) {
      return {
        message: `Figure src "${value}" is neither a path relative to the post nor an https:// URL`,
        fix: 'put the image in ./asset/ beside the post and write src="./asset/name.png"',
      };
    }
    return undefined;
  }
  const shown = src.value.value.trim();
  const specifier = /^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(shown)
    ? imageImports.get(shown)
    : undefined;
  if (specifier === undefined) {
    return {
      message: `Figure src={${shown}} is not an image imported in this post`,
      fix: `import it (import ${/^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(shown) ? shown : 'image'} from './asset/name.png') or write src="./asset/name.png"`,
    };
  }
  if (!isRelativeSpecifier(specifier)) {
    return {
      message: `Figure src={${shown}} is imported from '${specifier}', which is not relative to the post`,
      fix: "put the image in ./asset/ and import it from './asset/name.png'",
    };
  }
  return undefined;
}
