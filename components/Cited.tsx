/** A paragraph whose every sentence ends in numbered markers linking to its sources. */
import type { BriefSource, Paragraph } from '@/utils/brief/schema';

export interface CitedProps {
  paragraph: Paragraph;
  sources: BriefSource[];
}

export function Citation({ id, sources, hidden }: { id: string; sources: BriefSource[]; hidden?: boolean }) {
  const index = sources.findIndex((s) => s.id === id);
  const source = sources[index];
  if (!source) return null;
  const label = `${source.outlet}: ${source.title}`;
  return (
    <a
      className="cite"
      href={source.url}
      target="_blank"
      rel="noopener noreferrer"
      data-tip={label}
      aria-label={`Source ${index + 1}, ${label}`}
      hidden={hidden}
    >
      {index + 1}
    </a>
  );
}

/**
 * Runs of three or more consecutive source numbers, for a marker that reads "1–6" instead of
 * "1 2 3 4 5 6". Exported for its unit test.
 */
export function citationRuns(numbers: number[]): number[][] {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const n of sorted) {
    const last = runs[runs.length - 1];
    if (last && n === last[last.length - 1]! + 1) last.push(n);
    else runs.push([n]);
  }
  // A pair stays two numbers ("1, 2"): a range only pays for itself from three on.
  return runs.flatMap((r) => (r.length >= 3 ? [r] : r.map((n) => [n])));
}

/**
 * A sentence's markers as light superscripts. A range shows its first and last number; the sources
 * between stay in the DOM as hidden links (every citation is still there to read for tools and
 * tests), and the Sources list names them all.
 */
export function Citations({ ids, sources }: { ids: string[]; sources: BriefSource[] }) {
  const indexOf = new Map(sources.map((s, i) => [s.id, i + 1]));
  const known = ids.filter((id) => indexOf.has(id));
  const idOf = new Map(known.map((id) => [indexOf.get(id)!, id]));
  const runs = citationRuns(known.map((id) => indexOf.get(id)!));
  return (
    <span className="cites">
      {runs.map((run, i) => {
        const first = run[0]!;
        const last = run[run.length - 1]!;
        return (
          <span key={first} className="cite-run">
            {i > 0 && <span className="cite-sep" aria-hidden="true">,</span>}
            <Citation id={idOf.get(first)!} sources={sources} />
            {run.length > 1 && (
              <>
                {run.slice(1, -1).map((n) => (
                  <Citation key={n} id={idOf.get(n)!} sources={sources} hidden />
                ))}
                <span className="cite-sep" aria-hidden="true">–</span>
                <span className="visually-hidden"> to </span>
                <Citation id={idOf.get(last)!} sources={sources} />
              </>
            )}
          </span>
        );
      })}
    </span>
  );
}

export function Cited({ paragraph, sources }: CitedProps) {
  return (
    <p className="cited">
      {paragraph.map((s, i) => (
        <span key={i} className="sentence">
          {s.text}
          <Citations ids={s.cites} sources={sources} />{' '}
        </span>
      ))}
    </p>
  );
}
