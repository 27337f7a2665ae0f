/** A paragraph whose every sentence ends in numbered markers linking to its sources. */
import type { BriefSource, Paragraph } from '@/utils/brief/schema';

export interface CitedProps {
  paragraph: Paragraph;
  sources: BriefSource[];
}

export function Citation({ id, sources }: { id: string; sources: BriefSource[] }) {
  const index = sources.findIndex((s) => s.id === id);
  const source = sources[index];
  if (!source) return null;
  const label = `${source.outlet}: ${source.title}`;
  return (
    <a className="cite" href={source.url} target="_blank" rel="noopener noreferrer" data-tip={label} aria-label={`Source ${index + 1}, ${label}`}>
      {index + 1}
    </a>
  );
}

export function Cited({ paragraph, sources }: CitedProps) {
  return (
    <p className="cited">
      {paragraph.map((s, i) => (
        <span key={i} className="sentence">
          {s.text}
          <span className="cites">
            {s.cites.map((c) => (
              <Citation key={c} id={c} sources={sources} />
            ))}
          </span>{' '}
        </span>
      ))}
    </p>
  );
}
