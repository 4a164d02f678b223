import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {
  auditExitCode,
  formatAudit,
  readAudit,
} from '../../scripts/lib/auditReport';

const fixture = (name: string) =>
  readFileSync(path.join(__dirname, '../fixtures/audit', name), 'utf8');

describe('npm run audit', () => {
  it('says plainly that nothing was checked when the registry refuses', () => {
    const outcome = readAudit(fixture('unanswered-405.json'));
    expect(outcome).toEqual({
      kind: 'unanswered',
      reason: 'HTTP 405 Method Not Allowed',
    });
    expect(formatAudit(outcome)).toContain('No advisories were checked');
    expect(auditExitCode(outcome)).toBe(3);
  });

  it('never reads empty or broken output as a clean tree', () => {
    for (const output of ['', 'npm error network', '{}']) {
      const outcome = readAudit(output);
      expect(outcome.kind).toBe('unanswered');
      expect(auditExitCode(outcome)).toBe(3);
    }
  });

  it('lists each advisory once, the most severe first, with its fix', () => {
    const outcome = readAudit(fixture('report-before-overrides.json'));
    expect(outcome.kind).toBe('report');
    const text = formatAudit(outcome);
    expect(text.split('\n')[0]).toBe(
      'npm audit: 3 advisories against the production dependencies:',
    );
    expect(text).toMatch(
      /high {5}serialize-javascript <=7\.0\.4: Serialize JavaScript is Vulnerable to RCE/,
    );
    expect(text).toContain(
      'GHSA-5c6j-r48x-rmvq (needs copy-webpack-plugin@14.0.0 (a breaking change))',
    );
    expect(text).toContain('GHSA-w5hq-g745-h8pq (no fixed version yet)');
    // copy-webpack-plugin is listed only through serialize-javascript.
    expect(text).not.toMatch(/^\s+\w+\s+copy-webpack-plugin/m);
    expect(auditExitCode(outcome)).toBe(1);
  });

  it('passes a clean report', () => {
    const outcome = readAudit(
      JSON.stringify({auditReportVersion: 2, vulnerabilities: {}}),
    );
    expect(formatAudit(outcome)).toBe(
      'npm audit: no known advisories against the production dependencies.',
    );
    expect(auditExitCode(outcome)).toBe(0);
  });
});
