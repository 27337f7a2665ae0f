/**
 * Chrome's built-in model is absent from Chromium here: these tests run the engine against an
 * injected STAND-IN of the Prompt API's `LanguageModel` (availability, create, promptStreaming,
 * measureContextUsage, destroy), not against the real model.
 */
import { describe, expect, it } from 'vitest';
import { validateBrief } from '../../../utils/brief/schema';
import { chromeAiAvailability, createChromeAiEngine, downloadChromeModel, type LanguageModelLike } from '../../../utils/brief/engines/chrome-ai';
import { AiError } from '../../../utils/brief/engines/errors';
import { modelOutputJsonSchema } from '../../../utils/brief/engines/output';
import { MODES } from '../../newsroom/ai';
import { firstPrompt, referenceInput, standIn } from './helpers';

describe("Chrome's built-in AI engine (against a stand-in LanguageModel)", () => {
  it('reads availability() as the model says it', async () => {
    for (const state of ['available', 'downloadable', 'downloading', 'unavailable'] as const) {
      expect(await chromeAiAvailability(standIn(state).model)).toBe(state);
    }
    expect(await chromeAiAvailability(undefined)).toBe('unavailable');
    const { model, log } = standIn('available');
    await chromeAiAvailability(model);
    expect(log.availability[0]).toEqual({ expectedInputs: [{ type: 'text', languages: ['en'] }], expectedOutputs: [{ type: 'text', languages: ['en'] }] });
  });

  it('prompts with the JSON Schema as responseConstraint and composes a validated brief', async () => {
    const { model, log } = standIn('available');
    const partials: unknown[] = [];
    const brief = await createChromeAiEngine(model).compose(referenceInput(), { onPartial: (p) => partials.push(p) });
    expect(validateBrief(brief).ok).toBe(true);
    expect(brief.engine).toBe('chrome-ai');
    expect(brief.fallbackSections).toEqual([]);
    expect(partials.length).toBeGreaterThan(0);
    expect(log.create[0]?.initialPrompts?.[0]?.role).toBe('system');
    expect(log.create[0]?.expectedInputs).toEqual([{ type: 'text', languages: ['en'] }]);
    expect((firstPrompt(log).options as { responseConstraint: unknown }).responseConstraint).toEqual(modelOutputJsonSchema());
    expect(log.destroyed).toBe(1);
  });

  it('shrinks the sources to fit a small context window', async () => {
    const { model, log } = standIn('available', { contextWindow: 2000 });
    await createChromeAiEngine(model).compose(referenceInput(), {});
    expect(firstPrompt(log).input.length / 4).toBeLessThanOrEqual(1000);
  });

  it('falls back per section here too', async () => {
    const brief = await createChromeAiEngine(standIn('available', { mode: MODES.unknownCites }).model).compose(referenceInput(), {});
    expect(brief.fallbackSections).toEqual(['happened']);
  });

  it('says what to do when the model must be downloaded first', async () => {
    const error = await createChromeAiEngine(standIn('downloadable', { createError: 'NotAllowedError' }).model).compose(referenceInput(), {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AiError);
    expect((error as AiError).message).toMatch(/downloaded first.*Options/);
  });

  it('downloads the model from Options with progress, then reports it available', async () => {
    let state: 'downloadable' | 'available' = 'downloadable';
    const model: LanguageModelLike = {
      availability: async () => state,
      create: async (o = {}) => {
        const target = new EventTarget();
        o.monitor?.(target);
        for (const loaded of [0, 0.5, 1]) target.dispatchEvent(Object.assign(new Event('downloadprogress'), { loaded }));
        state = 'available';
        return { prompt: async () => '', destroy: () => undefined };
      },
    };
    const seen: number[] = [];
    expect(await downloadChromeModel((p) => seen.push(p), model)).toBe('available');
    expect(seen).toEqual([0, 0.5, 1]);
    expect(await downloadChromeModel(() => undefined, undefined)).toBe('unavailable');
  });
});
