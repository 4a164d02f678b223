/**
 * Steps the browser tests share: waiting for React to hydrate, choosing a
 * colour mode, and asking axe for the violations that matter.
 */
import AxeBuilder from '@axe-core/playwright';
import type {Page} from '@playwright/test';

/** Docusaurus sets `<html data-has-hydrated="true">` once React hydrated. */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.documentElement.dataset.hasHydrated === 'true',
  );
}

/** Opens a path of the served build and waits until it is interactive. */
export async function openHydrated(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await waitForHydration(page);
}

/** Makes the next pages load in `mode`, as a reader who chose it would see them. */
export async function useColorMode(
  page: Page,
  mode: 'light' | 'dark',
): Promise<void> {
  await page.emulateMedia({colorScheme: mode});
  // The key Docusaurus keeps the chosen color mode under.
  await page.addInitScript((theme) => {
    window.localStorage.setItem('theme', theme);
  }, mode);
}

/** axe's violations on the page of the given impacts (default: all), one line block each. */
export async function axeViolations(
  page: Page,
  impacts: readonly string[] = ['minor', 'moderate', 'serious', 'critical'],
): Promise<string[]> {
  const {violations} = await new AxeBuilder({page}).analyze();
  return violations
    .filter((v) => impacts.includes(v.impact ?? ''))
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n` +
        v.nodes.map((node) => `    ${node.target.join(' ')}`).join('\n'),
    );
}

/** axe's serious and critical violations on the page. */
export function seriousAxeViolations(page: Page): Promise<string[]> {
  return axeViolations(page, ['serious', 'critical']);
}

/** A Content-Security-Policy violation as the page reported it. */
export interface PolicyViolation {
  directive: string;
  blocked: string;
  sample: string;
}

/**
 * Collects the Content-Security-Policy violations of every page the
 * context opens from now on; read them with {@link policyViolations}.
 */
export async function watchPolicyViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: unknown[] = [];
    (window as {policyViolations?: unknown[]}).policyViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
      });
    });
  });
}

/** The violations the current page reported since it loaded. */
export function policyViolations(page: Page): Promise<PolicyViolation[]> {
  return page.evaluate(
    () =>
      ((window as {policyViolations?: unknown[]}).policyViolations ??
        []) as PolicyViolation[],
  );
}
