/** Browsing inside the real side panel: related stories and sources, back and forward, since you last read. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE } from '../newsroom/corpus';
import type { Newsroom } from '../newsroom/server';
import { ageCache, clickToolbar, READ_STORY, SidePanel, startWithNewsroom, type Harness } from './browser';

let newsroom: Newsroom;
let h: Harness;
const DONE = `(() => { const s = ${READ_STORY}; return s && s.stage === 'done' && s.happened ? s : null; })()`;

beforeAll(async () => {
  ({ newsroom, h } = await startWithNewsroom());
});

afterAll(async () => {
  await h?.close();
  await newsroom?.stop();
});

describe('inside the panel', () => {
  it('since you last read: coverage that appeared since is shown first', async () => {
    const herald = newsroom.find('seoul-herald', 'sovereign-ai-gpu-deal-grid');
    // First visit: the Seoul Herald's piece cannot be found (its feed fails, search is down).
    newsroom.setFault('gdelt', { refuse: true });
    newsroom.setFault('gnews', { refuse: true });
    newsroom.setFault('feed:seoul-herald', { status: 500 });
    const page = await h.context.newPage();
    await page.goto(newsroom.articleUrl(newsroom.find(REFERENCE.outlet, REFERENCE.slug)));
    await clickToolbar(h, page);
    const panel = await SidePanel.attach(h);
    const first = await panel.waitFor<{ sources: { title: string }[] }>(DONE);
    expect(first.sources.map((s) => s.title)).not.toContain(herald.title);
    await panel.detach();
    // Two hours later, everything answers again.
    newsroom.clearFaults();
    await ageCache(h, 2);
    await clickToolbar(h, page);
    const again = await SidePanel.attach(h);
    const since = await again.waitFor<string>(`document.querySelector('[data-section=since]')?.innerText`, 30_000);
    expect(since).toMatch(/Since you last read \(2 h ago\)/);
    expect(since).toContain(herald.title);
    await again.detach();
    // The article's tab stays open: the next tests browse from its page.
  });

  it('a source row expands to that article’s own summary, saying where it came from', async () => {
    const panel = await SidePanel.attach(h);
    await panel.waitFor(DONE);
    const chronicle = newsroom.find('london-chronicle', 'nvidia-korea-chip-rivalry');
    const ledger = newsroom.find('market-ledger', 'nvidia-five-trillion-korea-rally');
    const expand = (title: string) =>
      panel.evaluate(
        `(() => { const li = [...document.querySelectorAll('[data-testid=sources] li')].find((l) => l.querySelector('.source-title').textContent === ${JSON.stringify(title)}); li.querySelector('details summary').click(); return true; })()`,
      );
    const read = (title: string) =>
      panel.waitFor<string>(
        `(() => { const li = [...document.querySelectorAll('[data-testid=sources] li')].find((l) => l.querySelector('.source-title').textContent === ${JSON.stringify(title)}); const t = li.querySelector('details p')?.innerText ?? ''; return /from/.test(t) ? t : ''; })()`,
      );
    await expand(chronicle.title);
    // The build may read this outlet's site (as if the reader allowed it): its own article.
    const own = await read(chronicle.title);
    expect(own).toMatch(/\(from the article\)/);
    // The article's own words, read from its page (in Chrome's offscreen document).
    expect([chronicle.dek, ...chronicle.body].join(' ')).toContain(own.replace(/\s*\(from the article\)[\s\S]*$/, '').trim().slice(0, 40));
    await expand(ledger.title);
    expect(await read(ledger.title)).toMatch(/from its feed or search snippet/);
    await panel.detach();
  });

  it('a related story opens as its own page in the panel, with back and forward', async () => {
    const panel = await SidePanel.attach(h);
    const reference = newsroom.find(REFERENCE.outlet, REFERENCE.slug);
    const related = await panel.waitFor<string>(`document.querySelector('.related-open')?.textContent`);
    expect(related).toBeTruthy();
    await panel.evaluate(`document.querySelector('.related-open').click(), true`);
    const opened = await panel.waitFor<{ headline: string }>(`(() => { const s = ${READ_STORY}; return s && s.headline === ${JSON.stringify(related)} ? s : null; })()`);
    expect(opened.headline).toBe(related);
    await panel.evaluate(`document.querySelector('[aria-label=Back]').click(), true`);
    await panel.waitFor(`(() => { const s = ${READ_STORY}; return s && s.headline === ${JSON.stringify(reference.title)}; })()`);
    await panel.evaluate(`document.querySelector('[aria-label=Forward]').click(), true`);
    await panel.waitFor(`(() => { const s = ${READ_STORY}; return s && s.headline === ${JSON.stringify(related)}; })()`);
    await panel.detach();
  });
});
