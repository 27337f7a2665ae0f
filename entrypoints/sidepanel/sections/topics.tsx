import { useState } from 'react';
import { shortDate } from '@/components/format';
import type { StoryBrief } from '@/utils/brief/schema';
import { send } from '@/utils/messaging';
import { usePanel } from '../store';

/** How many cards show before "more": the encyclopedia supports the story, it must not outweigh it. */
export const TOPICS_SHOWN = 4;

/**
 * Encyclopedia cards, each one line (name and description) that opens to its extract. No remote
 * images: never a third-party thumbnail. Cards past the first four stay in the page, hidden until "more".
 */
export function Topics({ brief }: { brief: StoryBrief }) {
  const go = usePanel((s) => s.go);
  const [all, setAll] = useState(false);
  const open = (t: StoryBrief['topics'][number]) =>
    void send('openStory', { url: t.url, title: t.name, text: `${t.name}. ${t.extract}` }).then((r) => r.ok && go({ kind: 'story', storyId: r.storyId }));
  const more = brief.topics.length - TOPICS_SHOWN;
  return (
    <>
      <ul className="topics">
        {brief.topics.map((t, i) => (
          <li key={t.url} className="topic-card" hidden={!all && i >= TOPICS_SHOWN}>
            <details>
              <summary>
                <span className="topic-name" dir="auto">
                  {t.name}
                </span>
                {t.description && <span className="topic-desc"> — {t.description}</span>}
              </summary>
              <p className="topic-extract" dir="auto">
                {t.extract}
              </p>
              <p className="topic-asof">
                <a href={t.url} target="_blank" rel="noopener noreferrer">
                  Encyclopedia
                </a>
                , as of {shortDate(t.asOf) || t.asOf} ·{' '}
                <button type="button" className="link-button" onClick={() => open(t)}>
                  News on {t.name}
                </button>
              </p>
            </details>
          </li>
        ))}
      </ul>
      {more > 0 && !all && (
        <button type="button" className="link-button more" onClick={() => setAll(true)}>
          {more} more {more === 1 ? 'topic' : 'topics'}
        </button>
      )}
    </>
  );
}
