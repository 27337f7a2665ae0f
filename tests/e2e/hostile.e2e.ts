/**
 * The hostile suite: the built extension in real Chromium against a newsroom that answers like an
 * attacker would (tests/newsroom/hostile.ts). Each case is a finding of issue 14.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE } from '../newsroom/corpus';
import { BAD_LINKS, serveBlockedArticle, serveHostileApis, serveHostileArticle, serveHostileFeed } from '../newsroom/hostile';
import type { Newsroom } from '../newsroom/server';
import { newsroomSettings } from '../newsroom/settings';
import { clickToolbar, closePanel, setSettings, SidePanel, startWithNewsroom, storedStories, type Harness } from './browser';

let newsroom: Newsroom;
let h: Harness;

beforeAll(async () => {
  ({ newsroom, h } = await startWithNewsroom());
});

afterAll(async () => {
  await h?.close();
  await newsroom?.stop();
});

const pages: import('playwright-core').Page[] = [];

afterEach(async () => {
  h.worker = h.context.serviceWorkers()[0] ?? (await h.context.waitForEvent("serviceworker"));
  newsroom.clearFaults();
  await Promise.all(pages.splice(0).map((p) => p.close().catch(() => undefined)));
  await closePanel(h);
  await h.worker.evaluate(() => chrome.storage.session.clear());
  await setSettings(h, newsroomSettings(newsroom));
});

async function explain(url: string) {
  const page = await h.context.newPage();
  pages.push(page);
  await page.goto(url);
  await clickToolbar(h, page);
  return { page, panel: await SidePanel.attach(h) };
}

interface Row {
  id: string;
  title: string;
  canonicalUrl: string;
  stage: string;
  coverage: { url: string; title: string; outlet: { name: string } }[];
  topics?: { url: string }[];
}

const NOT_WELL_FORMED = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const REMOVED = /[\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF]/;

describe('hostile strings (finding 1)', () => {
  it('a page and a feed of giant, bidi-laden, surrogate-broken strings: the story finishes, capped, clean and isolated', async () => {
    const real = newsroom.find(REFERENCE.outlet, REFERENCE.slug);
    serveHostileFeed(newsroom, 'techpulse');
    const url = serveHostileArticle(newsroom, real);
    const { page, panel } = await explain(url);
    // Before the gate this never finished (the panel's renderer and the worker were busy for minutes).
    await panel.waitFor(`document.querySelector('article.story')?.dataset.stage === 'done'`, 60_000);
    const shown = await panel.evaluate<{ headline: string; isolated: boolean; titles: string[] }>(`(() => {
      const h = document.querySelector('.headline');
      return { headline: h.textContent, isolated: h.getAttribute('dir') === 'auto' || !!h.closest('bdi,[dir=auto]'),
        titles: [...document.querySelectorAll('[data-testid=sources] .source-title')].map((e) => e.textContent) };
    })()`);
    expect(shown.headline.length).toBeLessThanOrEqual(500);
    expect(shown.headline.startsWith(real.title)).toBe(true);
    expect(REMOVED.test(shown.headline)).toBe(false);
    expect(shown.headline).toContain('👩‍👩‍👧‍👦');
    expect(shown.headline).toContain('می‌خواهم');
    expect(shown.isolated).toBe(true);
    for (const t of shown.titles) expect(t.length).toBeLessThanOrEqual(500);
    const [row] = (await storedStories<Row>(h)).filter((r) => r.canonicalUrl === url);
    expect(row?.title.length).toBeLessThanOrEqual(500);
    for (const c of row?.coverage ?? []) {
      expect(c.title.length).toBeLessThanOrEqual(500);
      expect(NOT_WELL_FORMED.test(c.title) || REMOVED.test(c.title)).toBe(false);
    }
    await panel.detach();
    await page.close();
  });
});

describe('links in schemes that run code (finding 6)', () => {
  it('javascript:, data: and vbscript: links from feeds, GDELT and Google News, and a javascript: canonical URL, are never stored or rendered', async () => {
    const real = newsroom.find(REFERENCE.outlet, REFERENCE.slug);
    serveHostileFeed(newsroom, 'techpulse');
    serveHostileApis(newsroom, real);
    const url = serveHostileArticle(newsroom, real, 'schemes');
    const { page, panel } = await explain(url);
    await panel.waitFor(`document.querySelector('article.story')?.dataset.stage === 'done'`, 60_000);
    const hrefs = await panel.evaluate<string[]>(`[...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'))`);
    for (const href of hrefs) expect(href, href).toMatch(/^(https?:|#|chrome-extension:)/);
    const rows = await storedStories<Row>(h);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.canonicalUrl).toMatch(/^https?:/);
      for (const c of r.coverage) expect(c.url, c.url).toMatch(/^https?:/);
      for (const t of r.topics ?? []) expect(t.url).toMatch(/^https?:/);
    }
    expect(JSON.stringify(rows)).not.toContain(BAD_LINKS[0]);
    await panel.detach();
    await page.close();
  });
});

describe('a hanging source (finding 4)', () => {
  it('the page completes without it, says it still waits for GDELT, and the next story does not ask it', async () => {
    newsroom.setFault('gdelt', { hang: true });
    const from = newsroom.requests.length;
    const gdeltAsked = () => newsroom.requests.slice(from).filter((r) => r.target === 'gdelt');
    const t0 = Date.now();
    const { page, panel } = await explain(newsroom.articleUrl(newsroom.find('globalwire', 'ecb-holds-deposit-rate-florence')));
    // Before the deadline this took three 8 s attempts (24 s) on every story.
    const waiting = await panel.waitFor<string>(
      `document.querySelector('article.story')?.dataset.stage === 'done' && document.querySelector('[data-testid=still-waiting]')?.textContent`,
      20_000,
    );
    console.log(`hanging GDELT: page complete ${Date.now() - t0} ms after the click (measured, not asserted)`);
    expect(waiting).toMatch(/Still waiting for GDELT/);
    await panel.waitFor(`!document.querySelector('[data-testid=still-waiting]')`, 20_000);
    expect(gdeltAsked()).toHaveLength(1);
    await panel.detach();
    await page.close();
    const { panel: next } = await explain(newsroom.articleUrl(newsroom.find('rhine-post', 'ecb-savers-germany-plateau')));
    await next.waitFor(`document.querySelector('article.story')?.dataset.stage === 'done'`, 20_000);
    expect(gdeltAsked()).toHaveLength(1);
    // The sources' one line says a source failed; opened, it names GDELT as paused.
    expect(await next.evaluate<string>(`document.querySelector('[data-testid=reports]')?.textContent ?? ''`)).toMatch(/source failed/);
    await next.evaluate(`document.querySelector('[data-testid=reports]').click()`);
    expect(await next.waitFor<string>(`document.querySelector('#source-status:not([hidden])')?.innerText`)).toMatch(/GDELT: failed \(paused/);
    await next.detach();
  });
});

/** Stop the extension's service worker the way Chrome does when it is idle (CDP ServiceWorker.stopAllWorkers). */
async function stopWorker(page: import('playwright-core').Page): Promise<void> {
  const session = await h.context.newCDPSession(page);
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  await session.detach();
}

describe('a worker stopped mid-job (finding 2)', () => {
  it('the story completes without a second click', async () => {
    newsroom.setFault('gdelt', { latencyMs: 2500 });
    const { page, panel } = await explain(newsroom.articleUrl(newsroom.find('pacific-tribune', 'australia-aid-philippines-typhoon')));
    await panel.waitFor(`document.querySelector('article.story')?.dataset.stage === 'searching'`, 20_000);
    await stopWorker(page);
    // Nothing else happens: no click, no message from the test. Chrome starts the worker again only
    // when something asks for it; the panel, still showing an unfinished story, does.
    await panel.waitFor(`document.querySelector('article.story')?.dataset.stage === 'done'`, 15_000);
    h.worker = h.context.serviceWorkers()[0] ?? (await h.context.waitForEvent('serviceworker'));
    await panel.detach();
    await page.close();
  });
});

/** The tab id the background keeps the view of this address under (session storage, `tab:<id>`). */
async function tabIdOf(url: string): Promise<number> {
  return h.worker.evaluate(async (u) => {
    const all = (await chrome.storage.session.get(null)) as Record<string, { url?: string }>;
    const key = Object.keys(all).find((k) => k.startsWith('tab:') && all[k]?.url === u);
    if (!key) throw new Error(`no view for ${u}`);
    return Number(key.slice(4));
  }, url);
}

describe('a worker stopped while it reads the page (issue 14: a stop at any point of a job)', () => {
  it('the story completes without a second click', async () => {
    const blocked = serveBlockedArticle(newsroom, newsroom.find('metro-daily', 'cebu-flood-survivors-kalmaegi'));
    const page = await h.context.newPage();
    pages.push(page);
    // The page's head waits on a script the newsroom holds: the read started by the click waits too.
    await page.goto(blocked.url, { waitUntil: 'commit' });
    await clickToolbar(h, page);
    const panel = await SidePanel.attach(h);
    await panel.waitFor(`document.querySelector('[data-state=working]') !== null`, 20_000);
    await stopWorker(page);
    blocked.release();
    // No click, no message from the test: before, the panel said "Reading the article…" for good.
    await panel.waitFor(`document.querySelector('article.story')?.dataset.stage === 'done'`, 15_000);
    h.worker = h.context.serviceWorkers()[0] ?? (await h.context.waitForEvent('serviceworker'));
    await panel.detach();
  });
});

describe('the panel connecting just after the last stage was written (finding 3)', () => {
  it('a read of the tab view that answers after a newer change never puts the panel back on "Reading the article…"', async () => {
    const url = newsroom.articleUrl(newsroom.find('rhine-post', 'ecb-savers-germany-plateau'));
    const { page, panel } = await explain(url);
    await panel.waitFor(`document.querySelector('article.story')?.dataset.stage === 'done'`, 20_000);
    const tabId = await tabIdOf(url);
    const story = await h.worker.evaluate(async (id) => (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as Record<string, unknown>, tabId);
    // The reader looks at another tab; meanwhile the job (as at its start) says it is reading.
    const other = await h.context.newPage();
    pages.push(other);
    await other.goto(newsroom.articleUrl(newsroom.find('globalwire', 'ecb-holds-deposit-rate-florence')));
    await other.bringToFront();
    await panel.waitFor(`document.querySelector('[data-state=idle]') !== null`);
    await h.worker.evaluate(async ([id, u]) => chrome.storage.session.set({ [`tab:${id}`]: { kind: 'working', url: u, stage: 'extracting', at: new Date().toISOString() } }), [tabId, url] as const);
    // The race, made certain: the panel's read of the view is answered only after the next change
    // (a read issued before the background's last write, whose answer arrives after that write's event).
    await panel.evaluate(`(() => {
      const area = chrome.storage.session, get = area.get.bind(area), key = 'tab:${tabId}';
      area.get = (keys, ...rest) => {
        if (keys !== key) return get(keys, ...rest);
        window.__asked = true;
        const late = new Promise((r) => { const on = (c) => { if (c[key]) { area.onChanged.removeListener(on); setTimeout(r, 0); } }; area.onChanged.addListener(on); });
        return get(keys).then((v) => late.then(() => { window.__answered = true; return v; }));
      };
      return true;
    })()`);
    await page.bringToFront();
    await panel.waitFor(`window.__asked === true`);
    await h.worker.evaluate(async ([id, v]) => chrome.storage.session.set({ [`tab:${id}`]: { ...v, at: new Date().toISOString() } }), [tabId, story] as const);
    await panel.waitFor(`window.__answered === true`);
    // The late answer ("working") has been handed to the panel; give it time to paint, were it taken
    // (a slow paint can only hide the bug, never fail a correct panel).
    await panel.evaluate(`new Promise((r) => setTimeout(() => r(true), 500))`);
    const shown = await panel.evaluate<string>(`(() => { const s = document.querySelector('article.story'); return s ? 'story:' + s.dataset.stage : document.querySelector('[data-state]')?.dataset.state; })()`);
    expect(shown).toBe('story:done');
    await panel.detach();
  });
});
