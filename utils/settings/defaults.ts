/**
 * What Parallax uses out of the box. wxt.config.ts imports this file at build time (for the
 * required host permissions), so it stays plain data: no zod, no storage, no React, no browser.
 */
import { DEFAULT_FEED_HOSTS, DEFAULT_FEED_LIST } from '../sources/default-feeds';
import type { AiSettings, FeedSubscription, Settings } from './schema';

export const DEFAULT_ENDPOINTS = {
  gdelt: 'https://api.gdeltproject.org/api/v2/doc/doc',
  googleNews: 'https://news.google.com/rss/search',
  wikipedia: 'https://en.wikipedia.org/api/rest_v1',
} as const;

/**
 * Hosts of the sources Parallax uses out of the box. They are the only *required* host
 * permissions of the shipped build; anything else is asked for when the reader needs it.
 */
export const DEFAULT_SOURCE_HOSTS = [
  'https://api.gdeltproject.org/*',
  'https://news.google.com/*',
  'https://en.wikipedia.org/*',
  ...DEFAULT_FEED_HOSTS,
];

export const DEFAULT_FEEDS: FeedSubscription[] = DEFAULT_FEED_LIST.map((f) => ({ url: f.url, name: f.name, country: f.country, enabled: true }));

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

export const DEFAULT_SETTINGS: Settings = {
  sources: {
    feeds: { enabled: true, list: DEFAULT_FEEDS, pollMinutes: 30 },
    // The real GDELT asks for no more than one request every 5 s.
    gdelt: { enabled: true, baseUrl: DEFAULT_ENDPOINTS.gdelt, minIntervalMs: 5000 },
    googleNews: { enabled: true, baseUrl: DEFAULT_ENDPOINTS.googleNews, hl: 'en-US', gl: 'US', ceid: 'US:en' },
    wikipedia: { enabled: true, baseUrl: DEFAULT_ENDPOINTS.wikipedia },
  },
  feedsOnly: false,
  firstRunSeen: false,
  autoExplainSites: [],
  cacheLimitMb: 200,
  ai: DEFAULT_AI_SETTINGS,
};
