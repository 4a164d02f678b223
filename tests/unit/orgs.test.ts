import {describe, expect, it} from 'vitest';
import {closestOrgId, orgs, resolveOrg} from '../../src/data/orgs';
import type {Org, OrgId} from '../../src/data/orgs';

const entries = Object.entries(orgs) as [OrgId, Org][];

// The registry's own folding, so collisions are judged as resolveOrg sees them.
const fold = (spelling: string) =>
  spelling
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();

describe('the organisation registry', () => {
  it('covers at least forty organisations', () => {
    expect(entries.length).toBeGreaterThanOrEqual(40);
  });

  it('uses kebab-case ids that stay distinct once hyphens are folded', () => {
    const folded = new Set<string>();
    for (const [id] of entries) {
      expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(folded.has(fold(id))).toBe(false);
      folded.add(fold(id));
    }
  });

  it('lets every alias name exactly one organisation', () => {
    const owners = new Map<string, OrgId[]>();
    for (const [id, org] of entries) {
      for (const spelling of [id, ...(org.aliases ?? [])]) {
        const key = fold(spelling);
        owners.set(key, [...(owners.get(key) ?? []), id]);
      }
    }
    const shared = [...owners].filter(([, ids]) => ids.length > 1);
    expect(shared).toEqual([]);

    for (const [id, org] of entries) {
      for (const alias of org.aliases ?? []) {
        expect(alias).toBe(alias.toLowerCase().trim());
        expect(resolveOrg(alias)?.id).toBe(id);
      }
    }
  });

  it('links every organisation to an https homepage', () => {
    for (const [, org] of entries) {
      expect(() => new URL(org.url)).not.toThrow();
      expect(org.url).toMatch(/^https:\/\//);
    }
  });

  it('gives every organisation its own hex colour', () => {
    const colours = entries.map(([, org]) => org.color.toLowerCase());
    for (const colour of colours) {
      expect(colour).toMatch(/^#[0-9a-f]{6}$/);
    }
    expect(new Set(colours).size).toBe(colours.length);
  });
});

describe('resolveOrg', () => {
  it('resolves an alias written with spaces, underscores or hyphens', () => {
    for (const tag of ['stability ai', 'Stability AI', 'stability_ai']) {
      expect(resolveOrg(tag)?.id).toBe('stability-ai');
    }
    expect(resolveOrg('  stability--ai ')?.id).toBe('stability-ai');
  });

  it('resolves the misspelling shaomi to Xiaomi', () => {
    const resolved = resolveOrg('shaomi');
    expect(resolved?.id).toBe('xiaomi');
    expect(resolved?.org.name).toBe('Xiaomi');
  });

  it('resolves ids regardless of case', () => {
    expect(resolveOrg('Harvard')?.id).toBe('harvard');
    expect(resolveOrg('bytedance')?.id).toBe('bytedance');
    expect(resolveOrg('amazon')?.id).toBe('amazon');
    expect(resolveOrg('GOOGLE')?.id).toBe('google');
  });

  it('resolves abbreviations and lab names to the parent organisation', () => {
    expect(resolveOrg('DeepMind')?.id).toBe('google-deepmind');
    expect(resolveOrg('FAIR')?.id).toBe('meta');
    expect(resolveOrg('Meta AI')?.id).toBe('meta');
    expect(resolveOrg('MSR')?.id).toBe('microsoft');
    expect(resolveOrg('Qwen')?.id).toBe('alibaba');
    expect(resolveOrg('Seed')?.id).toBe('bytedance');
    expect(resolveOrg('SNU')?.id).toBe('seoul-national-university');
    expect(resolveOrg('CMU')?.id).toBe('carnegie-mellon');
    expect(resolveOrg('Berkeley')?.id).toBe('uc-berkeley');
    expect(resolveOrg('NAVER Cloud')?.id).toBe('naver');
    expect(resolveOrg('서울대')?.id).toBe('seoul-national-university');
  });

  it('returns undefined for an organisation it does not know', () => {
    expect(resolveOrg('Initech')).toBeUndefined();
    expect(resolveOrg('')).toBeUndefined();
  });
});

describe('closestOrgId', () => {
  it('suggests the id behind a near-miss spelling', () => {
    expect(closestOrgId('gogle')).toBe('google');
    expect(closestOrgId('anthropc')).toBe('anthropic');
    expect(closestOrgId('deepmnd')).toBe('google-deepmind');
  });

  it('suggests nothing when no spelling is reasonably close', () => {
    expect(closestOrgId('zzzzzz')).toBeUndefined();
    expect(closestOrgId('')).toBeUndefined();
  });
});
