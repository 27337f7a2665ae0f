/**
 * Every state of the real side panel, reached against the sample newsroom, each checked with
 * axe-core (no serious or critical violation), and screenshots saved to artifacts/states/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE } from '../newsroom/corpus';
import type { Newsroom } from '../newsroom/server';
import { newsroomSettings } from '../newsroom/settings';
import { seriousViolations } from './axe';
import { clickToolbar, closePanel, READ_STORY, setSettings, SidePanel, startWithNewsroom, type Harness } from './browser';

let newsroom: Newsroom;
let h: Harness;
const SHOTS = 'artifacts/states';

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  ({ newsroom, h } = await startWithNewsroom());
});

afterAll(async () => {
  await h?.close();
  await newsroom?.stop();
});

/** Open url in a new tab, press the toolbar button, and return the real panel. */
async function explain(url: string) {
  await closePanel(h);
  const page = await h.context.newPage();
  await page.goto(url);
  await clickToolbar(h, page);
  return { page, panel: await SidePanel.attach(h) };
}

async function check(panel: SidePanel, name: string) {
  writeFileSync(`${SHOTS}/${name}.png`, await panel.screenshot());
  expect(await seriousViolations(panel), name).toEqual([]);
  // The panel itself loads nothing from anywhere but the extension.
  const foreign = await panel.evaluate<string[]>(
    `performance.getEntriesByType('resource').map((e) => e.name).filter((u) => !u.startsWith('chrome-extension://') && !u.startsWith('data:') && !u.startsWith('blob:'))`,
  );
  expect(foreign, name).toEqual([]);
}

const DONE = `(() => { const s = ${READ_STORY}; return s && s.stage === 'done' && s.happened ? s : null; })()`;

describe('panel states', () => {
  it('first run: says what is sent where, and offers feeds only', async () => {
    await setSettings(h, { ...newsroomSettings(newsroom), firstRunSeen: false });
    const { page, panel } = await explain(newsroom.articleUrl(newsroom.find(REFERENCE.outlet, REFERENCE.slug)));
    const text = await panel.waitFor<string>(`document.querySelector('[data-state=first-run]')?.innerText`);
    expect(text).toMatch(/never its address/);
    await panel.waitFor(DONE);
    await check(panel, 'first-run');
    await panel.evaluate(`[...document.querySelectorAll('[data-state=first-run] button')].find((b) => /feeds only/i.test(b.textContent)).click(), true`);
    await panel.waitFor(`!document.querySelector('[data-state=first-run]')`);
    const stored = await h.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings as { feedsOnly: boolean; firstRunSeen: boolean });
    expect(stored).toMatchObject({ feedsOnly: true, firstRunSeen: true });
    await setSettings(h, newsroomSettings(newsroom));
    await panel.detach();
    await page.close();
  });

  it('the complete story page passes the accessibility check, with citations that name their source, and no CSP violation', async () => {
    const { page, panel } = await explain(newsroom.articleUrl(newsroom.find(REFERENCE.outlet, REFERENCE.slug)));
    await panel.waitFor(DONE);
    await panel.recordCspViolations();
    await panel.waitFor(DONE);
    const cite = await panel.evaluate<{ label: string; href: string; target: string }>(
      `(() => { const a = document.querySelector('[data-section=happened] .cite'); return { label: a.getAttribute('aria-label'), href: a.href, target: a.target }; })()`,
    );
    expect(cite.label).toMatch(/^Source \d+, .+: .+/);
    expect(cite.href).toMatch(/^http:\/\/127\.0\.0\.\d+:\d+\/news\//);
    expect(cite.target).toBe('_blank');
    await check(panel, 'story');
    expect(await panel.cspViolations()).toEqual([]);
    await panel.detach();
    await page.close();
  });

  it('not an article: the reason, and "Explain anyway" works', async () => {
    const front = newsroom.siteUrl(newsroom.outlets.find((o) => o.id === 'metro-daily')!) + '/';
    const { page, panel } = await explain(front);
    const text = await panel.waitFor<string>(`document.querySelector('[data-state=not-article]')?.innerText`);
    expect(text).toMatch(/doesn't look like a news article/);
    await check(panel, 'not-article');
    await panel.evaluate(`document.querySelector('[data-state=not-article] button').click(), true`);
    await panel.waitFor(`!!document.querySelector('article.story')`);
    await panel.detach();
    await page.close();
  });

  it("can't read: browser pages get a clear message", async () => {
    const { page, panel } = await explain('chrome://version/');
    const text = await panel.waitFor<string>(`document.querySelector('[data-state=cant-read]')?.innerText`);
    expect(text).toMatch(/browser page/);
    await check(panel, 'cant-read');
    await panel.detach();
    await page.close();
  });

  it('no coverage: says so, and which sources were asked', async () => {
    const lonely = newsroom.articles.find((a) => a.slug.includes('glass-frog'))!;
    const { page, panel } = await explain(newsroom.articleUrl(lonely));
    await panel.waitFor(`document.querySelector('article.story')?.dataset.stage === 'done'`);
    const text = await panel.evaluate<string>(`document.querySelector('[data-testid=no-coverage]')?.innerText ?? ''`);
    expect(text).toMatch(/No other outlet's coverage/);
    expect(text).toMatch(/Your feeds, GDELT, Google News/);
    await check(panel, 'no-coverage');
    await panel.detach();
    await page.close();
  });

  it('offline: with the newsroom gone, a story opens from History', async () => {
    await newsroom.stop();
    const { page, panel } = await explain('data:text/html,<title>Offline</title><p>No network here.</p>');
    await panel.waitFor(`!!document.querySelector('[data-state=cant-read]')`);
    await panel.evaluate(`[...document.querySelectorAll('.toolbar button')].find((b) => b.textContent === 'History').click(), true`);
    await panel.waitFor(`document.querySelectorAll('.history-open').length > 0`);
    await check(panel, 'history');
    await panel.evaluate(
      `[...document.querySelectorAll('.history-open')].find((b) => b.textContent.includes(${JSON.stringify(newsroom.find(REFERENCE.outlet, REFERENCE.slug).title)})).click(), true`,
    );
    const view = await panel.waitFor<{ headline: string; sources: unknown[] }>(DONE);
    expect(view.headline).toBe(newsroom.find(REFERENCE.outlet, REFERENCE.slug).title);
    expect(view.sources.length).toBeGreaterThanOrEqual(4);
    await check(panel, 'offline-from-history');
    await panel.detach();
    await page.close();
  });
});
