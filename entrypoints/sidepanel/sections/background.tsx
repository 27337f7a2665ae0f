import { Cited, Citations } from '@/components/Cited';
import { shortDate } from '@/components/format';
import type { StoryBrief } from '@/utils/brief/schema';

export function HowWeGotHere({ brief, fresh }: { brief: StoryBrief; fresh?: Set<string> }) {
  const { paragraph, timeline } = brief.background;
  return (
    <>
      {paragraph.length > 0 && <Cited paragraph={paragraph} sources={brief.sources} />}
      {timeline.length > 0 && (
        <ol className="timeline" aria-label="Timeline">
          {timeline.map((e, i) => (
            <li key={i} data-new={e.cites.some((c) => fresh?.has(c)) ? '' : undefined} data-earlier={e.earlier ? '' : undefined}>
              <time dateTime={e.date}>{shortDate(e.date) || e.date}</time>
              {e.cites.some((c) => fresh?.has(c)) && <span className="new-label"> · New</span>}
              {/* Beside the date, never inside the entry's text: the text is the earlier source's own headline. */}
              {e.earlier && <> <span className="badge earlier-label">earlier coverage</span></>}
              <p>
                {e.text}
                <Citations ids={e.cites} sources={brief.sources} />
              </p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
