/**
 * What the reader told us: "not the same story" for a source under a story, and outlets muted
 * everywhere. Kept in extension storage (never lost when the cache is cleared) and applied to
 * every lookup after.
 */
import type { CoverageItem } from '../core/types';

export interface Corrections {
  /** Outlet domains the reader muted. */
  muted: string[];
  /** Per story id, URLs the reader said are another story. */
  notSame: Record<string, string[]>;
}

export function applyCorrections(storyId: string, coverage: CoverageItem[], c: Corrections): CoverageItem[] {
  const notSame = new Set(c.notSame[storyId] ?? []);
  const muted = new Set(c.muted);
  return coverage.filter((item) => !muted.has(item.outlet.domain) && !notSame.has(item.url));
}
