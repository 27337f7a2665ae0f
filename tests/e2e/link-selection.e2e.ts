/**
 * The context menu's link and selection paths in the real browser, through the same entry the
 * menu handler calls (the native menu cannot be clicked headless; its handler is unit-tested).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE } from '../newsroom/corpus';
import type { Newsroom } from '../newsroom/server';
import { clickToolbar, READ_STORY, SidePanel, startWithNewsroom, type Harness } from './browser';

let newsroom: Newsroom;
let h: Harness;
let panel: SidePanel;
let tabId: number;

const DONE = `(() => { const s = ${READ_STORY}; return s && s.stage === 'done' && s.happened ? s : null; })()`;

beforeAll(async () => {
  ({ newsroom, h } = await startWithNewsroom());
  const page = await h.context.newPage();
  const url = newsroom.articleUrl(newsroom.find(REFERENCE.outlet, REFERENCE.slug));
  await page.goto(url);
  await clickToolbar(h, page);
  panel = await SidePanel.attach(h);
  await panel.waitFor(DONE, 45_000);
  const session = await h.worker.evaluate(async () => chrome.storage.session.get(null));
  tabId = Number(Object.entries(session).find(([, v]) => (v as { url?: string }).url === url)![0].replace('tab:', ''));
});

afterAll(async () => {
  await panel?.detach();
  await h?.close();
  await newsroom?.stop();
});

describe('the context menu paths', () => {
  it('a link: the background fetches the linked article and explains it', async () => {
    const linked = newsroom.find('london-chronicle', 'nvidia-korea-chip-rivalry');
    await panel.evaluate(`chrome.runtime.sendMessage({ name: 'explainLink', data: { tabId: ${tabId}, url: ${JSON.stringify(newsroom.articleUrl(linked) + '?utm_source=share')} } }).then(() => true)`);
    const view = await panel.waitFor<{ headline: string; sources: { title: string }[] }>(
      `(() => { const s = ${READ_STORY}; return s && s.stage === 'done' && s.headline === ${JSON.stringify(linked.title)} ? s : null; })()`,
    );
    expect(view.sources[0]?.title).toBe(linked.title);
    expect(view.sources.length).toBeGreaterThanOrEqual(4);
    // Read in Chrome's offscreen document (the worker has no DOM), its text is the story's lead.
    const documents = await h.worker.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).map((c) => c.documentUrl));
    expect(documents).toEqual([expect.stringMatching(/\/offscreen\.html$/)]);
    const lead = await panel.waitFor<string>(`document.querySelector('[data-section=happened] .cited')?.textContent`);
    const firstSentence = (lead.split(/(?<=\.)\d*\s/)[0] ?? '').replace(/\d+$/, '').trim();
    expect([linked.dek, ...linked.body].join(' ')).toContain(firstSentence.slice(0, 40));
  });

  it('a link to a site Parallax may not read asks for access instead', async () => {
    const other = newsroom.find('market-ledger', 'nvidia-five-trillion-korea-rally');
    await panel.evaluate(`chrome.runtime.sendMessage({ name: 'explainLink', data: { tabId: ${tabId}, url: ${JSON.stringify(newsroom.articleUrl(other))} } }).then(() => true)`);
    const text = await panel.waitFor<string>(`document.querySelector('[data-state=needs-access]')?.innerText`);
    expect(text).toContain(`Parallax needs to read ${other.outlet.siteHost}`);
    expect(text).toMatch(/Allow/);
  });

  it('a selection: the selected text is explained with the page’s metadata', async () => {
    const reference = newsroom.find(REFERENCE.outlet, REFERENCE.slug);
    const selection = reference.body.filter((p) => !p.startsWith('## ')).slice(1, 3).join('\n\n');
    await panel.evaluate(`chrome.runtime.sendMessage({ name: 'explainSelection', data: { tabId: ${tabId}, text: ${JSON.stringify(selection)} } }).then(() => true)`);
    const view = await panel.waitFor<{ headline: string; happened: string; sources: unknown[] }>(DONE);
    expect(view.headline).toBe(reference.title);
    const [firstSentence = ''] = view.happened.split(/(?<=\.)\d*\s/);
    expect(selection.replace(/\s+/g, ' ')).toContain(firstSentence.replace(/\d+$/, '').trim().slice(0, 40));
  });
});
