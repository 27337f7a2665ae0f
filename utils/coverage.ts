/**
 * Find how other outlets cover the story: ask every enabled source in parallel, and as each
 * lands merge, de-duplicate and score what it found. A failed source is reported, never fatal.
 */
import { buildQuery, type StoryQuery } from './core/query';
import { classify, scoreCandidates, type WordCounts } from './core/match';
import { canonicalizeUrl, domainOf } from './core/url';
import type { Candidate, CoverageItem, ExtractedArticle, SourceStatus } from './core/types';
import { SourceError } from './sources/http';
import { guardedSearch } from './sources/guard';
import type { NewsSource, SearchContext, SourceAnswer } from './sources/types';

export interface CoverageUpdate {
  coverage: CoverageItem[];
  status: SourceStatus[];
  done: boolean;
}

export interface CoverageFinal extends CoverageUpdate {
  /** Sources that answered only from what they had saved, by id, with why (SourceAnswer.unreached). */
  unreached: Map<string, string>;
}

/** The same article reached through different links, or syndicated under the same title. */
const titleKey = (domain: string, title: string) => `${domain}|${title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()}`;

/** Richer finds first: a feed item has a description and the outlet's real name. */
const PRIORITY: Record<string, number> = { feeds: 0, gdelt: 1, 'google-news': 2 };

export function dedupe(candidates: Candidate[], reader: Pick<ExtractedArticle, 'canonicalUrl' | 'title'>): Candidate[] {
  const seen = new Set<string>([canonicalizeUrl(reader.canonicalUrl), titleKey(domainOf(reader.canonicalUrl), reader.title)]);
  const out: Candidate[] = [];
  const ordered = [...candidates].sort((a, b) => (PRIORITY[a.source] ?? 9) - (PRIORITY[b.source] ?? 9));
  for (const c of ordered) {
    const keys = [canonicalizeUrl(c.url), titleKey(c.outlet.domain, c.title)];
    if (keys.some((k) => seen.has(k))) continue;
    keys.forEach((k) => seen.add(k));
    out.push(c);
  }
  return out;
}

/** What was found so far, de-duplicated and scored against the article, related or better. */
export function scoreFound(article: ExtractedArticle, query: StoryQuery, found: Candidate[], background: WordCounts | undefined): CoverageItem[] {
  return classify(scoreCandidates(article, query, dedupe(found, article), { backgroundDf: background }));
}

function statusOf(source: NewsSource, outcome: { found: number } | { error: unknown }): SourceStatus {
  const at = new Date().toISOString();
  if ('found' in outcome) return { id: source.id, label: source.label, state: outcome.found ? 'ok' : 'empty', found: outcome.found, at };
  const e = outcome.error;
  if (e instanceof SourceError && e.kind === 'rate-limited') {
    return { id: source.id, label: source.label, state: 'rate-limited', found: 0, at, retryAt: e.retryAt?.toISOString(), message: 'rate-limited' };
  }
  const retryAt = e instanceof SourceError && e.kind === 'paused' ? e.retryAt?.toISOString() : undefined;
  return { id: source.id, label: source.label, state: 'failed', found: 0, at, retryAt, message: e instanceof Error ? e.message : String(e) };
}

export async function findCoverage(
  article: ExtractedArticle,
  sources: readonly NewsSource[],
  ctx: SearchContext,
  onUpdate: (u: CoverageUpdate) => void | Promise<void>,
  options: { query?: StoryQuery } = {},
): Promise<CoverageFinal> {
  const query = options.query ?? buildQuery(article);
  // The feed index's word counts: they land with it, often after the search APIs' results, and
  // every landing from then on is scored with them.
  let background: WordCounts | undefined;
  const unreached = new Map<string, string>();
  const enabled = sources.filter((s) => s.enabled(ctx.settings));
  const found: Candidate[] = [];
  const status: SourceStatus[] = sources
    .filter((s) => !enabled.includes(s))
    .map((s) => ({ id: s.id, label: s.label, state: 'skipped', found: 0, at: new Date().toISOString(), message: 'switched off' }));
  let current: CoverageUpdate = { coverage: [], status, done: false };
  let chain = Promise.resolve();
  const land = (source: NewsSource, outcome: SourceAnswer | { error: unknown }) => {
    if ('items' in outcome) {
      found.push(...outcome.items);
      if (outcome.wordCounts) background = outcome.wordCounts;
      if (outcome.unreached) unreached.set(source.id, outcome.unreached);
    }
    const items = 'items' in outcome ? outcome.items : [];
    status.push(statusOf(source, 'items' in outcome ? { found: items.length } : outcome));
    const coverage = scoreFound(article, query, found, background);
    // Reported in the registry's order, whatever order they answered in.
    const ordered = [...status].sort((a, b) => sources.findIndex((x) => x.id === a.id) - sources.findIndex((x) => x.id === b.id));
    current = { coverage, status: ordered, done: status.length === sources.length };
    const snapshot = current;
    chain = chain.then(() => onUpdate(snapshot));
    return chain;
  };
  await Promise.all(
    enabled.map((s) =>
      (ctx.health && !s.local ? guardedSearch(s, query, ctx, ctx.health, { minIntervalMs: s.minIntervalMs?.(ctx.settings) ?? 0 }) : s.search(query, ctx)).then(
        (answer) => land(s, Array.isArray(answer) ? { items: answer } : answer),
        (error) => land(s, { error }),
      ),
    ),
  );
  await chain;
  return { ...current, done: true, unreached };
}
