/**
 * The reader's path in a real Firefox ESR: the built MV3 sidebar add-on, its event page, the
 * extraction injected into the tab, the sources on the sample newsroom, IndexedDB, and the story
 * page read from the real sidebar; then around it: a link, History, Options, a private window.
 * One browser for all (a Firefox start is the slowest step), the tests in order.
 *
 * The reader's click: the add-on's button, pinned to the toolbar, pressed by native mouse events
 * sent to the browser window where the button is drawn (nsIDOMWindowUtils.sendNativeMouseEvent,
 * from chrome code): Firefox handles it like a person's click, so it grants activeTab and counts as
 * user input for sidebarAction.open(). Only the pointer is not a person's hand. The article's host
 * is not among the build's permissions, so the page can only be read through that activeTab grant.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { REFERENCE, type NewsroomArticle } from '../newsroom/corpus';
import type { Newsroom } from '../newsroom/server';
import { clickToolbar, closePanel, launchExtension, READ_SECTIONS, READ_STORY, setSettings, SidePanel } from '../e2e/browser';
import { newsroomSettings } from '../newsroom/settings';
import { allowInPrivateWindows, backgroundOf, backgroundRunning, closeSidebar, extensionTab, openPrivateWindow, pressToolbarButton, sidebarOf, sidebarOpen, startFirefoxWithNewsroom, stopBackground, type FirefoxHarness } from './browser';

interface StoryView {
  stage: string;
  headline: string;
  freshness: string;
  happened: string;
  sources: { domain: string; outlet: string; title: string; href: string }[];
  citations: number;
  sections: string[];
  topics: string[];
  papers: string[];
  uncited: string[];
}
interface SectionsView {
  headline: string;
  sections: { id: string; text: string }[];
  citations: string[];
}

const DONE = `(() => { const s = ${READ_STORY}; return s && s.stage === 'done' && s.happened ? s : null; })()`;
// Topic cards may land just after the rest of the page (a slow encyclopedia never holds it back).
const COMPLETE = `(() => { const s = ${READ_STORY}; return s && s.stage === 'done' && s.happened && s.topics.length >= 5 ? s : null; })()`;

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

let newsroom: Newsroom;
let h: FirefoxHarness;
let reference: NewsroomArticle;
let firefoxSections: SectionsView | null = null;

beforeAll(async () => {
  ({ newsroom, h } = await startFirefoxWithNewsroom());
  reference = newsroom.find(REFERENCE.outlet, REFERENCE.slug);
  // A failing feed, for Options to show as failing (the same in the Chromium run compared below).
  newsroom.setFault('feed:rhine-post', { status: 503 });
});

afterAll(async () => {
  await h?.close();
  await newsroom?.stop();
});

async function openReference(): Promise<Page> {
  const page = await h.browser.newPage();
  await page.goto(newsroom.articleUrl(reference));
  return page;
}

describe('explaining a story in Firefox', () => {
  it('a press on the toolbar button reads the page through activeTab and the sidebar shows the story page', async () => {
    const page = await openReference();
    const granted = await backgroundOf(h).evaluate<boolean>(`browser.permissions.contains({ origins: ['http://${reference.outlet.siteHost}/*'] })`);
    expect(granted).toBe(false);

    await pressToolbarButton(h, page);
    const sidebar = sidebarOf(h);
    const view = await sidebar.waitFor<StoryView>(COMPLETE, 30_000);
    expect(view.headline).toBe(reference.title);
    expect(view.happened.length).toBeGreaterThan(80);
    expect(view.citations).toBeGreaterThanOrEqual(3);
    expect(view.sections).toEqual(expect.arrayContaining(['happened', 'behind', 'papers', 'background', 'questions', 'topics', 'sources']));
    expect(view.uncited).toEqual([]);
    expect(new Set(view.papers).size).toBeGreaterThanOrEqual(4);
    for (const name of ['Jensen Huang', 'Nvidia', 'South Korea', 'Lee Jae-myung', 'Samsung']) expect(view.topics).toContain(name);
    // The sources were asked by the event page, over real HTTP on loopback.
    expect(newsroom.requests.some((r) => r.target !== 'site')).toBe(true);
    firefoxSections = await sidebar.evaluate<SectionsView>(READ_SECTIONS);
    // The shortcut is registered in Firefox too (a clash would leave it unassigned without an error).
    const commands = await backgroundOf(h).evaluate<{ name: string; shortcut?: string }[]>('browser.commands.getAll()');
    expect(commands.find((c) => c.name === '_execute_action')?.shortcut).toBe('Ctrl+Shift+E');
    await page.close();
    await closeSidebar(h);
    expect(await sidebarOpen(h)).toBe(false);
  });

  it('renders the same story page as Chromium, section by section, with the same citations', async () => {
    expect(firefoxSections, 'the first test read the Firefox page').not.toBeNull();
    // The same newsroom, the same article, in the Chromium build (a genuine toolbar click there).
    const chromium = await launchExtension();
    try {
      await setSettings(chromium, newsroomSettings(newsroom));
      const page = await chromium.context.newPage();
      await page.goto(newsroom.articleUrl(reference));
      await clickToolbar(chromium, page);
      const panel = await SidePanel.attach(chromium);
      await panel.waitFor<StoryView>(COMPLETE, 30_000);
      const inChromium = await panel.evaluate<SectionsView>(READ_SECTIONS);
      await panel.detach();
      await closePanel(chromium);
      expect(inChromium.sections.map((s) => s.id)).toContain('happened');
      expect(inChromium.citations.length).toBeGreaterThanOrEqual(3);
      expect(firefoxSections).toEqual(inChromium);
    } finally {
      await chromium.close();
    }
  });

  it('after the event page has stopped, a press wakes it and the story comes from the cache with every source refusing', async () => {
    await stopBackground(h);
    expect(await backgroundRunning(h)).toBe(false);
    newsroom.setFault('sources', { refuse: true });
    const before = newsroom.requests.length;
    try {
      const page = await openReference();
      await pressToolbarButton(h, page);
      // The press opened the sidebar again (sidebarAction.open() from the click handler).
      const view = await sidebarOf(h).waitFor<StoryView>(DONE, 20_000);
      expect(await backgroundRunning(h)).toBe(true);
      expect(view.headline).toBe(reference.title);
      expect(view.freshness).toMatch(/Updated (just now|\d+ min ago)/);
      expect(new Set(view.papers).size).toBeGreaterThanOrEqual(4);
      // The article itself was read again; no source was asked.
      expect(newsroom.requests.slice(before).filter((r) => r.target !== 'site')).toEqual([]);
      await page.close();
    } finally {
      newsroom.clearFaults();
      newsroom.setFault('feed:rhine-post', { status: 503 });
    }
  });
});

describe('History, Options and a private window in Firefox', () => {
  it("a link, through the context menu's entry: the event page fetches the page and reads it with its own DOM", async () => {
    // The native context menu cannot be clicked headless: the sidebar sends what its handler sends.
    // No press on this page first: its own job could still be writing the tab's view when the link's
    // arrives. The tab is the sidebar window's active one (just brought to front), found as the
    // sidebar finds it (no permission shows its address).
    const page = await openReference();
    await page.bringToFront();
    const sidebar = sidebarOf(h);
    const tabId = await sidebar.waitFor<number>(
      `browser.windows.getCurrent().then((w) => browser.tabs.query({ active: true, windowId: w.id })).then(([t]) => t && t.id)`,
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
    await page.close();
  });

  it('History lists the story explained, and opens it from the cache', async () => {
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
    }
  });

  it("Options opens from the sidebar, shows every feed with its status, and offers no Chrome model", async () => {
    // An article stays open in this window: Options then opens in a tab of its own, and the window
    // outlives that tab (Firefox closes the add-on's tabs when it reloads it, below).
    await openReference();
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
    // The page shows the stored value only once storage's change reaches it: a click before then would
    // toggle the box from its old state and write true again.
    await options.waitFor(`[...document.querySelectorAll('label')].find((l) => /Feeds only/.test(l.textContent))?.querySelector('input')?.checked === true`);
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
