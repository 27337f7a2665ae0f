/**
 * Stage: ask every source at once. The feed index first polls the feeds that are due, so it lands
 * later than the search APIs; each landing re-scores everything and the page is recomposed.
 */
import type { CoverageItem, ExtractedArticle, SourceStatus } from '../core/types';
import { findCoverage } from '../coverage';
import { dexieFeedStore } from '../feed-index/dexie-store';
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
  const corrected = (c: CoverageItem[]) => (deps.corrections ? applyCorrections(writer.id, c, deps.corrections) : c);
  const result = await findCoverage(
    article,
    deps.sources ?? NEWS_SOURCES,
    { fetch: deps.fetch, signal: deps.signal, settings: deps.settings, health: deps.health, feedIndex: dexieFeedStore(deps.db), now: deps.now },
    async (update) => {
      if (update.done) return;
      await writer.update({ sourceStatus: update.status });
      if (update.coverage.length) await writer.compose(corrected(update.coverage), 'searching');
    },
  );
  // A source that answered only from what it had saved (the feed index, its feeds all unreachable) is told as failed.
  const status = result.status.map((s) => {
    const why = result.unreached.get(s.id);
    return why && s.state !== 'skipped' ? { ...s, state: 'failed' as const, message: `${why}; ${s.found} saved items used` } : s;
  });
  return { coverage: corrected(result.coverage), status, answered: status.some((s) => s.state === 'ok' || s.state === 'empty') };
}
