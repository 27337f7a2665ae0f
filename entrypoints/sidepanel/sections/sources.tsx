import { shortDate } from '@/components/format';
import type { BriefSource } from '@/utils/brief/schema';

export function SourcesList({ sources }: { sources: BriefSource[] }) {
  return (
    <ol className="sources" data-testid="sources">
      {sources.map((s) => (
        <li key={s.id} data-source-id={s.id} data-domain={s.domain}>
          <span className="outlet">{s.outlet}</span>
          {s.isReaderArticle && <span className="badge">you are reading</span>}
          <a href={s.url} target="_blank" rel="noopener noreferrer" className="source-title">
            {s.title}
          </a>
          {s.published && <span className="date">{shortDate(s.published)}</span>}
        </li>
      ))}
    </ol>
  );
}
