/**
 * The Lighthouse budgets of the site's pages and the table that reports
 * them: medians of several runs per page, each budget met or not.
 */
import {CATEGORIES, type Category, type LighthouseRun} from './lighthouse';
import {median} from './stats';

/** A page's medians over its runs. */
export interface PageAudit {
  page: string;
  runs: number;
  scores: Record<Category, number>;
  totalBlockingMs: number;
  layoutShift: number;
  /** Audits that failed in any run. */
  failed: string[];
}

/** The least each category must score, and the most layout shift. */
export const BUDGETS: Readonly<Record<Category, number>> & {
  layoutShift: number;
} = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
  layoutShift: 0,
};

/** The medians of `runs` of `page`. */
export function summarisePage(
  page: string,
  runs: readonly LighthouseRun[],
): PageAudit {
  return {
    page,
    runs: runs.length,
    scores: Object.fromEntries(
      CATEGORIES.map((category) => [
        category,
        median(runs.map((run) => run.scores[category] ?? 0)),
      ]),
    ) as Record<Category, number>,
    totalBlockingMs: median(runs.map((run) => run.totalBlockingMs)),
    layoutShift: median(runs.map((run) => run.layoutShift)),
    failed: [...new Set(runs.flatMap((run) => run.failed))].sort(),
  };
}

/** Each budget a page missed, in words. */
export function missedBudgets(audit: PageAudit): string[] {
  const missed = CATEGORIES.filter(
    (category) => audit.scores[category] < BUDGETS[category],
  ).map(
    (category) =>
      `${audit.page}: ${category} ${audit.scores[category]} < ${BUDGETS[category]}`,
  );
  if (audit.layoutShift > BUDGETS.layoutShift) {
    missed.push(
      `${audit.page}: layout shift ${audit.layoutShift.toFixed(3)} > 0`,
    );
  }
  return missed;
}

/** A Markdown table of the medians, and what failed. */
export function formatAudits(audits: readonly PageAudit[]): string {
  const rows = audits.map(
    (audit) =>
      `| ${audit.page} | ${CATEGORIES.map((category) => audit.scores[category]).join(' | ')} | ${Math.round(audit.totalBlockingMs)} | ${audit.layoutShift.toFixed(3)} | ${audit.failed.join(', ') || '–'} |`,
  );
  return [
    `| page | ${CATEGORIES.join(' | ')} | TBT ms | CLS | failed audits |`,
    `|---|${CATEGORIES.map(() => '---').join('|')}|---|---|---|`,
    ...rows,
  ].join('\n');
}
