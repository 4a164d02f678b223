/**
 * Reads what `npm audit --json` printed: a report of advisories, or the
 * registry's refusal to answer, which must never pass for "no advisories".
 */

const SEVERITIES = ['critical', 'high', 'moderate', 'low', 'info'] as const;
type Severity = (typeof SEVERITIES)[number];

/** An advisory as npm's report (version 2) lists it under `via`. */
interface Advisory {
  title: string;
  url: string;
  severity: Severity;
  range: string;
}

interface Vulnerability {
  name: string;
  severity: Severity;
  /** Advisories of the package itself, or names of vulnerable dependencies. */
  via: (Advisory | string)[];
  fixAvailable: boolean | {name: string; version: string};
}

export type AuditOutcome =
  | {kind: 'unanswered'; reason: string}
  | {kind: 'report'; advisories: AuditLine[]};

/** One advisory against one installed package. */
export interface AuditLine {
  name: string;
  severity: Severity;
  title: string;
  url: string;
  range: string;
  fix: string;
}

/** What the JSON npm printed says: a report, or why there is none. */
export function readAudit(json: string): AuditOutcome {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return {kind: 'unanswered', reason: 'npm printed no report'};
  }
  const report = data as {
    vulnerabilities?: Record<string, Vulnerability>;
    statusCode?: number;
    message?: string;
    error?: {summary?: string; code?: string};
  };
  if (!report.vulnerabilities) {
    // "405 Method Not Allowed - POST <address>": the address is noise.
    const detail = (
      report.error?.summary ||
      report.error?.code ||
      report.message ||
      ''
    ).replace(/\s+-\s+[A-Z]+\s+\S+$/, '');
    const status = report.statusCode;
    const reason =
      status === undefined
        ? detail
        : detail.startsWith(String(status))
          ? `HTTP ${detail}`
          : `HTTP ${status}${detail && `: ${detail}`}`;
    return {kind: 'unanswered', reason: reason || 'no report'};
  }
  const advisories: AuditLine[] = [];
  for (const vulnerability of Object.values(report.vulnerabilities)) {
    for (const via of vulnerability.via) {
      if (typeof via === 'string') continue;
      advisories.push({
        name: vulnerability.name,
        severity: via.severity,
        title: via.title,
        url: via.url,
        range: via.range,
        fix: fixText(vulnerability.fixAvailable),
      });
    }
  }
  advisories.sort(
    (a, b) =>
      SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
      a.name.localeCompare(b.name),
  );
  return {kind: 'report', advisories};
}

function fixText(fix: Vulnerability['fixAvailable']): string {
  if (fix === true) return 'npm audit fix';
  if (fix === false) return 'no fixed version yet';
  return `needs ${fix.name}@${fix.version} (a breaking change)`;
}

/** The lines the command prints for an outcome. */
export function formatAudit(outcome: AuditOutcome): string {
  if (outcome.kind === 'unanswered') {
    return [
      `npm audit: the registry did not answer (${outcome.reason}).`,
      'No advisories were checked: this says nothing about whether the',
      'dependencies are safe. Run it again where the audit endpoint is reachable.',
    ].join('\n');
  }
  const {advisories} = outcome;
  if (advisories.length === 0) {
    return 'npm audit: no known advisories against the production dependencies.';
  }
  return [
    `npm audit: ${advisories.length} advisor${advisories.length === 1 ? 'y' : 'ies'} against the production dependencies:`,
    ...advisories.map(
      (line) =>
        `  ${line.severity.padEnd(8)} ${line.name} ${line.range}: ${line.title}\n` +
        `           ${line.url} (${line.fix})`,
    ),
  ].join('\n');
}

/** 0: checked and clean; 1: advisories found; 3: nothing was checked. */
export function auditExitCode(outcome: AuditOutcome): number {
  if (outcome.kind === 'unanswered') return 3;
  return outcome.advisories.length > 0 ? 1 : 0;
}
