import { timeAgo } from '@/components/format';
import type { StoryRecord } from '@/utils/db';

/** New coverage since the reader last opened this story. */
export function SinceLastRead({ since }: { since: NonNullable<StoryRecord['sinceLastRead']> }) {
  return (
    <section className="since" aria-labelledby="since-title" data-section="since">
      <h2 id="since-title">Since you last read ({timeAgo(since.since)})</h2>
      <ul>
        {since.items.map((c) => (
          <li key={c.id}>
            <strong>{c.outlet.name}</strong>:{' '}
            <a href={c.url} target="_blank" rel="noopener noreferrer">
              {c.title}
            </a>
            {c.description && <p>{c.description}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
