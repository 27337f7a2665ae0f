/**
 * The AI settings: plain data, kept in the versioned `settings` item (storage.local) beside the
 * rest. The API key is NOT here: it lives in its own item (keys.ts) in storage.local, or in
 * storage.session if the reader prefers, never in sync storage, never in logs or errors.
 */
export type EngineId = 'extractive' | 'chrome-ai' | 'openai' | 'anthropic';
export type KeyStorage = 'local' | 'session';
export type KeyProvider = 'openai' | 'anthropic';

export interface AiSettings {
  /** The engine that writes the brief (default: extractive, on the device). */
  engine: EngineId;
  openai: {
    /** Up to and including /v1. */
    baseUrl: string;
    model: string;
    /** `none` for a server that rejects `response_format`. */
    responseFormat: 'json_schema' | 'none';
  };
  anthropic: { baseUrl: string; model: string };
  /** Where the key is kept: `local` (until removed) or `session` (until the browser closes). */
  keyStorage: KeyStorage;
  /** Origins the reader agreed to send article text to (the first-use notice). */
  disclosureAccepted: string[];
}

/** Base URLs of the OpenAI-compatible servers Options offers as presets. */
export const OPENAI_PRESETS = {
  openai: { label: 'OpenAI', baseUrl: 'https://api.openai.com/v1', needsKey: true },
  ollama: { label: 'Ollama (on this computer)', baseUrl: 'http://localhost:11434/v1', needsKey: false },
  lmstudio: { label: 'LM Studio (on this computer)', baseUrl: 'http://localhost:1234/v1', needsKey: false },
  openrouter: { label: 'OpenRouter', baseUrl: 'https://openrouter.ai/api/v1', needsKey: true },
} as const;

export const DEFAULT_AI_SETTINGS: AiSettings = {
  engine: 'extractive',
  openai: { baseUrl: OPENAI_PRESETS.openai.baseUrl, model: 'gpt-4.1-mini', responseFormat: 'json_schema' },
  anthropic: { baseUrl: 'https://api.anthropic.com', model: 'claude-sonnet-4-5' },
  keyStorage: 'local',
  disclosureAccepted: [],
};

/** Fill in what a newer version added, keeping what the reader chose. */
export function withAiDefaults(stored: Partial<AiSettings> | undefined): AiSettings {
  return {
    ...DEFAULT_AI_SETTINGS,
    ...stored,
    openai: { ...DEFAULT_AI_SETTINGS.openai, ...stored?.openai },
    anthropic: { ...DEFAULT_AI_SETTINGS.anthropic, ...stored?.anthropic },
  };
}

/** The base URL an engine sends article text to (none for the on-device engines). */
export function endpointOf(ai: AiSettings, engine: EngineId = ai.engine): string | undefined {
  if (engine === 'openai') return ai.openai.baseUrl;
  if (engine === 'anthropic') return ai.anthropic.baseUrl;
  return undefined;
}

/** A server on this computer (Ollama, LM Studio) is not a cloud: nothing leaves the device. */
export function isLocalEndpoint(baseUrl: string): boolean {
  try {
    const host = new URL(baseUrl).hostname;
    return host === 'localhost' || host === '[::1]' || /^127\./.test(host);
  } catch {
    return false;
  }
}

/** What the reader must be told, before first use, when the engine sends text off the device; null when nothing needs saying. */
export function cloudDisclosure(ai: AiSettings, engine: EngineId = ai.engine): { origin: string; text: string } | null {
  const url = endpointOf(ai, engine);
  if (!url || isLocalEndpoint(url)) return null;
  const origin = new URL(url).origin;
  if (ai.disclosureAccepted.includes(origin)) return null;
  return {
    origin,
    text: `To write the brief, Parallax will send the text of the article you are reading, and the titles and summaries of its coverage, to ${new URL(url).host}. That provider may charge your account for each brief. The page's address is not sent.`,
  };
}
