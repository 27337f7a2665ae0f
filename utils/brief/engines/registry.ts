/** Every brief engine in one list, and the one the settings choose. */
import type { BriefEngine } from '../engine';
import { extractiveEngine } from '../extractive';
import { createAnthropicEngine } from './anthropic';
import { chromeAiAvailability, createChromeAiEngine, type LanguageModelLike, type ModelAvailability } from './chrome-ai';
import { createOpenAiEngine } from './openai';
import type { AiSettings, EngineId } from '../../settings';

export interface EngineChoice {
  id: EngineId;
  label: string;
  /** Sends article text off the device (unless the base URL is on this computer). */
  sendsText: boolean;
  needsKey: boolean;
}

export const ENGINE_CHOICES: readonly EngineChoice[] = [
  { id: 'extractive', label: extractiveEngine.label, sendsText: false, needsKey: false },
  { id: 'chrome-ai', label: "Chrome's built-in AI (on this device)", sendsText: false, needsKey: false },
  { id: 'openai', label: 'OpenAI-compatible (OpenAI, Ollama, LM Studio, OpenRouter)', sendsText: true, needsKey: false },
  { id: 'anthropic', label: 'Anthropic (Claude)', sendsText: true, needsKey: true },
];

export interface EngineDeps {
  fetch?: typeof fetch;
  /** The key for the chosen provider (keys.ts loadApiKey), read just before the call. */
  apiKey?: string;
  languageModel?: LanguageModelLike;
}

/** The engines Options offers: Chrome's only where `LanguageModel.availability()` says it can be used or downloaded. */
export async function offeredEngines(languageModel?: LanguageModelLike): Promise<Array<EngineChoice & { availability?: ModelAvailability }>> {
  const chrome = await chromeAiAvailability(languageModel);
  return ENGINE_CHOICES.filter((c) => c.id !== 'chrome-ai' || chrome !== 'unavailable').map((c) => (c.id === 'chrome-ai' ? { ...c, availability: chrome } : c));
}

export function briefEngineFor(ai: AiSettings, deps: EngineDeps = {}): BriefEngine {
  switch (ai.engine) {
    case 'openai':
      return createOpenAiEngine({ ...ai.openai, apiKey: deps.apiKey, fetch: deps.fetch });
    case 'anthropic':
      return createAnthropicEngine({ ...ai.anthropic, apiKey: deps.apiKey ?? '', fetch: deps.fetch });
    case 'chrome-ai':
      return createChromeAiEngine(deps.languageModel);
    default:
      return extractiveEngine;
  }
}
