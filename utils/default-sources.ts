/**
 * Hosts of the sources Parallax uses out of the box. They are the only *required* host
 * permissions of the shipped build; anything else is asked for when the reader needs it.
 */
export const DEFAULT_ENDPOINTS = {
  gdelt: 'https://api.gdeltproject.org/api/v2/doc/doc',
  googleNews: 'https://news.google.com/rss/search',
  wikipedia: 'https://en.wikipedia.org/api/rest_v1',
} as const;

/** Default outlet feeds (see utils/sources/default-feeds.ts for the full list and status). */
export const DEFAULT_FEED_HOSTS = [
  'https://feeds.bbci.co.uk/*',
  'https://www.theguardian.com/*',
  'https://www.aljazeera.com/*',
  'https://www.npr.org/*',
  'https://feeds.npr.org/*',
  'https://www.koreaherald.com/*',
  'https://www3.nhk.or.jp/*',
  'https://www.dw.com/*',
  'https://rss.dw.com/*',
  'https://www.france24.com/*',
];

export const DEFAULT_SOURCE_HOSTS = [
  'https://api.gdeltproject.org/*',
  'https://news.google.com/*',
  'https://en.wikipedia.org/*',
  ...DEFAULT_FEED_HOSTS,
];
