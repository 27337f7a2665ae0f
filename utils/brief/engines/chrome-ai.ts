/**
 * Chrome's built-in model through the Prompt API (`LanguageModel`), with the brief's JSON Schema
 * as `responseConstraint` so the on-device model can only write the shape we validate.
 *
 * Where it runs: `LanguageModel` is exposed to windows only (not to the MV3 service worker), so
 * this engine runs in an extension document — the side panel, or an offscreen document the
 * background opens — with `languageModel` passed in. Nothing leaves the device.
 */
import type { ComposeInput } from '../engine';
import { AiError } from './errors';
import { modelOutputJsonSchema, type AiBriefEngine } from './output';
import { buildPrompt, type PromptBudget } from './prompt';
import { composeFromDeltas, type ComposeOptions } from './run';

export type ModelAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

interface Expected {
  type: 'text';
  languages?: string[];
}
export interface LanguageModelOptions {
  expectedInputs?: Expected[];
  expectedOutputs?: Expected[];
  initialPrompts?: Array<{ role: 'system' | 'user' | 'assistant'; content: string }>;
  signal?: AbortSignal;
  /** Called with a target that fires `downloadprogress` events (`loaded`, 0–1) while the model downloads. */
  monitor?: (m: EventTarget) => void;
}
export interface LanguageModelSessionLike {
  prompt(input: string, options?: { responseConstraint?: object; signal?: AbortSignal }): Promise<string>;
  promptStreaming?(input: string, options?: { responseConstraint?: object; signal?: AbortSignal }): ReadableStream<string>;
  /** Newer Chrome: measureContextUsage / contextWindow; older extension builds: measureInputUsage / inputQuota. */
  measureContextUsage?(input: string): Promise<number>;
  contextWindow?: number;
  measureInputUsage?(input: string): Promise<number>;
  inputQuota?: number;
  destroy(): void;
}
export interface LanguageModelLike {
  availability(options?: LanguageModelOptions): Promise<ModelAvailability>;
  create(options?: LanguageModelOptions): Promise<LanguageModelSessionLike>;
}

/** The page's `LanguageModel`, where the browser has one. */
export function builtInLanguageModel(): LanguageModelLike | undefined {
  return (globalThis as { LanguageModel?: LanguageModelLike }).LanguageModel;
}

// The on-device model's context is small (thousands of tokens, not hundreds of thousands).
const CHROME_BUDGET: PromptBudget = { readerChars: 6_000, otherChars: 400, maxOthers: 12 };
const SUPPORTED = ['en', 'es', 'ja'];

function languageOf(articleLang?: string | null): string {
  const lang = articleLang?.slice(0, 2).toLowerCase();
  return lang && SUPPORTED.includes(lang) ? lang : 'en';
}
const coreOptions = (lang: string): LanguageModelOptions => ({
  expectedInputs: [{ type: 'text', languages: [lang] }],
  expectedOutputs: [{ type: 'text', languages: [lang] }],
});

/** Whether the model can write in the article's language (asked with the same options `create()` gets). */
export async function chromeAiAvailability(model = builtInLanguageModel(), articleLang?: string | null): Promise<ModelAvailability> {
  if (!model) return 'unavailable';
  try {
    return await model.availability(coreOptions(languageOf(articleLang)));
  } catch {
    return 'unavailable';
  }
}

/**
 * Download the model (Options' button: `create()` needs the reader's click when the model is
 * 'downloadable'), reporting progress from 0 to 1. Resolves with the availability after.
 */
export async function downloadChromeModel(onProgress: (loaded: number) => void, model = builtInLanguageModel()): Promise<ModelAvailability> {
  if (!model) return 'unavailable';
  const session = await model.create({
    ...coreOptions('en'),
    monitor: (m) => m.addEventListener('downloadprogress', (e) => onProgress(Number((e as ProgressEvent).loaded) || 0)),
  });
  session.destroy();
  return chromeAiAvailability(model);
}

async function fitPrompt(session: LanguageModelSessionLike, input: ComposeInput) {
  let budget = { ...CHROME_BUDGET };
  for (let i = 0; ; i++) {
    const prompt = buildPrompt(input, budget);
    const measure = session.measureContextUsage?.bind(session) ?? session.measureInputUsage?.bind(session);
    const limit = session.contextWindow ?? session.inputQuota;
    // Leave about half the context for the answer.
    if (!measure || !limit || i >= 4 || (await measure(prompt.user)) <= limit * 0.5) return prompt;
    budget = { readerChars: budget.readerChars! / 2, otherChars: budget.otherChars! / 2, maxOthers: Math.ceil(budget.maxOthers! / 2) };
  }
}

/** Why the call was stopped: the reader, or the deadline (CHROME_DEADLINE_MS). */
function stopped(signal: AbortSignal): AiError {
  return (signal.reason as Error | undefined)?.name === 'TimeoutError'
    ? new AiError("Chrome's built-in model took too long: try again, or choose another engine in Options → AI.", 'timeout')
    : new AiError('Cancelled.', 'aborted');
}

/** The most a page may take on the device before the on-device extractive page stays. */
export const CHROME_DEADLINE_MS = 180_000;

async function* sessionDeltas(model: LanguageModelLike, input: ComposeInput, signal?: AbortSignal): AsyncGenerator<string> {
  const lang = languageOf(input.article.lang);
  let session: LanguageModelSessionLike;
  try {
    const system = buildPrompt(input, CHROME_BUDGET).system;
    session = await model.create({ ...coreOptions(lang), initialPrompts: [{ role: 'system', content: system }], signal });
  } catch (error) {
    if (signal?.aborted) throw stopped(signal);
    const name = error instanceof Error ? error.name : '';
    throw new AiError(
      name === 'NotAllowedError'
        ? "Chrome's built-in model has to be downloaded first: choose it in Options → AI and click Download."
        : "Chrome's built-in model is not available on this device: choose another engine in Options → AI.",
      'unavailable',
    );
  }
  try {
    const prompt = await fitPrompt(session, input);
    const constraint = modelOutputJsonSchema();
    if (!session.promptStreaming) {
      yield await session.prompt(prompt.user, { responseConstraint: constraint, signal });
      return;
    }
    const reader = session.promptStreaming(prompt.user, { responseConstraint: constraint, signal }).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      if (value) yield value; // chunks are deltas (Chrome 137+)
    }
  } catch (error) {
    if (signal?.aborted) throw stopped(signal);
    if (error instanceof AiError) throw error;
    const name = error instanceof Error ? error.name : '';
    throw new AiError(
      name === 'QuotaExceededError' ? 'The story is too long for the built-in model: choose another engine in Options → AI.' : "Chrome's built-in model stopped with an error: try again.",
      name === 'QuotaExceededError' ? 'bad-request' : 'server',
    );
  } finally {
    session.destroy();
  }
}

export function createChromeAiEngine(model: LanguageModelLike | undefined = builtInLanguageModel()): AiBriefEngine {
  return {
    id: 'chrome-ai',
    label: "Chrome's built-in AI (on this device)",
    // Offered only when the model can run now; 'downloadable' is for Options to offer a download.
    compose: async (input: ComposeInput, options: ComposeOptions = {}) => {
      if (!model) throw new AiError("This browser has no built-in model: choose another engine in Options → AI.", 'unavailable');
      // A stuck model (nothing arrives, yet the panel keeps the worker alive) must not hold the page forever.
      const deadline = AbortSignal.timeout(CHROME_DEADLINE_MS);
      const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
      return composeFromDeltas(input, 'chrome-ai', sessionDeltas(model, input, signal), { ...options, signal });
    },
  };
}
