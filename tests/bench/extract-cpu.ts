/**
 * Extraction cost as CPU time, ours against bare Readability (clone + parse), per page: each page
 * parsed afresh for each side, both sides run in every round in alternating order, the median of
 * the rounds kept per page. CPU time (process.cpuUsage) rather than wall time: on a shared machine
 * the wall clock counts other processes. Prints one JSON line, with the load average at the start
 * and end. `npx tsx tests/bench/extract-cpu.ts [ROUNDS]` (default 5; AEB dev + Mozilla's pages).
 */
import { loadavg } from 'node:os';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../utils/core/extract/article';
import { listPages, parsePage, readPage } from '../../utils/cli/extract';
import { dataPath } from './data';

const rounds = Math.max(1, Number(process.argv[2]) || 5);
const pages = [dataPath('aeb-dev/html'), dataPath('readability-pages')]
  .flatMap((d) => listPages(d, d.includes('readability-pages') ? 'source.html' : null))
  .map((p) => ({ ...p, html: readPage(p.file) }));
const cpuMs = (fn: () => unknown): number => {
  const c0 = process.cpuUsage();
  try { fn(); } catch { return NaN; }
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)] ?? NaN; };
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const load = [loadavg()[0]];
const ours: number[][] = pages.map(() => []);
const bare: number[][] = pages.map(() => []);
for (let r = 0; r < rounds; r++) {
  pages.forEach((p, i) => {
    const runBare = () => { const d = parsePage(p.html, 'http://localhost/'); bare[i]!.push(cpuMs(() => new Readability(d.cloneNode(true) as Document).parse())); };
    const runOurs = () => { const d = parsePage(p.html, 'http://localhost/'); ours[i]!.push(cpuMs(() => extractArticle(d, { url: 'http://localhost/' }))); };
    if ((r + i) % 2) { runOurs(); runBare(); } else { runBare(); runOurs(); }
  });
}
load.push(loadavg()[0]);
// A page our extraction refuses (too many elements) is left out on both sides.
const ok = pages.map((_, i) => i).filter((i) => !ours[i]!.some(Number.isNaN));
const o = ok.map((i) => median(ours[i]!));
const b = ok.map((i) => median(bare[i]!));
console.log(JSON.stringify({
  pages: ok.length, rounds, loadAverage: load.map((x) => +(x ?? 0).toFixed(2)),
  oursMedianMs: +median(o).toFixed(2), bareMedianMs: +median(b).toFixed(2),
  ratioOfMedians: +(median(o) / median(b)).toFixed(3),
  medianPerPageRatio: +median(o.map((x, k) => x / b[k]!)).toFixed(3),
  ratioOfTotals: +(sum(o) / sum(b)).toFixed(3),
}));
