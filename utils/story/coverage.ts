/**
 * Stage: ask every source at once. The feed index first polls the feeds that are due, so it lands
 * later than the search APIs; each landing re-scores everything and the page is recomposed.
 */
import { buildQuery } from '../core/query';
import type { CoverageItem, ExtractedArticle, SourceStatus } from '../core/types';
import { findCoverage } from '../coverage';
import { lookUpIndex, refreshFeeds, warmUpIndex, type IndexLookup } from '../feeds';
import { NEWS_SOURCES } from '../sources/registry';
import { applyCorrections } from './corrections';
import type { JobDeps } from './job';
import type { StoryWriter } from './writer';

export interface CoverageFound {
  coverage: CoverageItem[];
  status: SourceStatus[];
  /** Whether any source answered: when none did, a cached page is kept as it was. */
  answered: boolean;
}

export async function lookUpCoverage(article: ExtractedArticle, deps: JobDeps, writer: StoryWriter): Promise<CoverageFound> {
  const now = deps.now ?? Date.now;
  const corrected = (c: CoverageItem[]) => (deps.corrections ? applyCorrections(writer.id, c, deps.corrections) : c);
  let stats: IndexLookup['stats'] | undefined;
  let feedsReached = true;
  const query = buildQuery(article);
  // A restarted worker reads the window's word counts while the feeds are polled, not after.
  void warmUpIndex(deps.db, article.publishedTime, now()).catch(() => undefined);
  const feedIndexReady = refreshFeeds(deps.db, deps.settings, { fetch: deps.fetch, signal: deps.signal, now: now() })
    .catch(() => ({ due: 1, ok: 0 }))
    .then(async (polled) => {
      // The index always answers from what it saved; it only counts as reached if its feeds were.
      feedsReached = polled.due === 0 || polled.ok > 0;
      // Its items near the story's date are a source; its word counts tell common words from telling ones.
      const found = await lookUpIndex(deps.db, query, article.publishedTime, now());
      stats = found.stats;
      return found.candidates;
    });
  const result = await findCoverage(
    article,
    deps.sources ?? NEWS_SOURCES,
    { fetch: deps.fetch, signal: deps.signal, settings: deps.settings, feedItems: () => feedIndexReady, health: deps.health },
    async (update) => {
      if (update.done) return;
      await writer.update({ sourceStatus: update.status });
      if (update.coverage.length) await writer.compose(corrected(update.coverage), 'searching');
    },
    { query, background: () => stats },
  );
  const status = result.status.map((s) =>
    s.id === 'feeds' && !feedsReached && s.state !== 'skipped'
      ? { ...s, state: 'failed' as const, message: `no feed could be reached; ${s.found} saved items used` }
      : s,
  );
  return { coverage: corrected(result.coverage), status, answered: status.some((s) => s.state === 'ok' || s.state === 'empty') };
}
