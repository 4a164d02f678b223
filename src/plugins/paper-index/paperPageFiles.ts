import {mkdir, readFile, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {
  PAPER_PAGES_FOLDER,
  type PaperPageData,
} from '../../client/paperPages/data';
import {
  fillPaperPage,
  PAPER_PAGE_TEMPLATE_FILE,
  paperPageFile,
} from './paperPages';
import {withContentSecurityPolicy} from '../../lib/site/contentSecurityPolicy';

/**
 * Writes each paper's page from the template the build rendered for their
 * route, with its Content-Security-Policy, and its data for navigation
 * inside the site; the template goes.
 */
export async function writePaperPages(
  pages: readonly PaperPageData[],
  outDir: string,
): Promise<void> {
  const templateFile = path.join(outDir, PAPER_PAGE_TEMPLATE_FILE);
  // The policy allows the template's inline scripts; filling adds none.
  const {html: template} = withContentSecurityPolicy(
    await readFile(templateFile, 'utf8'),
  );
  await mkdir(path.join(outDir, PAPER_PAGES_FOLDER), {recursive: true});
  await Promise.all(
    pages.map(async (page) => {
      const file = path.join(outDir, paperPageFile(page.slug));
      await mkdir(path.dirname(file), {recursive: true});
      await Promise.all([
        writeFile(file, fillPaperPage(template, page)),
        writeFile(
          path.join(outDir, PAPER_PAGES_FOLDER, `${page.slug}.json`),
          JSON.stringify(page),
        ),
      ]);
    }),
  );
  await rm(path.dirname(templateFile), {recursive: true});
}

/**
 * The paper pages' data as the dev server serves it: a file per paper,
 * rewritten only when it changed, so that an edit touches a post's few.
 */
export class DevPaperPages {
  readonly folder: string;
  #written = new Map<string, string>();

  constructor(folder: string) {
    this.folder = folder;
  }

  async write(pages: readonly PaperPageData[]): Promise<void> {
    await mkdir(this.folder, {recursive: true});
    const written = new Map<string, string>();
    await Promise.all(
      pages.map(async (page) => {
        const json = JSON.stringify(page);
        written.set(page.slug, json);
        if (this.#written.get(page.slug) === json) return;
        await writeFile(path.join(this.folder, `${page.slug}.json`), json);
      }),
    );
    await Promise.all(
      [...this.#written.keys()]
        .filter((slug) => !written.has(slug))
        .map((slug) =>
          rm(path.join(this.folder, `${slug}.json`), {force: true}),
        ),
    );
    this.#written = written;
  }
}
