/**
 * The panel and Options as a reader sees them, photographed in real Chromium at the side panel's
 * 360 px and at 320 px, light and dark, with a frozen clock and fixed data: the reference story
 * (its top, What the papers say, More on these topics), the not-an-article view, History, Options.
 *
 * The gate is the layout (no horizontal overflow, no label broken into fragments, the lead and
 * What's happened on the first screen, computed font sizes at the design size, axe clean). Beside
 * it, each photograph is compared with the committed one in tests/e2e/screenshots/ at TOLERANCE.
 * `npm run screenshots` rewrites them when a change is meant; a different Chromium version than the
 * one recorded in screenshots/chromium.txt rewrites them too (fonts and anti-aliasing move with it)
 * instead of failing.
 */
import AxeBuilder from '@axe-core/playwright';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE } from '../newsroom/corpus';
import type { Newsroom } from '../newsroom/server';
import { clickToolbar, closePanel, patchRows, READ_STORY, SidePanel, startWithNewsroom, storedStories, type Harness } from './browser';
import { measureLayout, pixelDifference } from './layout';

const DIR = 'tests/e2e/screenshots';
const VERSION_FILE = `${DIR}/chromium.txt`;
/** Share of pixels allowed to differ by more than 24/255 in a channel: a line of text moving fails it. */
const TOLERANCE = 0.005;
const HEIGHT = 800;
/** The story was last updated at STORED; the panel's clock reads NOW: "Updated 12 min ago". */
const STORED = '2025-11-01T09:00:00.000Z';
const NOW = '2025-11-01T09:12:00.000Z';
/** The design sizes the stylesheet promises (style.css, --fs-*). */
const DESIGN = { body: '14px', prose: '16px', headline: '22px', section: '13px' };

let newsroom: Newsroom;
let h: Harness;
let storyId: string;
let regenerate = false;
const written: string[] = [];
const compared: { name: string; diff: number }[] = [];

beforeAll(async () => {
  mkdirSync(DIR, { recursive: true });
  ({ newsroom, h } = await startWithNewsroom());
  const version = h.context.browser()?.version() ?? 'unknown';
  const recorded = existsSync(VERSION_FILE) ? readFileSync(VERSION_FILE, 'utf8').trim() : '';
  regenerate = process.env.UPDATE_SCREENSHOTS === '1' || recorded !== version;
  if (regenerate) {
    console.log(`screenshots: ${recorded ? `recorded with Chromium ${recorded}, running ${version}` : 'none recorded'}; writing them anew`);
    writeFileSync(VERSION_FILE, `${version}\n`);
  }
  // The reference story, explained for real, then its times fixed.
  const page = await h.context.newPage();
  const reference = newsroom.find(REFERENCE.outlet, REFERENCE.slug);
  await page.goto(newsroom.articleUrl(reference));
  await clickToolbar(h, page);
  const panel = await SidePanel.attach(h);
  await panel.waitFor(`(() => { const s = ${READ_STORY}; return s && s.stage === 'done' && s.topics.length >= 5; })()`, 40_000);
  await panel.detach();
  await page.close();
  await closePanel(h);
  const rows = await storedStories<{ id: string; title: string }>(h);
  storyId = rows.find((r) => r.title === reference.title)!.id;
  await patchRows(h, [['stories', { coverageAt: STORED, updatedAt: STORED, lastOpenedAt: STORED, createdAt: STORED }]]);
}, 120_000);

afterAll(async () => {
  if (written.length) console.log(`screenshots written: ${written.length} (${DIR})`);
  if (compared.length) console.log(`screenshots compared: ${compared.map((c) => `${c.name} ${(c.diff * 100).toFixed(2)}%`).join(', ')}`);
  await h?.close();
  await newsroom?.stop();
});

/** The panel opened in a tab of the given size and scheme, its clock frozen, showing `view` as its tab's view. */
async function panelPage(width: number, scheme: 'light' | 'dark', view: Record<string, unknown>): Promise<Page> {
  const page = await h.context.newPage();
  await page.setViewportSize({ width, height: HEIGHT });
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  await page.clock.setFixedTime(new Date(NOW));
  await page.goto(`chrome-extension://${h.extensionId}/sidepanel.html`);
  // Every section at its default state.
  await page.evaluate(() => localStorage.removeItem('parallax:sections'));
  await page.reload();
  await page.bringToFront();
  await page.evaluate(async (v) => {
    const tab = await chrome.tabs.getCurrent();
    await chrome.storage.session.set({ [`tab:${tab!.id}`]: { ...v, at: new Date().toISOString() } });
  }, view);
  return page;
}

/** Photograph `height` px of the page from `top`, and compare or write it. */
async function shoot(page: Page, name: string, top = 0) {
  const layoutHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  const y = Math.max(0, Math.min(top, layoutHeight - HEIGHT));
  // The newsroom's port changes every run: the lines that show its addresses are masked.
  const png = await page.screenshot({ mask: [page.locator('.always-explain, .feed-url')], maskColor: 'rgba(128, 128, 128, 0.3)', fullPage: true, clip: { x: 0, y, width: page.viewportSize()!.width, height: Math.min(HEIGHT, layoutHeight - y) } });
  const file = `${DIR}/${name}.png`;
  if (regenerate || !existsSync(file)) {
    writeFileSync(file, png);
    written.push(name);
    return;
  }
  const diff = await pixelDifference(page, png, readFileSync(file));
  compared.push({ name, diff });
  if (diff > TOLERANCE) writeFileSync(`artifacts/${name}.actual.png`, png);
  expect(diff, `${name} differs from ${file} in ${(diff * 100).toFixed(2)}% of its pixels (tolerance ${TOLERANCE * 100}%; artifacts/${name}.actual.png; \`npm run screenshots\` if meant)`).toBeLessThanOrEqual(TOLERANCE);
}

async function gate(page: Page, name: string) {
  const layout = await measureLayout(page);
  expect(layout.overflowX, `${name}: horizontal overflow`).toBe(0);
  expect(layout.fragments, `${name}: labels broken across lines`).toEqual([]);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), name).toEqual([]);
  return layout;
}

const rect = (page: Page, selector: string) =>
  page.evaluate((s) => {
    const r = document.querySelector(s)?.getBoundingClientRect();
    return r ? { top: r.top + scrollY, bottom: r.bottom + scrollY } : null;
  }, selector);

describe('sections', () => {
  it('open and close from their heading, and stay as the reader left them', async () => {
    const page = await panelPage(360, 'light', { kind: 'story', url: 'https://example.org/story', storyId });
    const behind = page.locator('[data-section=behind] .section-toggle');
    await behind.waitFor();
    expect(await behind.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('[data-section=behind] .section-body').isVisible()).toBe(false);
    await behind.click();
    expect(await behind.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('[data-section=behind] .theme').first().isVisible()).toBe(true);
    await page.reload();
    await page.evaluate(async (v) => {
      const tab = await chrome.tabs.getCurrent();
      await chrome.storage.session.set({ [`tab:${tab!.id}`]: { ...v, at: new Date().toISOString() } });
    }, { kind: 'story', url: 'https://example.org/story', storyId });
    await page.locator('[data-section=behind] .section-toggle[aria-expanded=true]').waitFor();
    // The sources' one line opens their status, and "List every report" opens the Sources section.
    await page.getByTestId('reports').click();
    await page.getByRole('button', { name: 'List every report' }).click();
    expect(await page.locator('[data-section=sources] .section-toggle').getAttribute('aria-expanded')).toBe('true');
    await page.evaluate(() => localStorage.removeItem('parallax:sections'));
    await page.close();
  });
});

for (const scheme of ['light', 'dark'] as const) {
  for (const width of [360, 320]) {
    describe(`${scheme}, ${width} px`, () => {
      it('the reference story: the lead and What\'s happened first, prose at the design size, nothing broken or overflowing', async () => {
        const page = await panelPage(width, scheme, { kind: 'story', url: 'https://example.org/story', storyId });
        await page.locator('article.story[data-stage=done] [data-section=topics]').waitFor();
        await page.evaluate(() => document.fonts.ready);
        const fonts = await page.evaluate(() => {
          const size = (s: string) => (document.querySelector(s) ? getComputedStyle(document.querySelector(s)!).fontSize : 'missing');
          return {
            body: size('body'),
            prose: size('[data-section=happened] .cited'),
            headline: size('.headline'),
            section: size('.section-title'),
            family: getComputedStyle(document.querySelector('[data-section=happened] .cited')!).fontFamily,
          };
        });
        expect({ body: fonts.body, prose: fonts.prose, headline: fonts.headline, section: fonts.section }).toEqual(DESIGN);
        expect(fonts.family).toMatch(/serif/);
        const layout = await gate(page, `story-${scheme}-${width}`);
        await shoot(page, `story-top-${scheme}-${width}`);
        await shoot(page, `story-papers-${scheme}-${width}`, (await rect(page, '[data-section=papers]'))!.top - 48);
        await shoot(page, `story-topics-${scheme}-${width}`, (await rect(page, '[data-section=topics]'))!.top - 48);

        const lead = await rect(page, '.story-head');
        const happened = await rect(page, '[data-section=happened] .cited');
        expect(lead!.bottom).toBeLessThanOrEqual(HEIGHT);
        expect(happened!.top).toBeLessThan(HEIGHT);
        if (width === 360) {
          // The goals: What's happened whole and the papers' summary begun on the first screen; at most four screens.
          const papers = await rect(page, '[data-section=papers] .section-body > .cited');
          console.log(`story ${scheme} 360: lead ends ${Math.round(lead!.bottom)} px, What's happened ends ${Math.round(happened!.bottom)} px, papers' summary starts ${Math.round(papers!.top)} px, page ${layout.pageHeight} px (${(layout.pageHeight / HEIGHT).toFixed(2)} screens)`);
          expect(happened!.bottom).toBeLessThanOrEqual(HEIGHT);
          expect(papers!.top).toBeLessThan(HEIGHT - 40);
          expect(layout.pageHeight).toBeLessThanOrEqual(4 * HEIGHT);
        }
        await page.close();
      });

      it('not an article: what the page seems to be, why, and what to do', async () => {
        const page = await panelPage(width, scheme, {
          kind: 'not-article',
          url: 'https://www.metro-daily.example/',
          title: 'Metro Daily — news, sport and weather from the city',
          reason: 'This page looks like a list of articles rather than one article.',
        });
        await page.locator('[data-state=not-article]').waitFor();
        const text = await page.locator('[data-state=not-article]').innerText();
        expect(text).toMatch(/A list of stories\s*·\s*www\.metro-daily\.example/i);
        expect(text).toMatch(/Metro Daily — news, sport and weather/);
        expect(text).toMatch(/Explain anyway/);
        expect(text).toMatch(/right-click its link/);
        expect(text).toMatch(/A passage/);
        await gate(page, `not-article-${scheme}-${width}`);
        await shoot(page, `not-article-${scheme}-${width}`);
        await page.close();
      });

      it('History', async () => {
        const page = await panelPage(width, scheme, { kind: 'story', url: 'https://example.org/story', storyId });
        // Once the panel follows its tab (which resets where it has browsed), open History.
        await page.locator('article.story').waitFor();
        await page.getByRole('button', { name: 'History', exact: true }).click();
        await page.locator('.history-open').first().waitFor();
        await gate(page, `history-${scheme}-${width}`);
        await shoot(page, `history-${scheme}-${width}`);
        await page.close();
      });

      it('Options: the reader\'s choices first, the engine\'s status, addresses under Advanced', async () => {
        const page = await h.context.newPage();
        await page.setViewportSize({ width, height: HEIGHT });
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
        await page.clock.setFixedTime(new Date(NOW));
        await page.goto(`chrome-extension://${h.extensionId}/options.html`);
        await page.getByRole('heading', { name: 'Your feeds' }).waitFor();
        const headings = await page.locator('main h2').allInnerTexts();
        expect(headings.slice(0, 3)).toEqual(['Privacy', 'How stories are written', 'Your feeds']);
        expect(headings.at(-1)).toBe('Advanced');
        expect(await page.getByLabel('GDELT news search address').isVisible()).toBe(false);
        expect(await page.getByTestId('engine-status').innerText()).toMatch(/In use/);
        const select = await page.evaluate(() => {
          const s = getComputedStyle(document.querySelector('select')!);
          return { bg: s.backgroundColor, fg: s.color, body: getComputedStyle(document.body).backgroundColor, size: s.fontSize };
        });
        // The select takes the page's colours (not a light-grey native bar in dark mode).
        expect(select.bg).toBe(select.body);
        expect(select.size).toBe(DESIGN.body);
        await gate(page, `options-${scheme}-${width}`);
        await shoot(page, `options-${scheme}-${width}`);
        await page.close();
      });
    });
  }
}
