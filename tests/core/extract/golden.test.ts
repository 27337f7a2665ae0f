/**
 * Golden files, as Readability keeps its test pages: every fixture page (tests/fixtures/pages/) is
 * extracted and compared with golden.txt (our body text) and golden.json (our metadata), the
 * snapshot `npm run golden` writes. Any change in what we extract from a real page shows here, page
 * by page, with the first lines that differ; when the change is meant, regenerate and read the diff.
 *
 * Where a page has a human-written body (expected.txt, AEB pages: truth, never regenerated), the body
 * is also scored with the AEB metric (tests/bench/shingle-f1.ts): no page may fall more than 0.05
 * below bare Readability's F1 on it, and the slice's F1 (the AEB scorer's aggregate: F1 of the mean
 * precision and mean recall) stays at its floor, so a regeneration cannot quietly accept a worse body.
 * Measured when the slice was made (24 AEB pages): ours 0.9488 (mean of per-page F1 0.9358), bare
 * Readability 0.9204 (0.9065).
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../../utils/cli/extract';
import { shingleF1, shingleScore } from '../../bench/shingle-f1';
import { GOLDEN_FIELDS, PAGE_URL, extractGolden, fixturePages, readPage, type FixturePage, type GoldenMeta } from '../../fixtures/pages/pages';

const BELOW_BARE = 0.05;
const SLICE_F1_FLOOR = 0.938;
/** Issue 13's goal for the hand-written pages in other scripts (tests/fixtures/pages/script-*). */
const SCRIPT_F1_GOAL = 0.97;
/**
 * Pages still under the goal, each at the F1 measured when it was last improved (a floor, not the
 * goal). None since the headline's standfirst is left out (clutter.ts, headlineDek).
 */
const SCRIPT_F1_NOT_YET: Record<string, number> = {};
const REGENERATE = 'Run `npm run golden` if the change is meant, then read `git diff tests/fixtures/pages`.';

interface Result { text: string; meta: GoldenMeta; f1?: { ours: number; bare: number; precision: number; recall: number } }

const pages = fixturePages();
const results = new Map<string, Result>();

function resultFor(page: FixturePage): Result {
  const known = results.get(page.name);
  if (known) return known;
  const html = readPage(page.source);
  const r: Result = extractGolden(html);
  if (page.expected !== null) {
    const bare = new Readability(parsePage(html, PAGE_URL)).parse()?.textContent ?? '';
    const s = shingleScore(page.expected, r.text);
    r.f1 = { ours: s.f1, bare: shingleF1(page.expected, bare), precision: s.precision, recall: s.recall };
  }
  results.set(page.name, r);
  return r;
}

/** Where two texts first part: the differing line (cut around its first differing character) with a paragraph either side. */
function firstDifference(golden: string, now: string): string {
  const a = golden.split('\n');
  const b = now.split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const x = a[i] ?? '';
  const y = b[i] ?? '';
  let c = 0;
  while (c < x.length && c < y.length && x[c] === y[c]) c++;
  const cut = (l: string, k: number) => {
    if (k !== i) return l.length > 120 ? `${l.slice(0, 120)}…` : l;
    const from = Math.max(0, c - 60);
    return `${from ? '…' : ''}${l.slice(from, c + 140)}${l.length > c + 140 ? '…' : ''}`;
  };
  const from = Math.max(0, i - 2);
  const show = (lines: string[], mark: string) =>
    lines.slice(from, i + 3).map((l, k) => `  ${mark} ${String(from + k + 1).padStart(4)}| ${cut(l, from + k)}`).join('\n') || `  ${mark}     (nothing)`;
  return `first difference at line ${i + 1}${i < a.length && i < b.length ? `, column ${c + 1}` : ''} (golden ${a.length} lines, now ${b.length}):\n${show(a, '-')}\n${show(b, '+')}`;
}

function readGolden(page: FixturePage, file: string): string {
  const path = join(page.dir, file);
  if (!existsSync(path)) expect.fail(`${page.name}: no ${file}. ${REGENERATE}`);
  return readFileSync(path, 'utf8');
}

describe('golden files of the fixture pages', () => {
  it('finds the fixture pages, each with both golden files', () => {
    expect(pages.length).toBeGreaterThanOrEqual(50);
    expect(pages.filter((p) => p.expected !== null).length).toBeGreaterThanOrEqual(24);
  });

  for (const page of pages) {
    it(page.name, () => {
      const r = resultFor(page);
      const text = `${r.text}\n`;
      const golden = readGolden(page, 'golden.txt');
      if (text !== golden) expect.fail(`${page.name}: the body text is not golden.txt — ${firstDifference(golden, text)}\n${REGENERATE}`);

      const want = JSON.parse(readGolden(page, 'golden.json')) as GoldenMeta;
      const wrong = GOLDEN_FIELDS.filter((f) => want[f] !== r.meta[f]).map((f) => `  ${f}: golden ${JSON.stringify(want[f])}, now ${JSON.stringify(r.meta[f])}`);
      if (wrong.length) expect.fail(`${page.name}: the metadata is not golden.json —\n${wrong.join('\n')}\n${REGENERATE}`);

      if (r.f1) {
        expect(r.f1.ours, `${page.name}: body F1 against expected.txt (bare Readability ${r.f1.bare.toFixed(3)})`).toBeGreaterThanOrEqual(r.f1.bare - BELOW_BARE);
      }
    });
  }

  it('keeps the body F1 of the pages with a human truth at its floor', () => {
    const scored = pages.filter((p) => p.expected !== null).map((p) => resultFor(p).f1!);
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    const p = mean(scored.map((f) => f.precision));
    const r = mean(scored.map((f) => f.recall));
    expect((2 * p * r) / (p + r)).toBeGreaterThanOrEqual(SLICE_F1_FLOOR);
  });

  it('reads the pages in other scripts (script-*) at F1 0.97, or at least at the floor of those not there yet', () => {
    const scripts = pages.filter((p) => p.name.startsWith('script-') && p.expected !== null);
    expect(scripts.length).toBeGreaterThanOrEqual(8);
    const below: string[] = [];
    for (const page of scripts) {
      const f1 = resultFor(page).f1!.ours;
      const floor = SCRIPT_F1_NOT_YET[page.name] ?? SCRIPT_F1_GOAL;
      if (f1 < floor) below.push(`${page.name} ${f1.toFixed(3)} < ${floor}`);
    }
    expect(below).toEqual([]);
  });

  it('scores a page as the reference scorer does', () => {
    // The same pair through /work/shared/tools/score_extract.py (PARALLAX_TOOLS) gave f1 0.779167,
    // precision 0.954082, recall 0.658451; over the 24 AEB fixture pages our per-page F1 and the
    // scorer's agreed to 1e-15 when the slice was made.
    const truth = pages.find((p) => p.name === 'aeb-9da36ae471')!.expected!;
    const predicted = `${truth.split('\n').filter((_, i) => i % 3 !== 1).join('\n')}\n\n구독하기 Subscribe to our newsletter today`;
    const s = shingleScore(truth, predicted);
    expect(s.f1).toBeCloseTo(0.779167, 6);
    expect(s.precision).toBeCloseTo(0.954082, 6);
    expect(s.recall).toBeCloseTo(0.658451, 6);
    expect(shingleF1('', 'text')).toBe(0);
    expect(shingleF1('a b c', 'a b c')).toBe(1);
  });
});
