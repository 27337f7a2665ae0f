/** Conventions: every source has a recorded fixture; the defaults are wide; permissions stay narrow. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SOURCE_HOSTS } from '../../utils/settings/defaults';
import { DEFAULT_FEED_LIST } from '../../utils/sources/default-feeds';
import { NEWS_SOURCES } from '../../utils/sources/registry';

/** Payloads in the repository (tests/fixtures/source-samples/ORIGIN.md): real, or written in the real wire shape. */
const FIXTURES: Record<string, string> = {
  feeds: 'tests/fixtures/source-samples/guardian-rss-sample.xml',
  gdelt: 'tests/fixtures/source-samples/gdelt-artlist.json',
  'google-news': 'tests/fixtures/source-samples/gnews-search.xml',
};

describe('sources', () => {
  it.each(NEWS_SOURCES.map((s) => s.id))('%s has a payload in its wire shape that its parser is tested on', (id) => {
    const fixture = FIXTURES[id];
    expect(fixture, `add a fixture for source "${id}" and a parser test`).toBeDefined();
    if (!fixture) return;
    expect(existsSync(fixture)).toBe(true);
    expect(readFileSync('tests/sources/parsers.test.ts', 'utf8')).toContain(fixture.split('/').pop());
  });

  it('the default feeds span regions, languages and leanings', () => {
    expect(DEFAULT_FEED_LIST.length).toBeGreaterThanOrEqual(25);
    const regions = new Set(DEFAULT_FEED_LIST.map((f) => f.region));
    for (const r of ['North America', 'Europe', 'Asia', 'Middle East', 'Africa', 'Latin America']) expect(regions).toContain(r);
    expect(DEFAULT_FEED_LIST.some((f) => f.country === 'KR')).toBe(true);
    expect(DEFAULT_FEED_LIST.some((f) => f.country === 'JP')).toBe(true);
    expect(new Set(DEFAULT_FEED_LIST.map((f) => f.lang)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(DEFAULT_FEED_LIST.map((f) => f.leaning).filter(Boolean)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(DEFAULT_FEED_LIST.map((f) => f.url)).size).toBe(DEFAULT_FEED_LIST.length);
  });

  it('required host permissions are only the fixed hosts of the default sources', () => {
    for (const h of DEFAULT_SOURCE_HOSTS) expect(h).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}\/\*$/);
  });
});
