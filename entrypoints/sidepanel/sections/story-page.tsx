import { Cited } from '@/components/Cited';
import { Section, Skeleton } from '@/components/Section';
import { clockTime, shortDate, timeAgo } from '@/components/format';
import type { StoryRecord } from '@/utils/db';
import type { SourceStatus } from '@/utils/core/types';
import { send } from '@/utils/messaging';
import { SourcesList } from './sources';
import { PapersSay } from './papers';

function statusText(s: SourceStatus): string {
  switch (s.state) {
    case 'ok':
      return `${s.label}: ${s.found} found`;
    case 'empty':
      return `${s.label}: nothing found`;
    case 'skipped':
      return `${s.label}: off`;
    case 'rate-limited':
      return `${s.label}: rate-limited${s.retryAt ? `, retrying at ${clockTime(s.retryAt)}` : ''}`;
    default:
      return `${s.label}: failed${s.message ? ` (${s.message})` : ''}`;
  }
}

export function StoryPage({ story }: { story: StoryRecord }) {
  const brief = story.brief;
  const working = story.stage === 'searching' || story.stage === 'composing';
  const sameStory = story.coverage.filter((c) => c.relation === 'same-story');
  const a = story.article;
  return (
    <article className="story" data-stage={story.stage} aria-busy={working}>
      <header className="story-head">
        <p className="kicker">
          {a.siteName ?? new URL(a.canonicalUrl).hostname}
          {a.publishedTime && <> · {shortDate(a.publishedTime)}</>}
        </p>
        <h1 className="headline">{brief?.headline ?? story.title}</h1>
        <p className="freshness" data-testid="freshness">
          {working ? 'Looking for other coverage…' : `Updated ${timeAgo(story.coverageAt ?? story.updatedAt)}`}
          {!working && (
            <button type="button" className="link-button" onClick={() => void send('refreshStory', { storyId: story.id })}>
              Refresh
            </button>
          )}
        </p>
        {story.error && <p className="warning" role="alert">{story.error}</p>}
        {story.sourceStatus.length > 0 && (
          <ul className="chips" aria-label="Sources asked">
            {story.sourceStatus.map((s) => (
              <li key={s.id} className={`chip chip-${s.state}`}>
                {statusText(s)}
              </li>
            ))}
          </ul>
        )}
      </header>

      <Section id="happened" title="What's happened">
        {brief && brief.happened.length ? <Cited paragraph={brief.happened} sources={brief.sources} /> : <Skeleton lines={4} label="Summarising" />}
      </Section>

      {(working || sameStory.length > 0) && (
        <Section id="papers" title="What the papers say">
          {brief && brief.papers.outlets.length ? <PapersSay brief={brief} /> : working ? <Skeleton lines={3} label="Finding other outlets" /> : null}
        </Section>
      )}
      {!working && sameStory.length === 0 && (
        <p className="empty" data-testid="no-coverage">
          No other outlet's coverage of this story was found yet. Searched for: {story.article.title}.
        </p>
      )}

      {brief && (
        <Section id="sources" title="Sources">
          <SourcesList sources={brief.sources} />
        </Section>
      )}
    </article>
  );
}
