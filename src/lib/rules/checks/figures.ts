import {figureSource, hasAltText} from '../../review/figures';
import {importBindings} from '../../review/imports';
import {pointOf} from '../mdxNodes';
import type {LintPost, Report} from '../types';

/**
 * Figures as the site can show them: alt text on every Figure, `<img>` and
 * Markdown image, and a Figure `src` that is an imported image, a path
 * beside the post or an https URL.
 */
export function checkFigures(post: LintPost, report: Report): void {
  const imageImports = new Map(
    importBindings(post.nodes.esm)
      .filter((binding) => binding.isDefault)
      .map((binding) => [binding.name, binding.specifier]),
  );
  for (const element of post.nodes.jsxElements) {
    if (element.name !== 'Figure' && element.name !== 'img') {
      continue;
    }
    const where = {file: post.file, ...pointOf(element)};
    if (!hasAltText(element)) {
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
      const source = figureSource(element, imageImports);
      if (source.kind === 'invalid') {
        report({
          rule: 'figure-src',
          ...where,
          message: source.message,
          fix: source.fix,
        });
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
