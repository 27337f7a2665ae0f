/** Every article used; a row expands to that article's own short summary. */
import { useId } from 'react';
import { shortDate } from '@/components/format';
import type { BriefSource } from '@/utils/brief/schema';
import type { StoryRecord } from '@/utils/db';
import { newReports, reportKeys } from '@/utils/core/url';
import type { CoverageItem } from '@/utils/core/types';
import { send } from '@/utils/messaging';

export function SourcesList({ sources, story }: { sources: BriefSource[]; story?: StoryRecord }) {
  return (
    <ol className="sources" data-testid="sources">
      {sources.map((s) => {
        const summary = story?.sourceSummaries?.[s.url];
        return (
          <li key={s.id} data-source-id={s.id} data-domain={s.domain} data-earlier={s.earlier ? '' : undefined}>
            <bdi className="outlet">{s.outlet}</bdi>
            {s.isReaderArticle && <span className="badge">you are reading</span>}
            {s.earlier && <span className="badge">earlier coverage</span>}
            <a href={s.url} target="_blank" rel="noopener noreferrer" className="source-title" dir="auto">
              {s.title}
            </a>
            {s.published && <span className="date">{shortDate(s.published)}</span>}
            {story && !s.isReaderArticle && (
              <details className="source-more" onToggle={(e) => (e.target as HTMLDetailsElement).open && !summary && void send('summarizeSource', { storyId: story.id, url: s.url })}>
                <summary>In short</summary>
                {summary ? (
                  <p>
                    {summary.text || 'No summary is available for this article.'}{' '}
                    <span className="date">{summary.from === 'article' ? '(from the article)' : '(from its feed or search snippet; allow this site to read the article itself)'}</span>
                  </p>
                ) : (
                  <p className="date">Reading…</p>
                )}
              </details>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/**
 * The same story's other reports from outlets the page cites: the page reads at most two an outlet,
 * and the rest are listed, not dropped. Outlets the page does not cite are left out, so every count
 * of outlets on the page stays true.
 */
export function otherReports(sameStory: CoverageItem[], sources: Pick<BriefSource, 'url' | 'domain' | 'title'>[]): CoverageItem[] {
  // One report reached by two links (a feed's and a search's) under one title is listed once.
  const seen = new Set(sources.flatMap((s) => reportKeys(s.url, s.domain, s.title)));
  const cited = new Set(sources.map((s) => s.domain).filter(Boolean));
  return newReports(sameStory.filter((c) => cited.has(c.outlet.domain)), (c) => reportKeys(c.url, c.outlet.domain, c.title), seen);
}

export function MoreReports({ items }: { items: CoverageItem[] }) {
  const id = useId();
  return (
    <>
      <p className="more-reports-note" id={id}>
        {items.length === 1 ? 'One more report' : `${items.length} more reports`} of this story from these outlets, not read for this page:
      </p>
      <ul className="sources more-reports" data-testid="more-reports" aria-labelledby={id}>
        {items.map((c) => (
          <li key={c.id} data-domain={c.outlet.domain}>
            <bdi className="outlet">{c.outlet.name}</bdi>
            <a href={c.url} target="_blank" rel="noopener noreferrer" className="source-title" dir="auto">
              {c.title}
            </a>
            {c.published && <span className="date">{shortDate(c.published)}</span>}
          </li>
        ))}
      </ul>
    </>
  );
}
