/** The options page in real Chromium: sources with their status, privacy mode, the cache, diagnostics. */
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE } from '../newsroom/corpus';
import type { Newsroom } from '../newsroom/server';
import { clickToolbar, READ_STORY, SidePanel, startWithNewsroom, type Harness } from './browser';

let newsroom: Newsroom;
let h: Harness;

beforeAll(async () => {
  ({ newsroom, h } = await startWithNewsroom());
  newsroom.setFault('feed:rhine-post', { status: 503 });
  // Explain once so the feeds have a status to show.
  const page = await h.context.newPage();
  await page.goto(newsroom.articleUrl(newsroom.find(REFERENCE.outlet, REFERENCE.slug)));
  await clickToolbar(h, page);
  const panel = await SidePanel.attach(h);
  await panel.waitFor(`(() => { const s = ${READ_STORY}; return s && s.stage === 'done'; })()`);
  await panel.detach();
});

afterAll(async () => {
  await h?.close();
  await newsroom?.stop();
});

describe('options page', () => {
  it('shows every feed with its status, a failing one as failing, and passes the accessibility check', async () => {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/options.html`);
    await page.getByRole('heading', { name: 'Your feeds' }).waitFor();
    const rows = page.locator('.feed-list li.feed');
    await expect.poll(() => rows.count()).toBe(newsroom.outlets.length);
    await expect.poll(() => page.locator('.feed.failing').count()).toBe(1);
    expect(await page.locator('.feed.failing').innerText()).toMatch(/Rhine Post[\s\S]*failing \(HTTP 503\), next try at/);
    expect(await rows.first().innerText()).toMatch(/ok, \d+ items, checked/);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await page.close();
  });

  it('feeds-only mode switches the search sources off and survives clearing the cache', async () => {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/options.html`);
    const feedsOnly = page.getByLabel(/Feeds only/);
    await feedsOnly.click();
    await expect.poll(() => feedsOnly.isChecked()).toBe(true);
    await expect.poll(() => page.locator('.source-setting input[type=checkbox]:disabled').count()).toBe(3);
    page.on('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Clear the cache' }).click();
    await expect.poll(() => page.locator('#cache + p').innerText()).toMatch(/^0 stories/);
    const stored = await h.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings as { feedsOnly: boolean });
    expect(stored.feedsOnly).toBe(true);
    await feedsOnly.click();
    await expect.poll(() => feedsOnly.isChecked()).toBe(false);
    await page.close();
  });

  it('rejects an address that is not a feed URL, and copies diagnostics without content', async () => {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/options.html`);
    await page.getByLabel('Add a feed by its address').fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Add feed' }).click();
    await expect.poll(() => page.locator('.message').innerText()).toMatch(/not a web address/);
    // Headless Chromium has no clipboard to read back: record what the page writes to it.
    await page.evaluate(() => {
      Object.defineProperty(navigator.clipboard, 'writeText', { value: async (t: string) => void ((window as unknown as { copied: string }).copied = t) });
    });
    // Diagnostics live under Advanced, closed until opened.
    expect(await page.getByRole('button', { name: 'Copy diagnostics' }).isVisible()).toBe(false);
    await page.locator('details.advanced > summary').click();
    await page.getByRole('button', { name: 'Copy diagnostics' }).click();
    await expect.poll(() => page.getByText('Copied.').count()).toBe(1);
    const text = await page.evaluate(() => (window as unknown as { copied: string }).copied);
    const report = JSON.parse(text);
    expect(report.parallax).toBe('0.1.0');
    expect(report.settings.sources.feeds.list.length).toBe(newsroom.outlets.length);
    expect(text).not.toContain(newsroom.find(REFERENCE.outlet, REFERENCE.slug).title);
    await page.close();
  });
});
