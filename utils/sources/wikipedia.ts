/**
 * Encyclopedia cards from the Wikipedia REST page/summary API (GET {baseUrl}/page/summary/{title}, where the setting's baseUrl ends in /api/rest_v1).
 * parseWikiSummary is pure; a disambiguation page is resolved from the story's own words (the
 * listed meaning the story names) or dropped.
 */
import type { TopicCard } from '../brief/engine';
import { gateLine, gateText, gateUrl } from '../core/gate';
import { fetchText, SourceError, type FetchPolicy } from './http';

export interface WikiSummary {
  type: string;
  title: string;
  description?: string;
  extract?: string;
  timestamp?: string;
  content_urls?: { desktop?: { page?: string } };
}

export type WikiResult = { kind: 'card'; card: TopicCard } | { kind: 'disambiguation'; options: string[] } | { kind: 'none' };

/** Meanings listed on a disambiguation page's extract ("Lee may refer to: A, …; B, …"). */
export function disambiguationOptions(extract: string): string[] {
  const list = extract.replace(/^.*?may (?:also )?refer to:?/is, '');
  return list
    .split(/;|\n/)
    .map((item) => (item.trim().split(/,| \(/)[0] ?? '').trim().replace(/\.$/, ''))
    .filter((name) => name.length > 1 && name.length < 80);
}

export function parseWikiSummary(raw: string, baseUrl: string): WikiResult {
  let json: WikiSummary;
  try {
    json = JSON.parse(raw) as WikiSummary;
  } catch {
    return { kind: 'none' };
  }
  if (!json || typeof json.title !== 'string') return { kind: 'none' };
  if (json.type === 'disambiguation') return { kind: 'disambiguation', options: disambiguationOptions(json.extract ?? '') };
  if (json.type !== 'standard' || !json.extract) return { kind: 'none' };
  const name = gateLine(json.title.replace(/_/g, ' '), 'name');
  const own = `${new URL(baseUrl).origin}/wiki/${encodeURIComponent(json.title.replace(/ /g, '_'))}`;
  return {
    kind: 'card',
    card: {
      name,
      description: gateLine(json.description ?? '', 'description'),
      extract: gateText(json.extract, 'description'),
      url: gateUrl(json.content_urls?.desktop?.page) ?? own,
      asOf: gateLine(json.timestamp ?? '', 'name'),
    },
  };
}

export interface WikiOptions extends Omit<FetchPolicy, 'fetch'> {
  fetch: typeof fetch;
  baseUrl: string;
}

/** One summary look-up; 404 is "no such page", not an error. */
export async function fetchWikiSummary(title: string, options: WikiOptions): Promise<WikiResult> {
  const url = `${options.baseUrl.replace(/\/$/, '')}/page/summary/${encodeURIComponent(title.replace(/ /g, '_'))}`;
  try {
    const res = await fetchText(url, { timeoutMs: 8000, retries: 1, maxBytes: 512 * 1024, ...options, headers: { accept: 'application/json', ...options.headers } });
    return parseWikiSummary(res.text, options.baseUrl);
  } catch (e) {
    if (e instanceof SourceError && e.kind === 'http' && /\b404\b/.test(e.message)) return { kind: 'none' };
    throw e;
  }
}

/**
 * A card for a name as the story uses it: a disambiguation page is followed to the one listed
 * meaning the story's text names ("Lee" → "Lee Jae-myung"), or dropped.
 */
export async function lookupTopic(name: string, context: string, options: WikiOptions): Promise<TopicCard | null> {
  const first = await fetchWikiSummary(name, options);
  if (first.kind === 'card') return first.card;
  if (first.kind === 'none') return null;
  const hay = context.toLowerCase();
  const named = first.options.filter((o) => o.toLowerCase() !== name.toLowerCase() && hay.includes(o.toLowerCase()));
  const [only] = named;
  if (only === undefined || named.length !== 1) return null;
  const second = await fetchWikiSummary(only, options);
  return second.kind === 'card' ? second.card : null;
}
