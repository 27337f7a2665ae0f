import { shortDate } from '@/components/format';
import type { StoryBrief } from '@/utils/brief/schema';

/** Encyclopedia cards. No remote images: the panel shows a monogram, never a third-party thumbnail. */
export function Topics({ brief }: { brief: StoryBrief }) {
  return (
    <ul className="topics">
      {brief.topics.map((t) => (
        <li key={t.url} className="topic-card">
          <span className="monogram" aria-hidden="true">
            {t.name.slice(0, 1)}
          </span>
          <div>
            <p className="topic-name">
              <a href={t.url} target="_blank" rel="noopener noreferrer">
                {t.name}
              </a>
            </p>
            {t.description && <p className="topic-desc">{t.description}</p>}
            <p className="topic-extract">{t.extract}</p>
            <p className="topic-asof">Encyclopedia, as of {shortDate(t.asOf) || t.asOf}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}
