/**
 * Metadata accuracy against hand-checked truth (tests/fixtures/metadata/*.json): title, byline,
 * siteName, publishedTime, lang — ours (`extractArticle` on linkedom, as the CLI runs it) against
 * bare Readability (`new Readability(doc).parse()`) in the same run.
 *   npx tsx tests/bench/metadata.ts [--set readability-news|aeb-dev] [--misses]
 * Prints a table per page set, then one JSON line. `--misses` lists every wrong field.
 *
 * Scoring, field by field (a truth entry may list `alternatives` that are equally right, when the
 * page itself says two things, e.g. og:site_name "Le Monde.fr" and DC.publisher "Le Monde"):
 * - title: whitespace, quotes and dashes normalised, case-insensitive, exact.
 * - byline: the set of names (split on , ; & "and"), each normalised (case, accents, dots,
 *   parentheses); null vs null is right.
 * - siteName: case-, accent- and punctuation-insensitive exact.
 * - publishedTime: the same instant, to the second; when the truth is a date only (`YYYY-MM-DD`), the same
 *   calendar date (as written, or in UTC); null vs null is right.
 * - lang: the primary subtag.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../utils/core/extract/article';
import { settleLang } from '../../utils/core/extract/lang';
import { parsePage, readPage } from '../../utils/cli/extract';
import { DATA_DIR, dataPath } from './data';

export const FIELDS = ['title', 'byline', 'siteName', 'publishedTime', 'lang'] as const;
export type Field = (typeof FIELDS)[number];
export type Meta = Record<Field, string | null>;
export interface TruthEntry extends Meta {
  notes?: string;
  alternatives?: Partial<Record<Field, (string | null)[]>>;
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));


export const SETS: Record<string, { truth: string; file: (id: string) => string }> = {
  'readability-news': {
    truth: `${ROOT}tests/fixtures/metadata/readability-news.json`,
    file: (id) => `${DATA_DIR}/readability-pages/${id}.html`,
  },
  'aeb-dev': {
    truth: `${ROOT}tests/fixtures/metadata/aeb-dev.json`,
    file: (id) => `${DATA_DIR}/aeb-dev/html/${id}.html.gz`,
  },
};

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const normTitle = (s: string) =>
  fold(s).replace(/[‘’‚‛′`´]/g, "'").replace(/[“”„‟″«»]/g, '"').replace(/[‐-―−]/g, '-').replace(/\s+/g, ' ').trim();
const normSite = (s: string) => fold(s).replace(/[^\p{L}\p{N}]+/gu, '');
const normName = (s: string) => fold(s).replace(/\([^)]*\)/g, ' ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const nameSet = (s: string) =>
  new Set(s.split(/\s*(?:,|;|&|\band\b)\s*/i).map(normName).filter(Boolean));

function sameDate(truth: string, got: string): boolean {
  if (/^\d{4}-\d{2}-\d{2}$/.test(truth)) {
    if (got.slice(0, 10) === truth) return true;
    const t = Date.parse(got);
    return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === truth;
  }
  const a = Date.parse(truth);
  const b = Date.parse(got);
  // Whole seconds: a truth with milliseconds and a value without them are the same instant.
  return Number.isFinite(a) && Math.floor(a / 1000) === Math.floor(b / 1000);
}

function matchOne(field: Field, truth: string | null, got: string | null): boolean {
  if (truth === null || got === null || got === '') return truth === null && (got === null || got === '');
  switch (field) {
    case 'title': return normTitle(truth) === normTitle(got);
    case 'siteName': return normSite(truth) === normSite(got);
    case 'lang': return (truth.split('-')[0] ?? '').toLowerCase() === (got.trim().replace('_', '-').split('-')[0] ?? '').toLowerCase();
    case 'publishedTime': return sameDate(truth, got);
    case 'byline': {
      const a = nameSet(truth);
      const b = nameSet(got);
      return a.size === b.size && [...a].every((n) => b.has(n));
    }
  }
}

export function fieldCorrect(field: Field, entry: TruthEntry, got: string | null): boolean {
  return [entry[field], ...(entry.alternatives?.[field] ?? [])].some((t) => matchOne(field, t ?? null, got));
}

/** What our extractor says about a page, as the CLI reports it (lang falls back to detection). */
export function oursFor(html: string): Meta {
  const a = extractArticle(parsePage(html, 'http://localhost/'), { url: 'http://localhost/' });
  return { title: a.title || null, byline: a.byline, siteName: a.siteName, publishedTime: a.publishedTime, lang: settleLang(a) };
}

export function bareFor(html: string): Meta {
  const r = new Readability(parsePage(html, 'http://localhost/')).parse();
  return { title: r?.title || null, byline: r?.byline || null, siteName: r?.siteName || null, publishedTime: r?.publishedTime || null, lang: r?.lang || null };
}

export interface SetScore {
  pages: number;
  ours: Record<Field, number>;
  bare: Record<Field, number>;
  misses: { id: string; who: 'ours' | 'bare'; field: Field; truth: string | null; got: string | null }[];
}

/**
 * Scores the pages of a set that `file` finds (default: the whole set in the data folder); a page
 * it gives null for is left out, so a test can score the slice kept in tests/fixtures/pages.
 */
export function scoreSet(name: string, withBare = true, pageFile?: (id: string) => string | null): SetScore {
  const set = SETS[name];
  if (!set) throw new Error(`no metadata set ${name}`);
  const file = pageFile ?? set.file;
  const truth = JSON.parse(readFileSync(set.truth, 'utf8')) as Record<string, TruthEntry>;
  const files = new Map(Object.keys(truth).map((id) => [id, file(id)] as const).filter((e): e is [string, string] => e[1] !== null));
  const ids = [...files.keys()];
  const zero = () => Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
  const hits = { ours: zero(), bare: zero() };
  const misses: SetScore['misses'] = [];
  for (const id of ids) {
    const expected = truth[id];
    if (!expected) continue;
    const html = readPage(files.get(id)!);
    const runs: ['ours' | 'bare', Meta][] = [['ours', oursFor(html)]];
    if (withBare) runs.push(['bare', bareFor(html)]);
    for (const [who, got] of runs) {
      for (const f of FIELDS) {
        if (fieldCorrect(f, expected, got[f])) hits[who][f]++;
        else misses.push({ id, who, field: f, truth: expected[f], got: got[f] });
      }
    }
  }
  const ratio = (h: Record<Field, number>) => Object.fromEntries(FIELDS.map((f) => [f, Math.round((h[f] / ids.length) * 1000) / 1000])) as Record<Field, number>;
  return { pages: ids.length, ours: ratio(hits.ours), bare: ratio(hits.bare), misses };
}

export const GOALS: Record<Field, number> = { title: 0.97, byline: 0.9, siteName: 0.97, publishedTime: 0.95, lang: 0.97 };

function main() {
  const argv = process.argv.slice(2);
  const chosen = argv.includes('--set') ? argv[argv.indexOf('--set') + 1] : undefined;
  if (argv.includes('--set') && chosen === undefined) throw new Error('--set needs a set name');
  const only = chosen === undefined ? Object.keys(SETS) : [chosen];
  const result: Record<string, Omit<SetScore, 'misses'>> = {};
  const folders: Record<string, string> = { 'readability-news': 'readability-pages', 'aeb-dev': 'aeb-dev/html' };
  for (const name of only) dataPath(folders[name] ?? name); // says in one line what is missing, before any page is read
  for (const name of only) {
    const s = scoreSet(name);
    result[name] = { pages: s.pages, ours: s.ours, bare: s.bare };
    console.log(`\n${name} (${s.pages} pages)`);
    console.log(`${'field'.padEnd(14)}${'ours'.padStart(7)}${'bare'.padStart(7)}${'goal'.padStart(7)}`);
    for (const f of FIELDS) console.log(`${f.padEnd(14)}${s.ours[f].toFixed(3).padStart(7)}${s.bare[f].toFixed(3).padStart(7)}${GOALS[f].toFixed(2).padStart(7)}`);
    if (argv.includes('--misses')) {
      for (const m of s.misses.filter((x) => x.who === 'ours' || argv.includes('--bare-misses'))) {
        console.log(`  ${m.who} ${m.field.padEnd(13)} ${m.id.slice(0, 30).padEnd(30)} truth=${JSON.stringify(m.truth)} got=${JSON.stringify(m.got)}`);
      }
    }
  }
  console.log(JSON.stringify(result));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
