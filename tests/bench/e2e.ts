/**
 * `npm run bench:e2e`: the speed budget measured in real Chromium against the sample newsroom
 * with 150 ms added to every request (source pacing off). Medians over ≥10 runs.
 *   first_section_ms  toolbar click → first section painted (story not cached)
 *   complete_ms       toolbar click → complete page (story not cached)
 *   cached_click_ms   cached story, panel closed: click → complete page
 *   cached_ms         cached story, panel open: switch back to its tab → complete page
 * "Click" is the moment the action is triggered: bringing the tab to the front and finding its CDP
 * target first are the harness's steps, reported apart (harness_aim_ms), not timed. The cached click
 * is split at the panel's own marks: its document created, its code running, the story complete.
 * plus gzip sizes of the injected script beyond Readability, the background and the panel (sizes.ts).
 */
import { execSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { startNewsroom } from '../newsroom/server';
import { newsroomSettings } from '../newsroom/settings';
import { aimToolbar, closePanel, E2E_BUILD, launchExtension, markAfter, setSettings, SidePanel } from '../e2e/browser';
import { BUDGETS_KB, measureSizes } from './sizes';

const RUNS = Number(process.env.RUNS ?? 10);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (i: number) => s[i] ?? NaN;
  return s.length ? Math.round(s.length % 2 ? at((s.length - 1) / 2) : (at(s.length / 2 - 1) + at(s.length / 2)) / 2) : NaN;
};

execSync('npm run -s build:e2e', { stdio: 'ignore' });
const newsroom = await startNewsroom({ latencyMs: 150 });
const h = await launchExtension();
const results = { first: [] as number[], complete: [] as number[], cachedClick: [] as number[], cached: [] as number[], aim: [] as number[], phases: [] as Record<string, number>[] };
try {
  await setSettings(h, newsroomSettings(newsroom));
  // A different article each run. The first run polls the feed index, as a reader's first click
  // after install does; later runs find it fresh, as in normal use.
  const pool = [...newsroom.articles.filter((a) => a.story !== 'distractor'), ...newsroom.articles.filter((a) => a.story === 'distractor')];
  const pages: Page[] = [];
  for (const a of pool.slice(0, RUNS)) {
    const page = await h.context.newPage();
    await page.goto(newsroom.articleUrl(a));
    await closePanel(h);
    const click = await aimToolbar(h, page);
    const t0 = Date.now();
    await click();
    const panel = await SidePanel.attach(h);
    results.first.push((await markAfter(panel, 'parallax:first-section', t0)) - t0);
    results.complete.push((await markAfter(panel, 'parallax:complete', t0)) - t0);
    await panel.detach();
    pages.push(page);
  }
  for (const page of pages) {
    await closePanel(h);
    const tAim = Date.now();
    const click = await aimToolbar(h, page);
    const t0 = Date.now();
    results.aim.push(t0 - tAim);
    await click();
    const panel = await SidePanel.attach(h);
    results.cachedClick.push((await markAfter(panel, 'parallax:complete', t0)) - t0);
    // Where the cached click's time goes, read from the panel's own timeline (ms after the click):
    // its document created, its code running, the story complete.
    results.phases.push(
      await panel.evaluate<Record<string, number>>(`(() => {
        const at = (name) => Math.round(performance.timeOrigin + (performance.getEntriesByName(name)[0]?.startTime ?? NaN) - ${t0});
        return { document: Math.round(performance.timeOrigin - ${t0}), script: at('parallax:panel-script'), complete: at('parallax:complete') };
      })()`),
    );
    await panel.detach();
  }
  const panel = await SidePanel.attach(h);
  const blank = await h.context.newPage();
  for (const page of pages) {
    await blank.bringToFront();
    await new Promise((r) => setTimeout(r, 150));
    const t0 = Date.now();
    await page.bringToFront();
    results.cached.push((await markAfter(panel, 'parallax:complete', t0)) - t0);
  }
  await panel.detach();
} finally {
  await h.close();
  await newsroom.stop();
}
const out = {
  first_section_ms: median(results.first),
  complete_ms: median(results.complete),
  cached_click_ms: median(results.cachedClick),
  cached_ms: median(results.cached),
  // the cached click split: Chrome creating the panel's document, then loading its modules, then the panel's own reads and render
  cached_click_document_ms: median(results.phases.map((p) => p.document!)),
  cached_click_script_ms: median(results.phases.map((p) => p.script!)),
  // the harness's own steps before each click (tab to the front, its CDP target found): not timed
  harness_aim_ms: median(results.aim),
  ...Object.fromEntries(Object.entries(measureSizes(E2E_BUILD)).map(([k, v]) => [`${k}_gzip_kb`, v])),
  runs: RUNS,
};
console.log('runs (ms):', JSON.stringify(results));
console.log(`budgets: first section 1000, complete 3000, cached click 300, cached 100 ms; injected ${BUDGETS_KB.injected} KB, panel ${BUDGETS_KB.panel} KB, background ${BUDGETS_KB.background} KB gzip`);
console.log(JSON.stringify(out));
