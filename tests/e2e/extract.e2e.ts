/**
 * Reading the article in the reader's tab, in real Chromium, where the page's own styles decide what
 * is hidden. An "anti-flicker" snippet keeps `<html>` at `opacity: 0` for seconds after load (or for
 * good, when a blocker stops the testing script): the page is still an article, explained at once
 * from the toolbar and on load for a site the reader chose.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Newsroom } from '../newsroom/server';
import { newsroomSettings } from '../newsroom/settings';
import { clickToolbar, closePanel, setSettings, SidePanel, startWithNewsroom, type Harness } from './browser';

let newsroom: Newsroom;
let h: Harness;

beforeAll(async () => {
  ({ newsroom, h } = await startWithNewsroom());
});

afterAll(async () => {
  await h?.close();
  await newsroom?.stop();
});

/** Each case reads another article, so that no cached story can stand in for reading the page. */
const pageUrl = (hide: '3000' | 'never', n: number) => {
  const a = newsroom.articles[n];
  if (!a) throw new Error(`the newsroom has no article ${n}`);
  return `${newsroom.apiBase}/anti-flicker/${hide}/${a.outlet.id}/${a.slug}`;
};
const STATE = `document.querySelector('article.story') ? 'story' : document.querySelector('[data-state=not-article]')?.innerText ?? null`;
const stillHidden = `document.documentElement.classList.contains('async-hide') && getComputedStyle(document.documentElement).opacity === '0'`;

/** The tab view the background stored for the tab showing `url` (what the panel would paint). */
async function tabView(url: string): Promise<{ kind: string; reason?: string } | null> {
  return h.worker.evaluate(async (u) => {
    const [tab] = await chrome.tabs.query({ url: u });
    if (tab?.id === undefined) return null;
    const key = `tab:${tab.id}`;
    const stored = (await chrome.storage.session.get(key))[key] as { kind: string; reason?: string } | undefined;
    return stored ?? null;
  }, url);
}

async function settledView(url: string, timeoutMs = 20_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await tabView(url);
    if (v && v.kind !== 'working') return v;
    if (Date.now() > until) throw new Error(`no settled view for ${url} (last: ${JSON.stringify(v)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('an article behind an anti-flicker snippet', () => {
  for (const [n, hide] of (['3000', 'never'] as const).entries()) {
    it(`is explained at once from the toolbar (class removed ${hide === 'never' ? 'never' : 'after 3 s'})`, async () => {
      await closePanel(h);
      const page = await h.context.newPage();
      await page.goto(pageUrl(hide, n));
      // The click lands while the whole page is still transparent.
      expect(await page.evaluate(stillHidden)).toBe(true);
      await clickToolbar(h, page);
      const panel = await SidePanel.attach(h);
      expect(await panel.waitFor<string>(STATE)).toBe('story');
      expect(await tabView(page.url())).toMatchObject({ kind: 'story' });
      await panel.detach();
      await page.close();
    });
  }

  it('is explained on load on a site the reader chose, while the page is still transparent', async () => {
    await closePanel(h);
    await setSettings(h, { ...newsroomSettings(newsroom), autoExplainSites: [newsroom.apiBase] });
    for (const [n, hide] of (['never', '3000'] as const).entries()) {
      const page = await h.context.newPage();
      await page.goto(pageUrl(hide, n + 2));
      const view = await settledView(page.url());
      expect(view, `class removed ${hide}`).toMatchObject({ kind: 'story' });
      await page.close();
    }
    await setSettings(h, newsroomSettings(newsroom));
  });
});
