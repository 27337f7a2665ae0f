/** Parallax settings that point every source at a running newsroom (as a reader would in Options). */
import { DEFAULT_SETTINGS } from '../../utils/settings/defaults';
import type { Settings } from '../../utils/settings/schema';
import type { Newsroom } from './server';

export function newsroomSettings(n: Newsroom): Settings {
  return {
    ...DEFAULT_SETTINGS,
    firstRunSeen: true,
    sources: {
      feeds: { enabled: true, pollMinutes: 30, list: n.outlets.map((o) => ({ url: n.feedUrl(o), name: o.name, country: o.country, enabled: true })) },
      gdelt: { enabled: true, baseUrl: `${n.apiBase}/api/v2/doc/doc`, minIntervalMs: 0 },
      googleNews: { ...DEFAULT_SETTINGS.sources.googleNews, enabled: true, baseUrl: `${n.apiBase}/rss/search` },
      wikipedia: { enabled: true, baseUrl: `${n.apiBase}/api/rest_v1` },
    },
  };
}
