/** The reader's settings: plain data, shared by the background, the panel, options and the CLIs. */
import { DEFAULT_ENDPOINTS } from './default-sources';
import { DEFAULT_FEED_LIST } from './sources/default-feeds';
import { DEFAULT_AI_SETTINGS, type AiSettings } from './brief/engines/settings';

export interface FeedSubscription {
  url: string;
  /** Outlet name shown to the reader. */
  name: string;
  country?: string;
  enabled: boolean;
}

export interface Settings {
  sources: {
    feeds: { enabled: boolean; list: FeedSubscription[]; pollMinutes: number };
    gdelt: { enabled: boolean; baseUrl: string; minIntervalMs: number };
    googleNews: { enabled: boolean; baseUrl: string; hl: string; gl: string; ceid: string };
    wikipedia: { enabled: boolean; baseUrl: string };
  };
  /** Private mode: only the local feed index is asked; nothing about the story leaves the browser. */
  feedsOnly: boolean;
  firstRunSeen: boolean;
  /** Origins ("https://www.example.com") whose articles are explained as the reader browses. */
  autoExplainSites: string[];
  /** Least-recently-opened stories are evicted above this size. */
  cacheLimitMb: number;
  /** Which engine writes the story page (the key is kept apart: brief/engines/keys.ts). */
  ai: AiSettings;
}

export const DEFAULT_FEEDS: FeedSubscription[] = DEFAULT_FEED_LIST.map((f) => ({ url: f.url, name: f.name, country: f.country, enabled: true }));

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
