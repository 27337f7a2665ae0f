/**
 * Find how other outlets cover the story: ask every enabled source in parallel, and as each
 * lands merge, de-duplicate and score what it found. A failed source is reported, never fatal.
 */
import { buildQuery, followUpQuery, type StoryQuery } from './core/query';
import { classify, scoreCandidates, type WordCounts } from './core/match';
import { domainOf, newReports, reportKeys } from './core/url';
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

/** Richer finds first: a feed item has a description and the outlet's real name. */
const PRIORITY: Record<string, number> = { feeds: 0, gdelt: 1, 'google-news': 2 };

export function dedupe(candidates: Candidate[], reader: Pick<ExtractedArticle, 'canonicalUrl' | 'title'>): Candidate[] {
  const seen = new Set<string>(reportKeys(reader.canonicalUrl, domainOf(reader.canonicalUrl), reader.title));
  const ordered = [...candidates].sort((a, b) => (PRIORITY[a.source] ?? 9) - (PRIORITY[b.source] ?? 9));
  return newReports(ordered, (c) => reportKeys(c.url, c.outlet.domain, c.title), seen);
}

/** What was found so far, de-duplicated and scored against the article, related or better. */
export function scoreFound(article: ExtractedArticle, query: StoryQuery, found: Candidate[], background: WordCounts | undefined): CoverageItem[] {
  return classify(scoreCandidates(article, query, dedupe(found, article), { backgroundDf: background }));
}

/**
 * Sources asked a second time, with the words of the first round's confident matches: the feed
 * index (local) and Google News. GDELT is not: its published limit is one request per 5 s, spent
 * on the first round.
 */
const SECOND_ROUND = new Set(['feeds', 'google-news']);

/** The second round's query: what the first round's same-story matches (best first) share that the story's query lacks. */
export function secondQuery(query: StoryQuery, coverage: CoverageItem[]): StoryQuery | null {
  return followUpQuery(query, coverage.filter((c) => c.relation === 'same-story').sort((a, b) => b.score - a.score));
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
  const publish = () => {
    const coverage = scoreFound(article, query, found, background);
    // Reported in the registry's order, whatever order they answered in.
    const ordered = [...status].sort((a, b) => sources.findIndex((x) => x.id === a.id) - sources.findIndex((x) => x.id === b.id));
    // Never done before the second round has been asked: the final answer is what findCoverage returns.
    current = { coverage, status: ordered, done: false };
    const snapshot = current;
    chain = chain.then(() => onUpdate(snapshot));
    return chain;
  };
  const land = (source: NewsSource, outcome: SourceAnswer | { error: unknown }) => {
    if ('items' in outcome) {
      found.push(...outcome.items);
      if (outcome.wordCounts) background = outcome.wordCounts;
      if (outcome.unreached) unreached.set(source.id, outcome.unreached);
    }
    const items = 'items' in outcome ? outcome.items : [];
    status.push(statusOf(source, 'items' in outcome ? { found: items.length } : outcome));
    return publish();
  };
  const ask = (s: NewsSource, q: StoryQuery) =>
    (ctx.health && !s.local ? guardedSearch(s, q, ctx, ctx.health, { minIntervalMs: s.minIntervalMs?.(ctx.settings) ?? 0 }) : s.search(q, ctx)).then((answer) => (Array.isArray(answer) ? { items: answer } : answer));
  await Promise.all(enabled.map((s) => ask(s, query).then((answer) => land(s, answer), (error) => land(s, { error }))));
  await chain;
  // The second round: the confident matches' words find the paraphrases (only sources that answered).
  const next = secondQuery(query, current.coverage);
  const again = next ? enabled.filter((s) => SECOND_ROUND.has(s.id) && status.some((x) => x.id === s.id && (x.state === 'ok' || x.state === 'empty'))) : [];
  if (next && again.length) {
    await Promise.all(
      again.map((s) =>
        ask(s, next).then(
          (answer) => {
            found.push(...answer.items);
            const at = status.findIndex((x) => x.id === s.id);
            const st = status[at];
            if (st && answer.items.length) status[at] = { ...st, state: 'ok', found: st.found + answer.items.length };
            return publish();
          },
          // A second round that fails changes nothing: the first round's answer stands.
          () => undefined,
        ),
      ),
    );
    await chain;
  }
  return { ...current, done: true, unreached };
}
