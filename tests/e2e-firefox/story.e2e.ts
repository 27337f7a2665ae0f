/**
 * The reader's path in a real Firefox ESR: the built MV3 sidebar add-on, its event page, the
 * extraction injected into the tab, the sources on the sample newsroom, IndexedDB, and the story
 * page read from the real sidebar.
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
import { backgroundOf, backgroundRunning, closeSidebar, pressToolbarButton, sidebarOf, sidebarOpen, startFirefoxWithNewsroom, stopBackground, type FirefoxHarness } from './browser';

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

let newsroom: Newsroom;
let h: FirefoxHarness;
let reference: NewsroomArticle;
let firefoxSections: SectionsView | null = null;

beforeAll(async () => {
  ({ newsroom, h } = await startFirefoxWithNewsroom());
  reference = newsroom.find(REFERENCE.outlet, REFERENCE.slug);
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
    }
  });
});
