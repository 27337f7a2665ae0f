import { shortDate } from '@/components/format';
import type { CoverageItem } from '@/utils/core/types';

/** Coverage of neighbouring stories: the "related topic" class of the matcher. */
export function Related({ items }: { items: CoverageItem[] }) {
  return (
    <ul className="related">
      {items.slice(0, 6).map((c) => (
        <li key={c.id}>
          <a href={c.url} target="_blank" rel="noopener noreferrer">
            {c.title}
          </a>
          <span className="date">
            {c.outlet.name}
            {c.published && ` · ${shortDate(c.published)}`}
          </span>
        </li>
      ))}
    </ul>
  );
}
