/**
 * Chrome's built-in model is absent from Chromium here: these tests run the engine against an
 * injected STAND-IN of the Prompt API's `LanguageModel` (availability, create, promptStreaming,
 * measureContextUsage, destroy), not against the real model.
 */
import { describe, expect, it } from 'vitest';
import { validateBrief } from '../../../utils/brief/schema';
import { chromeAiAvailability, createChromeAiEngine, type LanguageModelLike, type LanguageModelOptions, type ModelAvailability } from '../../../utils/brief/engines/chrome-ai';
import { AiError } from '../../../utils/brief/engines/errors';
import { modelOutputJsonSchema } from '../../../utils/brief/engines/output';
import { briefFromSources, MODES, sourcesOf } from '../../newsroom/ai';
import { referenceInput } from './helpers';

function standIn(state: ModelAvailability, opts: { mode?: string; contextWindow?: number; createError?: string } = {}) {
  const log = { availability: [] as unknown[], create: [] as LanguageModelOptions[], prompts: [] as Array<{ input: string; options: unknown }>, destroyed: 0 };
  const model: LanguageModelLike = {
    availability: async (o) => {
      log.availability.push(o);
      return state;
    },
    create: async (o = {}) => {
      log.create.push(o);
      if (opts.createError) throw new DOMException('no', opts.createError);
      return {
        contextWindow: opts.contextWindow,
        measureContextUsage: async (input: string) => input.length / 4,
        prompt: async () => '',
        promptStreaming(input, options) {
          log.prompts.push({ input, options });
          const text = JSON.stringify(briefFromSources(sourcesOf(input), opts.mode ?? MODES.brief));
          let i = 0;
          return new ReadableStream<string>({
            pull(c) {
              if (i >= text.length) return c.close();
              c.enqueue(text.slice(i, i + 25));
              i += 25;
            },
          });
        },
        destroy: () => void log.destroyed++,
      };
    },
  };
  return { model, log };
}

describe("Chrome's built-in AI engine (against a stand-in LanguageModel)", () => {
  it('is offered only when availability() says the model can be used', async () => {
    for (const [state, offered] of [['available', true], ['downloadable', false], ['downloading', false], ['unavailable', false]] as const) {
      expect(await createChromeAiEngine(standIn(state).model).available()).toBe(offered);
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
    expect(log.create[0].initialPrompts![0].role).toBe('system');
    expect(log.create[0].expectedInputs).toEqual([{ type: 'text', languages: ['en'] }]);
    expect((log.prompts[0].options as { responseConstraint: unknown }).responseConstraint).toEqual(modelOutputJsonSchema());
    expect(log.destroyed).toBe(1);
  });

  it('shrinks the sources to fit a small context window', async () => {
    const { model, log } = standIn('available', { contextWindow: 2000 });
    await createChromeAiEngine(model).compose(referenceInput(), {});
    expect(log.prompts[0].input.length / 4).toBeLessThanOrEqual(1000);
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
});
