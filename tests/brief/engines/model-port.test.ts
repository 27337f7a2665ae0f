/**
 * Chrome's built-in model lent by the panel to the background over a port. The model is a
 * STAND-IN of the Prompt API's `LanguageModel` (Chromium here has none); the port is an in-memory
 * pair that copies messages and delivers them asynchronously, as runtime ports do.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createChromeAiEngine } from '../../../utils/brief/engines/chrome-ai';
import { AiError } from '../../../utils/brief/engines/errors';
import { modelOutputJsonSchema } from '../../../utils/brief/engines/output';
import { portLanguageModel, serveLanguageModel } from '../../../utils/brief/engines/model-port';
import { validateBrief } from '../../../utils/brief/schema';
import { firstPrompt, portPair, referenceInput, standIn } from './helpers';

afterEach(() => vi.useRealTimers());

function lent(model: Parameters<typeof serveLanguageModel>[1], heartbeatMs?: number) {
  const [background, panel] = portPair();
  const stop = serveLanguageModel(panel, model, heartbeatMs);
  return { model: portLanguageModel(background), background, panel, stop };
}

describe("Chrome's built-in model across the panel's port (stand-in LanguageModel)", () => {
  it('writes a validated page in the background with the model in the panel', async () => {
    const { model: inPanel, log } = standIn('available');
    const { model } = lent(inPanel);
    expect(await model.availability()).toBe('available');
    const partials: unknown[] = [];
    const brief = await createChromeAiEngine(model).compose(referenceInput(), { onPartial: (p) => partials.push(p) });
    expect(validateBrief(brief).ok).toBe(true);
    expect(brief.engine).toBe('chrome-ai');
    expect(brief.fallbackSections).toEqual([]);
    expect(partials.length).toBeGreaterThan(0); // deltas stream across, sections paint as they complete
    // The panel's model got exactly what the engine asks for: system prompt, languages, the JSON Schema.
    expect(log.create[0]?.initialPrompts?.[0]?.role).toBe('system');
    expect(log.create[0]?.expectedOutputs).toEqual([{ type: 'text', languages: ['en'] }]);
    expect((firstPrompt(log).options as { responseConstraint: unknown }).responseConstraint).toEqual(modelOutputJsonSchema());
    await new Promise((r) => setTimeout(r, 5));
    expect(log.destroyed).toBe(1); // the session is closed in the panel too
  });

  it('measures against the panel model’s context window and shrinks the prompt to fit', async () => {
    const { model: inPanel, log } = standIn('available', { contextWindow: 2000 });
    await createChromeAiEngine(lent(inPanel).model).compose(referenceInput(), {});
    expect(firstPrompt(log).input.length / 4).toBeLessThanOrEqual(1000);
  });

  it('carries the model’s error names, so the reader is told what to do', async () => {
    const { model } = lent(standIn('downloadable', { createError: 'NotAllowedError' }).model);
    await expect(createChromeAiEngine(model).compose(referenceInput(), {})).rejects.toThrow(/downloaded first/);
  });

  it('says so when the panel closes while the model writes, and stops the model there', async () => {
    const { model: inPanel, log } = standIn('available', { chunkDelayMs: 5 });
    const { model, panel } = lent(inPanel);
    const composing = createChromeAiEngine(model).compose(referenceInput(), {});
    setTimeout(() => panel.disconnect(), 30); // the panel document goes away
    const error = await composing.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AiError);
    expect((error as Error).message).toMatch(/try again/);
    await expect(model.availability()).rejects.toThrow(/side panel closed/);
    // The panel side hears of it a moment later: wait for it, not for a fixed time (loaded machines).
    await vi.waitFor(() => expect(log.destroyed).toBe(1), { timeout: 5000 });
  }, 20_000); // the wait above is bounded by 5 s: the test's own limit must not cut it short on a loaded machine

  it('passes a cancel through to the panel', async () => {
    const { model: inPanel, log } = standIn('available', { chunkDelayMs: 5 });
    const { model, background } = lent(inPanel);
    const controller = new AbortController();
    const composing = createChromeAiEngine(model).compose(referenceInput(), { signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    await expect(composing).rejects.toThrow(/Cancelled/);
    expect(background.sent.some((m) => (m as { op?: string }).op === 'abort')).toBe(true);
    await vi.waitFor(() => expect(log.stopped).toBe(1), { timeout: 5000 }); // the model in the panel stopped writing
    // A call made with a signal already aborted never reaches the panel.
    const sent = background.sent.length;
    await expect(model.create({ signal: AbortSignal.abort() })).rejects.toThrow(/Cancelled/);
    expect(background.sent.length).toBe(sent);
  });

  it('keeps the worker hearing from the panel while the model is slow to answer', async () => {
    vi.useFakeTimers();
    let release!: () => void;
    const slow = standIn('available').model;
    const gate = new Promise<void>((r) => (release = r));
    const { model, panel } = lent({ ...slow, availability: async () => (await gate, 'available') }, 1000);
    const answer = model.availability();
    await vi.advanceTimersByTimeAsync(3500);
    expect(panel.sent.filter((m) => (m as { op?: string }).op === 'alive').length).toBe(3);
    release();
    await vi.advanceTimersByTimeAsync(10);
    expect(await answer).toBe('available');
    await vi.advanceTimersByTimeAsync(3000);
    expect(panel.sent.filter((m) => (m as { op?: string }).op === 'alive').length).toBe(3); // nothing running: quiet
  });
});
