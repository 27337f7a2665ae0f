/**
 * The outlets whose feeds Parallax polls out of the box: across regions, languages and
 * leanings. None could be checked live from where this list was made: `checked` says what we
 * know — 'configs' = found in several public projects' feed configs (major-feeds.tsv),
 * 'unverified' = the outlet's documented feed address, not yet confirmed. A feed that fails
 * shows as failing in Options and breaks nothing. Reuters and AP publish no feeds (GDELT and
 * Google News find them).
 */
export interface DefaultFeed {
  name: string;
  url: string;
  country: string;
  lang: string;
  region: 'North America' | 'Europe' | 'Asia' | 'Middle East' | 'Africa' | 'Latin America' | 'Oceania';
  leaning?: 'left' | 'centre-left' | 'centre' | 'centre-right' | 'right';
  checked: 'configs' | 'unverified';
}

export const DEFAULT_FEED_LIST: readonly DefaultFeed[] = [
  { name: 'BBC News', url: 'https://feeds.bbci.co.uk/news/world/rss.xml', country: 'GB', lang: 'en', region: 'Europe', leaning: 'centre', checked: 'configs' },
  { name: 'The Guardian', url: 'https://www.theguardian.com/world/rss', country: 'GB', lang: 'en', region: 'Europe', leaning: 'centre-left', checked: 'configs' },
  { name: 'Sky News', url: 'https://feeds.skynews.com/feeds/rss/world.xml', country: 'GB', lang: 'en', region: 'Europe', leaning: 'centre', checked: 'configs' },
  { name: 'Financial Times', url: 'https://www.ft.com/rss/home', country: 'GB', lang: 'en', region: 'Europe', leaning: 'centre', checked: 'configs' },
  { name: 'The Telegraph', url: 'https://www.telegraph.co.uk/rss.xml', country: 'GB', lang: 'en', region: 'Europe', leaning: 'centre-right', checked: 'unverified' },
  { name: 'NPR', url: 'https://feeds.npr.org/1001/rss.xml', country: 'US', lang: 'en', region: 'North America', leaning: 'centre-left', checked: 'configs' },
  { name: 'PBS NewsHour', url: 'https://www.pbs.org/newshour/feeds/rss/headlines', country: 'US', lang: 'en', region: 'North America', leaning: 'centre', checked: 'configs' },
  { name: 'The Washington Post', url: 'https://feeds.washingtonpost.com/rss/world', country: 'US', lang: 'en', region: 'North America', leaning: 'centre-left', checked: 'configs' },
  { name: 'The Wall Street Journal', url: 'https://feeds.a.dj.com/rss/RSSWorldNews.xml', country: 'US', lang: 'en', region: 'North America', leaning: 'centre-right', checked: 'configs' },
  { name: 'Fox News', url: 'https://moxie.foxnews.com/google-publisher/politics.xml', country: 'US', lang: 'en', region: 'North America', leaning: 'right', checked: 'configs' },
  { name: 'The Hill', url: 'https://thehill.com/feed/', country: 'US', lang: 'en', region: 'North America', leaning: 'centre', checked: 'configs' },
  { name: 'TechCrunch', url: 'https://techcrunch.com/feed/', country: 'US', lang: 'en', region: 'North America', checked: 'configs' },
  { name: 'Deutsche Welle', url: 'https://rss.dw.com/rdf/rss-en-all', country: 'DE', lang: 'en', region: 'Europe', leaning: 'centre', checked: 'configs' },
  { name: 'France 24', url: 'https://www.france24.com/en/rss', country: 'FR', lang: 'en', region: 'Europe', leaning: 'centre', checked: 'configs' },
  { name: 'Le Monde (English)', url: 'https://www.lemonde.fr/en/rss/une.xml', country: 'FR', lang: 'en', region: 'Europe', leaning: 'centre-left', checked: 'unverified' },
  { name: 'Der Spiegel International', url: 'https://www.spiegel.de/international/index.rss', country: 'DE', lang: 'en', region: 'Europe', leaning: 'centre-left', checked: 'unverified' },
  { name: 'El País', url: 'https://feeds.elpais.com/mrss-s/pages/ep/site/elpais.com/portada', country: 'ES', lang: 'es', region: 'Europe', leaning: 'centre-left', checked: 'unverified' },
  { name: 'Al Jazeera', url: 'https://www.aljazeera.com/xml/rss/all.xml', country: 'QA', lang: 'en', region: 'Middle East', checked: 'configs' },
  { name: 'The Times of Israel', url: 'https://www.timesofisrael.com/feed/', country: 'IL', lang: 'en', region: 'Middle East', leaning: 'centre', checked: 'unverified' },
  { name: 'Arab News', url: 'https://www.arabnews.com/rss.xml', country: 'SA', lang: 'en', region: 'Middle East', checked: 'unverified' },
  { name: 'Yonhap News Agency', url: 'https://en.yna.co.kr/RSS/news.xml', country: 'KR', lang: 'en', region: 'Asia', checked: 'unverified' },
  { name: 'The Korea Herald', url: 'https://www.koreaherald.com/rss/newsAll', country: 'KR', lang: 'en', region: 'Asia', leaning: 'centre-right', checked: 'unverified' },
  { name: 'The Japan Times', url: 'https://www.japantimes.co.jp/feed/', country: 'JP', lang: 'en', region: 'Asia', checked: 'unverified' },
  { name: 'NHK', url: 'https://www3.nhk.or.jp/rss/news/cat0.xml', country: 'JP', lang: 'ja', region: 'Asia', leaning: 'centre', checked: 'unverified' },
  { name: 'South China Morning Post', url: 'https://www.scmp.com/rss/91/feed', country: 'HK', lang: 'en', region: 'Asia', checked: 'unverified' },
  { name: 'The Hindu', url: 'https://www.thehindu.com/news/international/feeder/default.rss', country: 'IN', lang: 'en', region: 'Asia', leaning: 'centre-left', checked: 'unverified' },
  { name: 'CNA', url: 'https://www.channelnewsasia.com/rssfeeds/8395986', country: 'SG', lang: 'en', region: 'Asia', checked: 'unverified' },
  { name: 'AllAfrica', url: 'https://allafrica.com/tools/headlines/rdf/latest/headlines.rdf', country: 'ZA', lang: 'en', region: 'Africa', checked: 'unverified' },
  { name: 'News24', url: 'https://feeds.news24.com/articles/news24/TopStories/rss', country: 'ZA', lang: 'en', region: 'Africa', checked: 'unverified' },
  { name: 'Premium Times', url: 'https://www.premiumtimesng.com/feed', country: 'NG', lang: 'en', region: 'Africa', checked: 'unverified' },
  { name: 'MercoPress', url: 'https://en.mercopress.com/rss', country: 'UY', lang: 'en', region: 'Latin America', checked: 'unverified' },
  { name: 'Folha de S.Paulo', url: 'https://feeds.folha.uol.com.br/mundo/rss091.xml', country: 'BR', lang: 'pt', region: 'Latin America', checked: 'unverified' },
  { name: 'ABC News (Australia)', url: 'https://www.abc.net.au/news/feed/51120/rss.xml', country: 'AU', lang: 'en', region: 'Oceania', leaning: 'centre', checked: 'unverified' },
];

/** Host permission patterns for the default feeds: the only hosts the shipped build requires. */
export const DEFAULT_FEED_HOSTS: string[] = [...new Set(DEFAULT_FEED_LIST.map((f) => `${new URL(f.url).origin}/*`))];
