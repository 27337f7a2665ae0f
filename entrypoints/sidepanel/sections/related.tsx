import { shortDate } from '@/components/format';
import type { CoverageItem } from '@/utils/core/types';
import { send } from '@/utils/messaging';
import { usePanel } from '../store';

/** Related stories listed at first; the rest are one click away, never dropped. */
const SHOWN = 6;

/** Coverage of neighbouring stories (the matcher's "related" class); each opens as its own page here. */
export function Related({ items }: { items: CoverageItem[] }) {
  const go = usePanel((s) => s.go);
  const open = (c: CoverageItem) =>
    void send('openStory', { url: c.url, title: c.title, text: c.description ?? '', published: c.published, siteName: c.outlet.name }).then(
      (r) => r.ok && go({ kind: 'story', storyId: r.storyId }),
    );
  const row = (c: CoverageItem) => (
    <li key={c.id}>
      <button type="button" className="link-button related-open" onClick={() => open(c)}>
        {c.title}
      </button>
      <span className="date">
        {c.outlet.name}
        {c.published && ` · ${shortDate(c.published)}`} ·{' '}
        <a href={c.url} target="_blank" rel="noopener noreferrer" aria-label={`Open the article: ${c.title}`}>
          open the article
        </a>
      </span>
    </li>
  );
  const rest = items.slice(SHOWN);
  return (
    <>
      <ul className="related">{items.slice(0, SHOWN).map(row)}</ul>
      {rest.length > 0 && (
        <details className="related-more">
          <summary>
            {rest.length} more related {rest.length === 1 ? 'story' : 'stories'}
          </summary>
          <ul className="related">{rest.map(row)}</ul>
        </details>
      )}
    </>
  );
}
