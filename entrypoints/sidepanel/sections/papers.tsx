import { Cited } from '@/components/Cited';
import type { StoryBrief } from '@/utils/brief/schema';
import { send } from '@/utils/messaging';

/** Each outlet's row: its name, country, its own headline, its angle — and the reader's corrections. */
export function PapersSay({ brief, fresh }: { brief: StoryBrief; fresh?: Set<string> }) {
  const byId = new Map(brief.sources.map((s) => [s.id, s]));
  return (
    <>
      {brief.papers.overview.length > 0 && <Cited paragraph={brief.papers.overview} sources={brief.sources} />}
      <ul className="outlets">
        {brief.papers.outlets.map((o) => {
          const src = byId.get(o.sourceId);
          return (
            <li key={o.sourceId} className="outlet-row" data-source-id={o.sourceId} data-reader={o.reader ? '' : undefined}>
              <span className="monogram" aria-hidden="true">
                {o.outlet.replace(/^The\s+/i, '').slice(0, 1)}
              </span>
              <div className="outlet-body">
                <p className="outlet-name">
                  <bdi>{o.outlet}</bdi>
                  {src?.country && <span className="country"> · {src.country}</span>}
                  {o.reader && <span className="reader-label"> · You are reading this</span>}
                  {fresh?.has(o.sourceId) && <span className="new-label" data-testid="new-outlet"> · New since you last read</span>}
                </p>
                <a className="outlet-headline" dir="auto" href={src?.url} target="_blank" rel="noopener noreferrer">
                  {o.headline}
                </a>
                {o.angle.length > 0 && <Cited paragraph={o.angle} sources={brief.sources} />}
                {src && (
                  <p className="corrections">
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => void send('correctStory', { storyId: brief.storyId, kind: 'not-same', url: src.url, domain: src.domain })}
                    >
                      Not the same story
                    </button>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => void send('correctStory', { storyId: brief.storyId, kind: 'mute', url: src.url, domain: src.domain })}
                    >
                      Mute {o.outlet}
                    </button>
                  </p>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
