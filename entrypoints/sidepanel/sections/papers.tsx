import { Cited, Citations } from '@/components/Cited';
import type { AgreedFact, BriefSource, Differs, Sentence, StoryBrief } from '@/utils/brief/schema';
import { send } from '@/utils/messaging';
import { RowActions } from '../row-actions';

/** The outlet a citation names ("Global Wire"), for saying who else reports a fact. */
function outletOf(id: string, sources: BriefSource[]): string {
  return sources.find((s) => s.id === id)?.outlet ?? '';
}

/** "Global Wire¹, Metro Daily²": the outlets a list of sentences cites, each with its marker. */
function OutletsCited({ quotes, sources }: { quotes: Sentence[]; sources: BriefSource[] }) {
  return (
    <>
      {quotes.map((q, j) => (
        <span key={j} className="outlet-cited">
          {j > 0 && ', '}
          <bdi>{q.cites.map((c) => outletOf(c, sources)).filter(Boolean).join(', ')}</bdi>
          <Citations ids={q.cites} sources={sources} />
        </span>
      ))}
    </>
  );
}

/** Each outlet's own sentence, under its name: what a fact or a value rests on. */
function InTheirWords({ quotes, sources }: { quotes: Sentence[]; sources: BriefSource[] }) {
  return (
    <ul className="papers-quotes">
      {quotes.map((q, j) => (
        <li key={j}>
          <span className="quote-outlet">
            <bdi>{q.cites.map((c) => outletOf(c, sources)).filter(Boolean).join(', ')}</bdi>
          </span>
          <Cited paragraph={[q]} sources={sources} />
        </li>
      ))}
    </ul>
  );
}

/**
 * What the outlets agree on: the fact in one outlet's words, then every other outlet that states it,
 * each cited; all their own sentences one tap away. At most four (the engine's cap).
 */
function Agreed({ agreed, sources }: { agreed: AgreedFact[]; sources: BriefSource[] }) {
  const facts = agreed.slice(0, 4).filter((a) => a.quotes.length > 0);
  return (
    <div className="papers-part" data-testid="papers-agreed">
      <h3 className="papers-label">Agreed</h3>
      <ul className="papers-list">
        {facts.map((a, i) => (
          <li key={i} className="agreed-item" data-key={a.key}>
            <Cited paragraph={a.quotes.slice(0, 1)} sources={sources} />
            {a.quotes.length > 1 && (
              <p className="papers-also">
                Also reported by <OutletsCited quotes={a.quotes.slice(1)} sources={sources} />
              </p>
            )}
          </li>
        ))}
      </ul>
      <details className="papers-words">
        <summary>How each outlet puts it</summary>
        {facts.map((a, i) => (
          <div key={i} className="papers-words-group">
            <p className="papers-words-key" dir="auto">
              {a.key}
            </p>
            <InTheirWords quotes={a.quotes} sources={sources} />
          </div>
        ))}
      </details>
    </div>
  );
}

/** The same quantity given differently: the values side by side, each with who gives it, cited. No verdict. */
function DiffersBlock({ differs, sources }: { differs: Differs[]; sources: BriefSource[] }) {
  return (
    <div className="papers-part" data-testid="papers-differs">
      <h3 className="papers-label">Differs</h3>
      <ul className="papers-list">
        {differs.map((d, i) => (
          <li key={i} className="differs-item">
            <p className="differs-what" dir="auto">
              {d.what}
            </p>
            <ul className="differs-values">
              {d.values.map((v, j) => (
                <li key={j} className="differs-value">
                  <span className="differs-figure" dir="auto">
                    {v.value}
                  </span>
                  <span className="differs-outlet">
                    <OutletsCited quotes={[v.quote]} sources={sources} />
                  </span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <details className="papers-words">
        <summary>In their words</summary>
        {differs.map((d, i) => (
          <div key={i} className="papers-words-group">
            <p className="papers-words-key" dir="auto">
              {d.what}
            </p>
            <InTheirWords quotes={d.values.map((v) => v.quote)} sources={sources} />
          </div>
        ))}
      </details>
    </div>
  );
}

/**
 * What the papers say: what the outlets agree on, where their figures differ, then one row per outlet —
 * its name, country, its own headline, how that headline frames the story, what it alone reports —
 * and the reader's corrections. All of it rendered as text.
 */
export function PapersSay({ brief, fresh }: { brief: StoryBrief; fresh?: Set<string> }) {
  const byId = new Map(brief.sources.map((s) => [s.id, s]));
  const agreed = brief.papers.agreed ?? [];
  const differs = brief.papers.differs ?? [];
  // The rows get a heading of their own when parts above them, or their "Only in" headings, need one.
  const compared = agreed.length > 0 || differs.length > 0 || brief.papers.outlets.some((o) => o.basis && o.angle.length > 0);
  return (
    <>
      {brief.papers.overview.length > 0 && <Cited paragraph={brief.papers.overview} sources={brief.sources} />}
      {agreed.length > 0 && <Agreed agreed={agreed} sources={brief.sources} />}
      {differs.length > 0 && <DiffersBlock differs={differs} sources={brief.sources} />}
      {/* For screen readers and the outline (the rows' "Only in" headings sit under it); the rows speak for themselves to the eye. */}
      {compared && <h3 className="visually-hidden">Outlet by outlet</h3>}
      <ul className="outlets">
        {brief.papers.outlets.map((o) => {
          const src = byId.get(o.sourceId);
          return (
            <li key={o.sourceId} className="outlet-row" data-source-id={o.sourceId} data-reader={o.reader ? '' : undefined}>
              {/* The row's actions sit under its monogram: the narrow column beside the text is free there. */}
              <div className="outlet-side">
                <span className="monogram" aria-hidden="true">
                  {o.outlet.replace(/^The\s+/i, '').slice(0, 1)}
                </span>
                {src && (
                  <RowActions label={`Actions for ${o.outlet}`}>
                    <button
                      type="button"
                      className="menu-item"
                      onClick={() => void send('correctStory', { storyId: brief.storyId, kind: 'not-same', url: src.url, domain: src.domain })}
                    >
                      Not the same story
                    </button>
                    <button
                      type="button"
                      className="menu-item"
                      onClick={() => void send('correctStory', { storyId: brief.storyId, kind: 'mute', url: src.url, domain: src.domain })}
                    >
                      Mute <bdi>{o.outlet}</bdi>
                    </button>
                  </RowActions>
                )}
              </div>
              <div className="outlet-body">
                <p className="outlet-name">
                  <bdi>{o.outlet}</bdi>
                  {src?.country && <span className="country"> · {src.country}</span>}
                  {o.reader && <span className="reader-label"> · You are reading this</span>}
                  {fresh?.has(o.sourceId) && <span className="new-label" data-testid="new-outlet"> · New since you last read</span>}
                  {/* On the name's line, not one of its own: the panel is narrow and there is a row per outlet. */}
                  {o.basis === 'snippet' && (
                    <span className="outlet-basis" data-testid="papers-basis">
                      {' '}
                      · compared from its feed summary only
                    </span>
                  )}
                </p>
                <a className="outlet-headline" dir="auto" href={src?.url} target="_blank" rel="noopener noreferrer">
                  {o.headline}
                </a>
                {o.framing && (
                  <div className="outlet-framing" data-testid="papers-framing">
                    <Cited paragraph={[o.framing]} sources={brief.sources} />
                  </div>
                )}
                {o.angle.length > 0 && !o.basis && <Cited paragraph={o.angle} sources={brief.sources} />}
                {o.angle.length > 0 && o.basis && (
                  <div className="only-in" data-testid="papers-only-in">
                    <h4 className="only-label">
                      Only in <bdi>{o.outlet}</bdi>
                    </h4>
                    <ul className="papers-list">
                      {o.angle.map((s, i) => (
                        <li key={i}>
                          <Cited paragraph={[s]} sources={brief.sources} />
                        </li>
                      ))}
                    </ul>
                  </div>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
