/**
 * The sample newsroom's outlets. Each lives on its own loopback address (all of 127.0.0.0/8 is
 * loopback on Linux), because outlet identity, muting and site permissions key on the host.
 * Feeds are served from a separate "feeds" host per outlet (like feeds.bbci.co.uk beside
 * www.bbc.co.uk), so a test build can be granted the feed hosts while the article hosts stay
 * reachable only through the reader's click (activeTab).
 */
export type FeedFormat = 'rss2' | 'atom' | 'rdf' | 'json';

export interface NewsroomOutlet {
  id: string;
  name: string;
  kind: string;
  country: string;
  lang: string;
  /** Loopback address of the outlet's website. */
  siteHost: string;
  /** Loopback address of its feed host. */
  feedHost: string;
  feedFormat: FeedFormat;
  /** Markup family of the article page, so pages differ like real sites do. */
  template: 'magazine' | 'wire' | 'broadsheet' | 'business' | 'regional';
}

export const OUTLETS: readonly NewsroomOutlet[] = [
  { id: 'techpulse', name: 'TechPulse', kind: 'technology news site', country: 'US', lang: 'en', siteHost: '127.0.0.11', feedHost: '127.0.1.11', feedFormat: 'rss2', template: 'magazine' },
  { id: 'globalwire', name: 'Global Wire', kind: 'international wire service', country: 'US', lang: 'en', siteHost: '127.0.0.12', feedHost: '127.0.1.12', feedFormat: 'atom', template: 'wire' },
  { id: 'london-chronicle', name: 'The London Chronicle', kind: 'UK national newspaper', country: 'GB', lang: 'en-GB', siteHost: '127.0.0.13', feedHost: '127.0.1.13', feedFormat: 'rss2', template: 'broadsheet' },
  { id: 'market-ledger', name: 'The Market Ledger', kind: 'business and markets outlet', country: 'GB', lang: 'en-GB', siteHost: '127.0.0.14', feedHost: '127.0.1.14', feedFormat: 'rdf', template: 'business' },
  { id: 'seoul-herald', name: 'The Seoul Herald', kind: 'Korean English-language daily', country: 'KR', lang: 'en', siteHost: '127.0.0.15', feedHost: '127.0.1.15', feedFormat: 'atom', template: 'regional' },
  { id: 'rhine-post', name: 'Rhine Post', kind: 'German newspaper, English edition', country: 'DE', lang: 'en', siteHost: '127.0.0.16', feedHost: '127.0.1.16', feedFormat: 'rss2', template: 'broadsheet' },
  { id: 'pacific-tribune', name: 'Pacific Tribune', kind: 'Australian general news', country: 'AU', lang: 'en-AU', siteHost: '127.0.0.17', feedHost: '127.0.1.17', feedFormat: 'json', template: 'regional' },
  { id: 'metro-daily', name: 'Metro Daily', kind: 'US general-interest daily', country: 'US', lang: 'en-US', siteHost: '127.0.0.18', feedHost: '127.0.1.18', feedFormat: 'rss2', template: 'magazine' },
];
