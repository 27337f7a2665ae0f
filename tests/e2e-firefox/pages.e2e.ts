/**
 * Around the story page in a real Firefox ESR: History in the sidebar, the Options page the
 * sidebar opens, and a private window. The reader's press is a native click on the toolbar button
 * (see story.e2e.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { REFERENCE } from '../newsroom/corpus';
import type { Newsroom } from '../newsroom/server';
import { READ_STORY } from '../e2e/browser';
import { allowInPrivateWindows, backgroundOf, extensionTab, openPrivateWindow, pressToolbarButton, sidebarOf, startFirefoxWithNewsroom, type FirefoxHarness } from './browser';

let newsroom: Newsroom;
let h: FirefoxHarness;

const DONE = `(() => { const s = ${READ_STORY}; return s && s.stage === 'done' && s.happened ? s : null; })()`;
/** The titles of the stories kept in the add-on's IndexedDB, read from the event page. */
const STORED_TITLES = `new Promise((resolve) => {
  const open = indexedDB.open('parallax');
  open.onerror = () => resolve(null);
  open.onsuccess = () => {
    const db = open.result;
    const all = db.transaction('stories').objectStore('stories').getAll();
    all.onsuccess = () => { resolve(all.result.map((s) => s.article.title)); db.close(); };
  };
})`;
const clickButton = (label: string) => `(() => { const b = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(label)}); b?.click(); return !!b; })()`;

beforeAll(async () => {
  ({ newsroom, h } = await startFirefoxWithNewsroom());
  newsroom.setFault('feed:rhine-post', { status: 503 });
  const page = await h.browser.newPage();
  await page.goto(newsroom.articleUrl(newsroom.find(REFERENCE.outlet, REFERENCE.slug)));
  await pressToolbarButton(h, page);
  await sidebarOf(h).waitFor(DONE, 30_000);
});

afterAll(async () => {
  await h?.close();
  await newsroom?.stop();
});

describe('History, Options and a private window in Firefox', () => {
  it("a link, through the context menu's entry: the event page fetches the page and reads it with its own DOM", async () => {
    // The native context menu cannot be clicked headless: the sidebar sends what its handler sends.
    const sidebar = sidebarOf(h);
    const url = newsroom.articleUrl(newsroom.find(REFERENCE.outlet, REFERENCE.slug));
    const tabId = await sidebar.evaluate<number>(
      `browser.storage.session.get(null).then((all) => Number(Object.entries(all).find(([, v]) => v && v.url === ${JSON.stringify(url)})[0].replace('tab:', '')))`,
    );
    const linked = newsroom.find('london-chronicle', 'nvidia-korea-chip-rivalry');
    await sidebar.evaluate(`browser.runtime.sendMessage({ name: 'explainLink', data: { tabId: ${tabId}, url: ${JSON.stringify(newsroom.articleUrl(linked))} } }).then(() => true)`);
    const view = await sidebar.waitFor<{ headline: string; sources: { title: string }[] }>(
      `(() => { const s = ${READ_STORY}; return s && s.stage === 'done' && s.headline === ${JSON.stringify(linked.title)} ? s : null; })()`,
      30_000,
    );
    expect(view.sources[0]?.title).toBe(linked.title);
    expect(view.sources.length).toBeGreaterThanOrEqual(4);
    const lead = await sidebar.waitFor<string>(`document.querySelector('[data-section=happened] .cited')?.textContent`);
    const firstSentence = (lead.split(/(?<=\.)\d*\s/)[0] ?? '').replace(/\d+$/, '').trim();
    expect([linked.dek, ...linked.body].join(' ')).toContain(firstSentence.slice(0, 40));
  });

  it('History lists the story explained, and opens it from the cache', async () => {
    const reference = newsroom.find(REFERENCE.outlet, REFERENCE.slug);
    const sidebar = sidebarOf(h);
    expect(await sidebar.evaluate<boolean>(clickButton('History'))).toBe(true);
    const titles = await sidebar.waitFor<string[]>(`(() => { const t = [...document.querySelectorAll('.history-title')].map((e) => e.textContent); return t.length ? t : null; })()`);
    expect(titles).toContain(reference.title);
    newsroom.setFault('sources', { refuse: true });
    try {
      const opened = await sidebar.evaluate<boolean>(
        `(() => { const b = [...document.querySelectorAll('.history-open')].find((b) => b.querySelector('.history-title')?.textContent === ${JSON.stringify(reference.title)}); b?.click(); return !!b; })()`,
      );
      expect(opened).toBe(true);
      const view = await sidebar.waitFor<{ headline: string; papers: string[] }>(DONE);
      expect(view.headline).toBe(reference.title);
      expect(new Set(view.papers).size).toBeGreaterThanOrEqual(4);
    } finally {
      newsroom.clearFaults();
      newsroom.setFault('feed:rhine-post', { status: 503 });
    }
  });

  it("Options opens from the sidebar, shows every feed with its status, and offers no Chrome model", async () => {
    expect(await sidebarOf(h).evaluate<boolean>(clickButton('Options'))).toBe(true);
    const options = extensionTab(h, '/options.html');
    // Every feed listed, each with the status of the poll the story made (statuses load a moment later).
    const feeds = await options.waitFor<string[]>(`(() => { const f = [...document.querySelectorAll('.feed-list li.feed')].map((li) => li.textContent); return f.length === ${newsroom.outlets.length} && f.every((t) => /failing|ok,/.test(t)) ? f : null; })()`);
    expect(feeds.filter((f) => /failing \(HTTP 503\)/.test(f))).toEqual([expect.stringMatching(/Rhine Post/)]);
    expect(feeds.filter((f) => /ok, \d+ items, checked/.test(f)).length).toBe(newsroom.outlets.length - 1);
    // Firefox has no built-in model (no LanguageModel): Options must not offer one.
    const engines = await options.evaluate<string[]>(`[...document.querySelectorAll('select option')].map((o) => o.textContent)`);
    expect(engines).toContain('Anthropic (Claude)');
    expect(engines.filter((e) => /built-in/i.test(e))).toEqual([]);
    // A setting changed there reaches the add-on's storage.
    expect(await options.evaluate<boolean>(`(() => { const c = [...document.querySelectorAll('label')].find((l) => /Feeds only/.test(l.textContent))?.querySelector('input'); c?.click(); return !!c; })()`)).toBe(true);
    await backgroundOf(h).waitFor(`browser.storage.local.get('settings').then((r) => r.settings.feedsOnly === true)`);
    await options.evaluate(`(() => { [...document.querySelectorAll('label')].find((l) => /Feeds only/.test(l.textContent)).querySelector('input').click(); return true; })()`);
    await backgroundOf(h).waitFor(`browser.storage.local.get('settings').then((r) => r.settings.feedsOnly === false)`);
  });

  it('in a private window the story is shown but kept nowhere', async () => {
    // As a reader allows it in about:addons (Firefox reloads the add-on, its storage kept).
    await allowInPrivateWindows(h);
    const before = await backgroundOf(h).evaluate<string[]>(STORED_TITLES);
    expect(before.length).toBeGreaterThan(0);
    const window = await openPrivateWindow(h);
    let tab: Page | undefined;
    for (let i = 0; i < 50 && !tab; i++) {
      tab = (await h.browser.pages()).find((p) => p.url() === 'about:privatebrowsing');
      if (!tab) await new Promise((r) => setTimeout(r, 100));
    }
    if (!tab) throw new Error(`the private window's tab did not appear: ${(await h.browser.pages()).map((p) => p.url()).join(', ')}`);
    const other = newsroom.find('globalwire', 'lee-huang-gyeongju-meeting');
    await tab.goto(newsroom.articleUrl(other));
    await pressToolbarButton(h, tab, window);
    const sidebar = sidebarOf(h, window);
    const view = await sidebar.waitFor<{ headline: string }>(DONE, 30_000);
    expect(view.headline).toBe(other.title);
    expect(await sidebar.evaluate<string>('document.body.textContent')).toContain('Private window: this story is not kept in your history or cache.');
    expect(await backgroundOf(h).evaluate<string[]>(STORED_TITLES)).toEqual(before);
    await tab.close();
  });
});
