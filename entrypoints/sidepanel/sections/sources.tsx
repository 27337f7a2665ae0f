/** Every article used; a row expands to that article's own short summary. */
import { shortDate } from '@/components/format';
import type { BriefSource } from '@/utils/brief/schema';
import type { StoryRecord } from '@/utils/db';
import { canonicalizeUrl } from '@/utils/core/url';
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
export function otherReports(sameStory: CoverageItem[], sources: Pick<BriefSource, 'url' | 'domain'>[]): CoverageItem[] {
  const used = new Set(sources.map((s) => canonicalizeUrl(s.url)));
  const cited = new Set(sources.map((s) => s.domain));
  return sameStory.filter((c) => cited.has(c.outlet.domain) && !used.has(canonicalizeUrl(c.url)));
}

export function MoreReports({ items }: { items: CoverageItem[] }) {
  return (
    <>
      <p className="more-reports-note">
        {items.length === 1 ? 'One more report' : `${items.length} more reports`} of this story from these outlets, not read for this page:
      </p>
      <ul className="sources more-reports" data-testid="more-reports">
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
