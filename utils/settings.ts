/** Settings in versioned extension storage: they survive clearing the cache. */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, type Settings } from './settings-schema';
import { withAiDefaults } from './brief/engines/settings';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function getSettings(): Promise<Settings> {
  const stored = await settingsItem.getValue();
  // Fill in anything a newer version added, keeping what the reader chose.
  return {
    ...DEFAULT_SETTINGS,
    ...stored,
    sources: {
      feeds: { ...DEFAULT_SETTINGS.sources.feeds, ...stored.sources?.feeds },
      gdelt: { ...DEFAULT_SETTINGS.sources.gdelt, ...stored.sources?.gdelt },
      googleNews: { ...DEFAULT_SETTINGS.sources.googleNews, ...stored.sources?.googleNews },
      wikipedia: { ...DEFAULT_SETTINGS.sources.wikipedia, ...stored.sources?.wikipedia },
    },
    ai: withAiDefaults(stored.ai),
  };
}

export type { Settings };
