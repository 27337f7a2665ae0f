/** What the papers say has one row per outlet; the article being read is marked, not shown as another outlet's view. */
import type { PageRule } from './page';

export const papersOneRowPerOutlet: PageRule = {
  id: 'papers-one-row-per-outlet',
  check(page) {
    const out: string[] = [];
    const seen = new Map<string, number>();
    for (const row of page.papers.rows) seen.set(row.outlet, (seen.get(row.outlet) ?? 0) + 1);
    for (const [outlet, n] of seen) if (n > 1) out.push(`${outlet} has ${n} rows`);
    for (const row of page.papers.rows) if (row.url === page.readerUrl && !row.reader) out.push(`the article being read (${row.outlet}) is shown as another outlet's view`);
    return out;
  },
};
