/** Settings as each version of Parallax stored them (all under WXT's version 1, or no version at all). */
import type { AiSettings, SettingsV1, SettingsV2 } from '../../../utils/settings/schema';

/** The scaffold (7b3c970): sources, the private mode, the first-run notice; its 8 default feeds. */
export const STORED_V1: SettingsV1 = {
  sources: {
    feeds: {
      enabled: true,
      pollMinutes: 60,
      list: [
        { url: 'https://feeds.bbci.co.uk/news/world/rss.xml', name: 'BBC News', country: 'GB', enabled: true },
        { url: 'https://feeds.npr.org/1004/rss.xml', name: 'NPR', country: 'US', enabled: false },
        { url: 'https://example.org/feed.xml', name: 'A feed the reader added', enabled: true },
      ],
    },
    gdelt: { enabled: false, baseUrl: 'https://api.gdeltproject.org/api/v2/doc/doc', minIntervalMs: 5000 },
    googleNews: { enabled: true, baseUrl: 'https://news.google.com/rss/search', hl: 'fr', gl: 'FR', ceid: 'FR:fr' },
    wikipedia: { enabled: true, baseUrl: 'https://en.wikipedia.org/api/rest_v1' },
  },
  feedsOnly: true,
  firstRunSeen: true,
};

/** Options (5fe6237) added the sites explained as the reader browses and the cache limit. */
export const STORED_V2: SettingsV2 = { ...STORED_V1, autoExplainSites: ['https://www.bbc.co.uk'], cacheLimitMb: 500 };

/** The reader's AI choices, as stored since the AI engines (e985727). */
export const STORED_AI: AiSettings = {
  engine: 'openai',
  openai: { baseUrl: 'http://localhost:11434/v1', model: 'llama3.2', responseFormat: 'none' },
  anthropic: { baseUrl: 'https://api.anthropic.com', model: 'claude-sonnet-4-5' },
  keyStorage: 'session',
  disclosureAccepted: ['https://openrouter.ai'],
};
