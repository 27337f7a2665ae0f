import { DEFAULT_FEED_HOSTS } from './sources/default-feeds';

/**
 * Hosts of the sources Parallax uses out of the box. They are the only *required* host
 * permissions of the shipped build; anything else is asked for when the reader needs it.
 */
export const DEFAULT_ENDPOINTS = {
  gdelt: 'https://api.gdeltproject.org/api/v2/doc/doc',
  googleNews: 'https://news.google.com/rss/search',
  wikipedia: 'https://en.wikipedia.org/api/rest_v1',
} as const;

export const DEFAULT_SOURCE_HOSTS = [
  'https://api.gdeltproject.org/*',
  'https://news.google.com/*',
  'https://en.wikipedia.org/*',
  ...DEFAULT_FEED_HOSTS,
];
