/** OPML import and export of the reader's feeds (feedsmith underneath). */
import { generateOpml, parseOpml } from 'feedsmith';
import type { FeedSubscription } from '../settings';

interface Outline {
  text?: string;
  title?: string;
  xmlUrl?: string;
  outlines?: Outline[];
}

export function feedsFromOpml(xml: string): FeedSubscription[] {
  if (/<!ENTITY/i.test(xml.slice(0, 20_000))) throw new Error('OPML file declares XML entities (refused)');
  const doc = parseOpml(xml) as { body?: { outlines?: Outline[] } };
  const out: FeedSubscription[] = [];
  const walk = (outlines: Outline[] = []) => {
    for (const o of outlines) {
      if (o.xmlUrl && /^https?:\/\//i.test(o.xmlUrl)) out.push({ url: o.xmlUrl, name: o.title || o.text || new URL(o.xmlUrl).hostname, enabled: true });
      walk(o.outlines);
    }
  };
  walk(doc.body?.outlines);
  return out;
}

export function feedsToOpml(feeds: FeedSubscription[]): string {
  return generateOpml({
    head: { title: 'Parallax feeds' },
    body: { outlines: feeds.map((f) => ({ text: f.name, title: f.name, type: 'rss', xmlUrl: f.url })) },
  }) as string;
}
