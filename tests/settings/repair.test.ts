import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../utils/settings/defaults';
import { repairSettings } from '../../utils/settings/repair';
import { settingsSchema } from '../../utils/settings/schema';
import { STORED_AI, STORED_V2 } from './migrations/shapes';

describe('a broken stored value', () => {
  it('falls back to the defaults when nothing in it is usable', () => {
    for (const junk of [null, undefined, 'settings', 42, [], { unknown: true }]) expect(repairSettings(junk)).toEqual(DEFAULT_SETTINGS);
  });

  it("keeps every valid field the reader set and defaults only the broken ones", () => {
    const stored = {
      ...structuredClone(STORED_V2),
      feedsOnly: 'yes',
      cacheLimitMb: 500,
      autoExplainSites: ['https://www.bbc.co.uk', 7],
      sources: {
        ...structuredClone(STORED_V2.sources),
        gdelt: { enabled: false, baseUrl: 42 },
        feeds: { enabled: true, pollMinutes: -1, list: [...STORED_V2.sources.feeds.list, { url: 'https://broken.example/rss' }] },
      },
      ai: { ...STORED_AI, engine: 'gpt-9', openai: { model: 'llama3.2' } },
      fromTheFuture: true,
    };
    const s = repairSettings(stored);
    expect(settingsSchema.parse(s)).toEqual(s);
    expect(s.feedsOnly).toBe(DEFAULT_SETTINGS.feedsOnly);
    expect(s.cacheLimitMb).toBe(500);
    expect(s.autoExplainSites).toEqual(['https://www.bbc.co.uk']);
    expect(s.sources.gdelt).toEqual({ ...DEFAULT_SETTINGS.sources.gdelt, enabled: false });
    expect(s.sources.googleNews).toEqual(STORED_V2.sources.googleNews);
    expect(s.sources.feeds.pollMinutes).toBe(DEFAULT_SETTINGS.sources.feeds.pollMinutes);
    expect(s.sources.feeds.list).toEqual(STORED_V2.sources.feeds.list);
    expect(s.ai).toEqual({ ...STORED_AI, engine: DEFAULT_SETTINGS.ai.engine, openai: { ...DEFAULT_SETTINGS.ai.openai, model: 'llama3.2' } });
    expect(s).not.toHaveProperty('fromTheFuture');
  });

  it('ships defaults that are valid settings', () => {
    expect(settingsSchema.parse(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
  });
});
