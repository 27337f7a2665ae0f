import { shortDate } from '@/components/format';
import type { StoryBrief } from '@/utils/brief/schema';
import { send } from '@/utils/messaging';
import { usePanel } from '../store';

/** Encyclopedia cards. No remote images: the panel shows a monogram, never a third-party thumbnail. */
export function Topics({ brief }: { brief: StoryBrief }) {
  const go = usePanel((s) => s.go);
  const open = (t: StoryBrief['topics'][number]) =>
    void send('openStory', { url: t.url, title: t.name, text: `${t.name}. ${t.extract}` }).then((r) => r.ok && go({ kind: 'story', storyId: r.storyId }));
  return (
    <ul className="topics">
      {brief.topics.map((t) => (
        <li key={t.url} className="topic-card">
          <span className="monogram" aria-hidden="true">
            {t.name.slice(0, 1)}
          </span>
          <div>
            <p className="topic-name" dir="auto">
              <a href={t.url} target="_blank" rel="noopener noreferrer">
                {t.name}
              </a>
            </p>
            {t.description && <p className="topic-desc">{t.description}</p>}
            <p className="topic-extract">{t.extract}</p>
            <p className="topic-asof">
              Encyclopedia, as of {shortDate(t.asOf) || t.asOf} ·{' '}
              <button type="button" className="link-button" onClick={() => open(t)}>
                News on {t.name}
              </button>
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}
