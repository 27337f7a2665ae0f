/**
 * Following a story in real Chromium: follow the reference story from the real side panel; the
 * newsroom publishes two new articles on it (two outlets that had not covered it) and a distractor;
 * the next feed poll (its alarm fired at once) sets the toolbar badge to 1; opening the story shows
 * "Since you last read" naming exactly the two new outlets and citing only their articles.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE } from '../newsroom/corpus';
import { FOLLOW_UP_DISTRACTOR, FOLLOW_UP_STORY } from '../newsroom/follow-up';
import type { Newsroom } from '../newsroom/server';
import { clickToolbar, closePanel, patchRows, READ_STORY, SidePanel, startWithNewsroom, type Harness } from './browser';

let newsroom: Newsroom;
let h: Harness;

beforeAll(async () => {
  ({ newsroom, h } = await startWithNewsroom());
});

afterAll(async () => {
  await h?.close();
  await newsroom?.stop();
});

const DONE = `(() => { const s = ${READ_STORY}; return s && s.stage === 'done' && s.happened ? s : null; })()`;
const badge = () => h.worker.evaluate(async () => chrome.action.getBadgeText({}));

async function waitForBadge(text: string, timeoutMs = 30_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const now = await badge();
    if (now === text || Date.now() > until) return now;
    await new Promise((r) => setTimeout(r, 200));
  }
}

interface SinceView {
  outlets: string[];
  cites: string[];
  sentences: number;
  newOutletRows: string[];
}

const READ_SINCE = `(() => {
  const s = document.querySelector('[data-section=since]');
  if (!s || !s.querySelector('.cited')) return null;
  return {
    outlets: [...s.querySelectorAll('li[data-outlet]')].map((li) => li.dataset.outlet),
    cites: [...s.querySelectorAll('.cite')].map((a) => a.href),
    sentences: s.querySelectorAll('.sentence').length,
    newOutletRows: [...document.querySelectorAll('[data-testid=new-outlet]')].map((el) => el.closest('.outlet-name')?.firstChild?.textContent ?? ''),
  };
})()`;

describe('following a story', () => {
  it('the next poll after two articles on the story are published sets the badge to 1, and the update names and cites only them', async () => {
    const reference = newsroom.find(REFERENCE.outlet, REFERENCE.slug);
    const page = await h.context.newPage();
    await page.goto(newsroom.articleUrl(reference));
    await clickToolbar(h, page);
    let panel = await SidePanel.attach(h);
    await panel.waitFor(DONE, 30_000);
    await panel.evaluate(`document.querySelector('[data-testid=follow]').click(), true`);
    await panel.waitFor(`document.querySelector('[data-testid=follow]')?.getAttribute('aria-pressed') === 'true'`);
    await panel.detach();
    await closePanel(h);
    expect(await badge()).toBe('');

    // The newsroom publishes while it runs, through its endpoint on 127.0.0.1.
    for (const a of [...FOLLOW_UP_STORY, FOLLOW_UP_DISTRACTOR]) {
      const res = await fetch(`${newsroom.apiBase}/newsroom/publish`, { method: 'POST', body: JSON.stringify(a) });
      expect(res.status).toBe(201);
    }
    // The feeds are due (their last fetch an hour ago), and the poll's alarm fires now.
    await patchRows(h, [['feedState', { lastFetchAt: new Date(Date.now() - 3600_000).toISOString(), nextAttemptAt: undefined }]]);
    await h.worker.evaluate(async () => chrome.alarms.create('parallax-feeds', { when: Date.now() }));
    expect(await waitForBadge('1')).toBe('1');

    // Opening the story: Since you last read first, from the two new articles only.
    await clickToolbar(h, page);
    panel = await SidePanel.attach(h);
    await panel.waitFor(DONE, 30_000);
    const since = await panel.waitFor<SinceView>(READ_SINCE, 20_000);
    expect([...since.outlets].sort()).toEqual(['Pacific Tribune', 'Rhine Post']);
    const newUrls = FOLLOW_UP_STORY.map((a) => newsroom.articleUrl(newsroom.find(a.outlet, a.slug)));
    expect(since.sentences).toBeGreaterThan(0);
    expect(since.cites.length).toBeGreaterThanOrEqual(since.sentences);
    for (const c of since.cites) expect(newUrls).toContain(c);
    // The section comes before What's happened; new outlets are marked in What the papers say, and only they.
    const order = await panel.evaluate<string[]>(`[...document.querySelectorAll('[data-section]')].map((el) => el.dataset.section)`);
    expect(order.indexOf('since')).toBeLessThan(order.indexOf('happened'));
    expect(since.newOutletRows.length).toBeGreaterThan(0);
    for (const o of since.newOutletRows) expect(['Pacific Tribune', 'Rhine Post']).toContain(o);
    // Read: the badge is cleared.
    expect(await waitForBadge('')).toBe('');
    await panel.detach();
    await page.close();
    await closePanel(h);
  });
});
