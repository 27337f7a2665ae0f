import { Cited } from '@/components/Cited';
import { timeAgo } from '@/components/format';
import type { BriefSource } from '@/utils/brief/schema';
import type { StoryRecord } from '@/utils/db';

/** New coverage since the reader last opened this story: the update written from it alone, then its articles. */
export function SinceLastRead({ since }: { since: NonNullable<StoryRecord['sinceLastRead']> }) {
  const sources: BriefSource[] = since.items.map((c) => ({
    id: c.id,
    outlet: c.outlet.name,
    domain: c.outlet.domain,
    title: c.title,
    url: c.url,
    published: c.published,
    isReaderArticle: false,
    foundBy: c.source,
  }));
  return (
    <section className="since" aria-labelledby="since-title" data-section="since">
      <h2 id="since-title">Since you last read ({timeAgo(since.since)})</h2>
      {since.update && since.update.length > 0 && <Cited paragraph={since.update} sources={sources} />}
      <ul>
        {since.items.map((c) => (
          <li key={c.id} data-outlet={c.outlet.name}>
            <strong>{c.outlet.name}</strong>:{' '}
            <a href={c.url} target="_blank" rel="noopener noreferrer">
              {c.title}
            </a>
            {!since.update?.length && c.description && <p>{c.description}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
