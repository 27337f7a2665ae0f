/** Every article used; a row expands to that article's own short summary. */
import { shortDate } from '@/components/format';
import type { BriefSource } from '@/utils/brief/schema';
import type { StoryRecord } from '@/utils/db';
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
