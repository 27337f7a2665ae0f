/**
 * Extraction speed: median and p95 ms per page, ours against bare Readability in the same run
 * (both on linkedom), plus a 200,000-node page. `npx tsx tests/bench/extract.ts [DIR…]`
 * (default: the AEB dev pages and Mozilla's test pages) [--rounds N] (default 3: each page timed N
 * times per side, order alternating, fastest kept). Prints a table, then one JSON line.
 * `--news-truth OUT.json` instead writes the scorer's truth file from Mozilla's expected.html (news pages).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../utils/core/extract/article';
import { blocksToText } from '../../utils/core/extract/text';
import { listPages, parsePage, readPage } from '../../utils/cli/extract';
import { dataPath } from './data';
import { oneNodePage } from '../fixtures/one-node-page';

function newsTruth(out: string): void {
  const dir = dataPath('readability-pages');
  const truth: Record<string, { articleBody: string }> = {};
  const news = readFileSync(`${dir}/NEWS_PAGES.txt`, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  for (const name of news) {
    const { document } = parseHTML(`<!doctype html><html><body>${readFileSync(`${dir}/${name}/expected.html`, 'utf8')}</body></html>`);
    truth[`${name}/source`] = { articleBody: blocksToText(document.body as unknown as ParentNode) };
  }
  writeFileSync(out, JSON.stringify(truth));
  console.log(`${Object.keys(truth).length} news pages → ${out}`);
}

/** A page of `n` elements: an article, then a long list of nested blocks. */
export function hugePage(n: number): string {
  const para = '<p>' + 'The committee met on Tuesday to discuss the budget and the schedule. '.repeat(4) + '</p>';
  const parts = ['<!doctype html><html lang="en"><head><title>Huge</title></head><body><article><h1>Huge</h1>', para.repeat(20), '</article><div>'];
  for (let i = 0; i < (n - 30) / 2; i++) parts.push(`<div class="c${i % 50}"><span>item ${i}</span></div>`);
  parts.push('</div></body></html>');
  return parts.join('');
}

function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * (s.length - 1) + 0.5))] ?? NaN;
  return { median: Math.round(q(0.5) * 10) / 10, p95: Math.round(q(0.95) * 10) / 10 };
}

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function main() {
  const argv = process.argv.slice(2);
  const args = argv.filter((x, k) => x !== '--rounds' && argv[k - 1] !== '--rounds');
  const i = args.indexOf('--news-truth');
  if (i >= 0) {
    const out = args[i + 1];
    if (out === undefined) throw new Error('--news-truth needs an output file');
    return newsTruth(out);
  }
  const dirs = args.length ? args : [dataPath('aeb-dev/html'), dataPath('readability-pages')];
  const pages = dirs.flatMap((d) => listPages(d, d.includes('readability-pages') ? 'source.html' : null));
  // Each page is timed `rounds` times on each side, the order alternating, and the fastest of each
  // side kept: on a shared 2-core machine a single timing is mostly noise from other processes.
  const ri = argv.indexOf('--rounds');
  const rounds = ri >= 0 ? Math.max(1, Number(argv[ri + 1]) || 1) : 3;
  const ours: number[] = [];
  const bare: number[] = [];
  const ratios: number[] = [];
  for (const { file } of pages) {
    const html = readPage(file);
    let o = Infinity;
    let r = Infinity;
    let failed = false;
    for (let k = 0; k < rounds; k++) {
      const a = parsePage(html, 'http://localhost/');
      const b = parsePage(html, 'http://localhost/');
      const runBare = () => { r = Math.min(r, time(() => new Readability(b.cloneNode(true) as Document).parse())); };
      const runOurs = () => {
        try {
          o = Math.min(o, time(() => extractArticle(a, { url: 'http://localhost/' })));
        } catch {
          failed = true; // counted in the CLI run, not here
        }
      };
      if ((k + ours.length) % 2) { runOurs(); runBare(); } else { runBare(); runOurs(); }
    }
    bare.push(r);
    if (!failed) { ours.push(o); ratios.push(o / r); }
  }
  const huge = hugePage(200_000);
  const hugeDoc = parsePage(huge, 'http://localhost/');
  const elements = hugeDoc.querySelectorAll('*').length;
  let hugeOutcome = 'finished';
  const hugeMs = time(() => {
    try {
      extractArticle(hugeDoc, { url: 'http://localhost/' });
    } catch (e) {
      hugeOutcome = `gave up: ${(e as Error).message}`;
    }
  });
  const bigDoc = parsePage(oneNodePage(5_000_000), 'http://localhost/');
  const bigT0 = performance.now();
  const big = extractArticle(bigDoc, { url: 'http://localhost/' });
  const bigMs = performance.now() - bigT0;
  const bigOutcome = `${big.text.length} characters kept${big.textTruncated ? ', textTruncated' : ''}`;
  let netChecked = 0;
  let netUsed = 0;
  for (const { file } of pages) {
    try {
      extractArticle(parsePage(readPage(file), 'http://localhost/'), { url: 'http://localhost/', onSafetyNet: (e) => { if (e === 'checked') netChecked++; else netUsed++; } });
    } catch { /* counted in the CLI run */ }
  }
  const o = stats(ours);
  const r = stats(bare);
  console.log(`pages: ${pages.length}`);
  console.log('              median ms   p95 ms');
  console.log(`ours          ${String(o.median).padStart(9)} ${String(o.p95).padStart(8)}`);
  console.log(`bare Readab.  ${String(r.median).padStart(9)} ${String(r.p95).padStart(8)}`);
  console.log(`ratio         ${(o.median / r.median).toFixed(2).padStart(9)} ${(o.p95 / r.p95).toFixed(2).padStart(8)}`);
  const pr = stats(ratios);
  console.log(`per-page ratio median ${pr.median.toFixed(2)}, p95 ${pr.p95.toFixed(2)} (fastest of ${rounds} rounds per page and side)`);
  console.log(`200k-node page (${elements} elements): ${Math.round(hugeMs)} ms, ${hugeOutcome}`);
  console.log(`one 5 MB text node: ${Math.round(bigMs)} ms, ${bigOutcome}`);
  console.log(`safety net: checked on ${netChecked} of ${pages.length} pages, its body taken on ${netUsed} (its time is inside "ours")`);
  console.log(JSON.stringify({ pages: pages.length, ours, bare: r, oursStats: o, ratioMedian: +(o.median / r.median).toFixed(2), ratioP95: +(o.p95 / r.p95).toFixed(2), perPageRatio: pr, rounds, huge: { elements, ms: Math.round(hugeMs), outcome: hugeOutcome }, oneNode5MB: { ms: Math.round(bigMs), outcome: bigOutcome }, safetyNet: { checked: netChecked, used: netUsed } }).replace(/"ours":\[[^\]]*\],/, ''));
}

main();
