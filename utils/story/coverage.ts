/**
 * Stage: ask every source at once. The feed index first polls the feeds that are due, so it lands
 * later than the search APIs; each landing re-scores everything and the page is recomposed.
 * The page does not wait for the slowest source: it is complete when every source answered, or
 * `graceMs` after the first answer, or `maxWaitMs` after asking, whichever comes first. A source
 * still out then is shown as "still waiting", and its answer is merged when it lands.
 */
import type { CoverageItem, ExtractedArticle, SourceStatus } from '../core/types';
import { findCoverage, type CoverageFinal } from '../coverage';
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
  /**
   * Set when the deadline passed with sources still out: merges their answers into the row when
   * they land. The job calls it after writing its own complete page, so a late merge never lands first.
   */
  mergeLate?: () => Promise<void>;
}

/** How long the page waits for sources (the budget: about 3 s after the first answer, 6 s at most). */
export interface CoverageDeadline {
  graceMs: number;
  maxWaitMs: number;
}
export const COVERAGE_DEADLINE: CoverageDeadline = { graceMs: 3000, maxWaitMs: 6000 };

export async function lookUpCoverage(article: ExtractedArticle, deps: JobDeps, writer: StoryWriter, deadline = COVERAGE_DEADLINE): Promise<CoverageFound> {
  const corrected = (c: CoverageItem[]) => (deps.corrections ? applyCorrections(writer.id, c, deps.corrections) : c);
  const sources = deps.sources ?? NEWS_SOURCES;
  let latest: { coverage: CoverageItem[]; status: SourceStatus[] } = { coverage: [], status: [] };
  let late = false;
  let passed!: () => void;
  const deadlinePassed = new Promise<null>((resolve) => (passed = () => resolve(null)));
  const timers = [setTimeout(passed, deadline.maxWaitMs)];
  const run = findCoverage(
    article,
    sources,
    { fetch: deps.fetch, signal: deps.signal, settings: deps.settings, health: deps.health, feedIndex: dexieFeedStore(deps.db), now: deps.now },
    async (update) => {
      if (timers.length === 1 && update.status.some((s) => s.state !== 'skipped')) timers.push(setTimeout(passed, deadline.graceMs));
      latest = update;
      if (update.done || late) return;
      await writer.update({ sourceStatus: update.status });
      if (update.coverage.length) await writer.compose(corrected(update.coverage), 'searching');
    },
  );
  const final = await Promise.race([run, deadlinePassed]);
  timers.forEach(clearTimeout);
  if (final) return settled(final, corrected);
  late = true;
  const answered = new Set(latest.status.map((s) => s.id));
  const at = new Date().toISOString();
  const waiting: SourceStatus[] = sources
    .filter((s) => !answered.has(s.id))
    .map((s) => ({ id: s.id, label: s.label, state: 'waiting', found: 0, at, message: 'still waiting' }));
  const order = (s: SourceStatus) => sources.findIndex((x) => x.id === s.id);
  const status = [...latest.status, ...waiting].sort((a, b) => order(a) - order(b));
  return {
    coverage: corrected(latest.coverage),
    status,
    answered: status.some((s) => s.state === 'ok' || s.state === 'empty'),
    mergeLate: async () => {
      const found = settled(await run, corrected);
      await writer.update({ sourceStatus: found.status });
      await writer.compose(found.coverage, 'done');
    },
  };
}

function settled(result: CoverageFinal, corrected: (c: CoverageItem[]) => CoverageItem[]): CoverageFound {
  // A source that answered only from what it had saved (the feed index, its feeds all unreachable) is told as failed.
  const status = result.status.map((s) => {
    const why = result.unreached.get(s.id);
    return why && s.state !== 'skipped' ? { ...s, state: 'failed' as const, message: `${why}; ${s.found} saved items used` } : s;
  });
  return { coverage: corrected(result.coverage), status, answered: status.some((s) => s.state === 'ok' || s.state === 'empty') };
}
