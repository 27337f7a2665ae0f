/**
 * An OpenAI-compatible engine configured against the newsroom's endpoint (which speaks the
 * chat-completions wire protocol with SSE streaming) writes a validated page in real Chromium.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEWSROOM_AI_KEY } from '../newsroom/ai';
import { REFERENCE } from '../newsroom/corpus';
import { startNewsroom, type Newsroom } from '../newsroom/server';
import { newsroomSettings } from '../newsroom/settings';
import { DEFAULT_AI_SETTINGS } from '../../utils/settings/defaults';
import { clickToolbar, launchExtension, READ_STORY, setSettings, SidePanel, type Harness } from './browser';

let newsroom: Newsroom;
let h: Harness;

beforeAll(async () => {
  newsroom = await startNewsroom();
  h = await launchExtension();
});

afterAll(async () => {
  await h?.close();
  await newsroom?.stop();
});

async function explainWith(model: string, key: string) {
  await setSettings(h, {
    ...newsroomSettings(newsroom),
    ai: { ...DEFAULT_AI_SETTINGS, engine: 'openai', openai: { baseUrl: `${newsroom.apiBase}/ai/openai/v1`, model, responseFormat: 'json_schema' } },
  });
  await h.worker.evaluate(async (k) => chrome.storage.local.set({ 'aiKey:openai': k }), key);
  await h.worker.evaluate(async () => {
    // Each case starts from no cached story.
    const req = indexedDB.deleteDatabase('parallax');
    await new Promise((r) => (req.onsuccess = req.onerror = req.onblocked = r));
  });
  const page = await h.context.newPage();
  await page.goto(newsroom.articleUrl(newsroom.find(REFERENCE.outlet, REFERENCE.slug)));
  await clickToolbar(h, page);
  return { page, panel: await SidePanel.attach(h) };
}

describe('an OpenAI-compatible engine', () => {
  it('writes the page, validated and cited, with the key sent only to that endpoint', async () => {
    const before = newsroom.requests.length;
    const { page, panel } = await explainWith('newsroom-brief', NEWSROOM_AI_KEY);
    const engine = await panel.waitFor<string>(`document.querySelector('[data-testid=engine]')?.innerText`, 30_000);
    expect(engine).toMatch(/Written by your AI engine \(openai\)/);
    const view = await panel.waitFor<{ uncited: string[]; papers: string[]; happened: string }>(`(() => { const s = ${READ_STORY}; return s && s.stage === 'done' ? s : null; })()`);
    expect(view.uncited).toEqual([]);
    expect(new Set(view.papers).size).toBeGreaterThanOrEqual(4);
    expect(view.happened.length).toBeGreaterThan(40);
    expect(newsroom.requests.slice(before).some((r) => r.path.startsWith('/ai/openai/v1/chat/completions'))).toBe(true);
    await panel.detach();
    await page.close();
  });

  it('a wrong key: the page is written on the device, and the reader is told to check the key', async () => {
    const { page, panel } = await explainWith('newsroom-brief', 'sk-wrong-key-000000000000');
    const notice = await panel.waitFor<string>(`(() => { const t = document.querySelector('.engine-note[role=status]')?.innerText ?? ''; return /instead/.test(t) ? t : ''; })()`, 30_000);
    expect(notice).toMatch(/key/i);
    expect(notice).not.toContain('sk-wrong-key');
    await panel.waitFor(`(() => { const s = ${READ_STORY}; return s && s.stage === 'done' && s.happened; })()`);
    await panel.detach();
    await page.close();
  });

  it('Options: "Test connection" reaches the engine, and the key is never shown', async () => {
    await h.worker.evaluate(async (k) => chrome.storage.local.set({ 'aiKey:openai': k }), NEWSROOM_AI_KEY);
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/options.html`);
    await page.getByRole('button', { name: 'Test connection' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: /Connected|did not/ }).count(), { timeout: 30_000 }).toBe(1);
    expect(await page.getByText('Connected: the model wrote a valid page.').count()).toBe(1);
    expect(await page.content()).not.toContain(NEWSROOM_AI_KEY);
    expect(await page.getByText('(saved on this device)').count()).toBe(1);
    await page.close();
  });
});
