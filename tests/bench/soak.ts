/**
 * The soak (npm run bench:soak; not part of npm test): 200 stories in a row in one real Chromium
 * with the built e2e extension, against the newsroom with sources failing at random (500s, refused
 * connections, hangs, slow answers). Counts stories that never reached "done" (stuck), and every
 * 10th story reads the JS heap of the worker and of the panel after a forced garbage collection
 * over CDP. Run `npm run -s build:e2e` first. `--stories N` to run fewer.
 */
import { argValue } from '../cli-arg';
import { ageCache, clickToolbar, SidePanel, startWithNewsroom } from '../e2e/browser';
import type { Fault, FaultTarget } from '../newsroom/server';

const STORIES = Number(argValue('stories', '200'));
const STORY_LIMIT_MS = 20_000;
const FAULTS: Fault[] = [{ status: 500 }, { refuse: true }, { hang: true }, { latencyMs: 2500 }, { malformed: true }];
const TARGETS: FaultTarget[] = ['gdelt', 'gnews', 'feeds', 'wiki'];

/** A seeded generator, so a run can be repeated. */
let seed = 14;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;

async function main() {
  const { newsroom, h } = await startWithNewsroom();
  const stuck: string[] = [];
  const times: number[] = [];
  const curve: { story: number; workerMB: number; panelMB: number }[] = [];
  const mb = (b: number) => Math.round((b / 1048576) * 100) / 100;
  try {
    let panel: SidePanel | null = null;
    for (let i = 1; i <= STORIES; i++) {
      const article = newsroom.articles[(i - 1) % newsroom.articles.length]!;
      // A new round over the same articles: their coverage is made old, so each story is looked up afresh.
      if (i > 1 && (i - 1) % newsroom.articles.length === 0) await ageCache(h, 2);
      newsroom.clearFaults();
      const fault = random() < 0.4 ? ([pick(TARGETS), pick(FAULTS)] as const) : null;
      if (fault) newsroom.setFault(...fault);
      const page = await h.context.newPage();
      await page.goto(newsroom.articleUrl(article));
      const t0 = Date.now();
      await clickToolbar(h, page);
      panel ??= await SidePanel.attach(h);
      const ok = await panel
        .waitFor(`(() => { const s = document.querySelector('article.story'); return s?.dataset.stage === 'done' && s.querySelector('.headline')?.textContent === ${JSON.stringify(article.title)}; })()`, STORY_LIMIT_MS)
        .then(() => true, () => false);
      if (ok) times.push(Date.now() - t0);
      else {
        const seen = await panel.evaluate<string>(`JSON.stringify({ state: document.querySelector('[data-state]')?.dataset.state, stage: document.querySelector('article.story')?.dataset.stage, headline: document.querySelector('.headline')?.textContent?.slice(0, 60), said: document.querySelector('.notice p')?.textContent?.slice(0, 160) })`);
        stuck.push(`${i}: ${article.outlet.id}/${article.slug} (fault ${JSON.stringify(fault)}; panel ${seen})`);
      }
      await page.close();
      if (i % 10 === 0) {
        const worker = await SidePanel.attach(h, 10_000, '/background.js');
        const workerHeap = await worker.heapAfterGc();
        await worker.detach();
        const panelHeap = await panel.heapAfterGc();
        curve.push({ story: i, workerMB: mb(workerHeap), panelMB: mb(panelHeap) });
        console.log(`story ${i}: done ${times.length}, stuck ${stuck.length}; heap after GC — worker ${mb(workerHeap)} MB, panel ${mb(panelHeap)} MB`);
      }
    }
  } finally {
    await h.close();
    await newsroom.stop();
  }
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  console.log(`\n${times.length}/${STORIES} stories done, ${stuck.length} stuck${stuck.length ? ': ' + stuck.join(', ') : ''}`);
  console.log(`click → done: median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${sorted.at(-1) ?? 0} ms`);
  const from = curve.find((c) => c.story >= 20);
  const last = curve.at(-1);
  if (from && last) {
    const change = (a: number, b: number) => `${(((b - a) / a) * 100).toFixed(1)}%`;
    console.log(`heap from story ${from.story} to ${last.story}: worker ${change(from.workerMB, last.workerMB)}, panel ${change(from.panelMB, last.panelMB)}`);
  }
  process.exitCode = stuck.length ? 1 : 0;
}

void main();
