import { useEffect } from 'react';
import { Cited } from '@/components/Cited';
import { Section, Skeleton } from '@/components/Section';
import { shortDate, timeAgo } from '@/components/format';
import type { StoryRecord } from '@/utils/db';
import { send } from '@/utils/messaging';
import { HowWeGotHere } from './background';
import { Behind } from './behind';
import { PapersSay } from './papers';
import { Questions } from './questions';
import { Related } from './related';
import { SourceChips } from './source-chips';
import { SourcesList } from './sources';
import { Topics } from './topics';
import { SinceLastRead } from './since';
import { CopyMarkdown } from './copy-markdown';
import { AlwaysExplain } from './always-explain';
import { FollowButton } from './follow-button';

/**
 * Performance marks (visible in DevTools, read by `npm run bench:e2e`): when this panel first
 * shows a story's first section, and when it shows the story complete.
 */
function useStoryMarks(story: StoryRecord) {
  const hasFirst = Boolean(story.brief?.happened.length);
  const complete = story.stage === 'done';
  useEffect(() => {
    if (hasFirst) performance.mark('parallax:first-section', { detail: story.id });
  }, [story.id, hasFirst]);
  useEffect(() => {
    if (complete) performance.mark('parallax:complete', { detail: story.id });
  }, [story.id, complete]);
}

export function StoryPage({ story, autoSites }: { story: StoryRecord; autoSites?: string[] }) {
  useStoryMarks(story);
  const brief = story.brief;
  const working = story.stage !== 'done';
  const sameStory = story.coverage.filter((c) => c.relation === 'same-story');
  const related = story.coverage.filter((c) => c.relation === 'related');
  const a = story.article;
  /** Sources new since the reader last read: marked where they appear below. */
  const fresh = new Set(story.sinceLastRead?.items.map((c) => c.id));
  /** A section shows when it has content; while the job runs, a skeleton holds its place. */
  const slot = (has: boolean | undefined, lines: number, label: string, body: () => React.ReactNode) =>
    has ? body() : working ? <Skeleton lines={lines} label={label} /> : null;
  const hasAny = (n: number | undefined) => Boolean(n && n > 0);
  return (
    <article className="story" data-stage={story.stage} aria-busy={working}>
      <header className="story-head">
        <p className="kicker">
          {a.siteName ?? new URL(a.canonicalUrl).hostname}
          {a.publishedTime && <> · {shortDate(a.publishedTime)}</>}
        </p>
        <h1 className="headline" dir="auto">{brief?.headline ?? story.title}</h1>
        <p className="freshness" data-testid="freshness">
          {story.stage === 'reading' ? 'Reading the article…' : working ? 'Looking for other coverage…' : `Updated ${timeAgo(story.coverageAt ?? story.updatedAt)}`}
          {!working && (
            <button type="button" className="link-button" onClick={() => void send('refreshStory', { storyId: story.id })}>
              Refresh
            </button>
          )}
          {brief && <CopyMarkdown brief={brief} />}
          {!working && <FollowButton storyId={story.id} />}
        </p>
        {brief && brief.engine !== 'extractive' && (
          <p className="engine-note" data-testid="engine">
            Written by your AI engine ({brief.engine}); every sentence is checked to cite a listed source.
            {brief.fallbackSections?.length ? ` Taken from the sources directly: ${brief.fallbackSections.join(', ')}.` : ''}
          </p>
        )}
        {a.textTruncated && <p className="engine-note" data-testid="text-truncated">This page is very long: Parallax read its first 500,000 characters.</p>}
        {story.aiNotice && (
          <p className="engine-note" role="status">
            {story.aiNotice}
          </p>
        )}
        {story.error && (
          <p className="warning" role="alert">
            {story.error}
          </p>
        )}
        <SourceChips status={story.sourceStatus} />
      </header>

      {story.sinceLastRead && story.sinceLastRead.items.length > 0 && <SinceLastRead since={story.sinceLastRead} />}

      <Section id="happened" title="What's happened">
        {brief && brief.happened.length ? <Cited paragraph={brief.happened} sources={brief.sources} /> : <Skeleton lines={4} label="Summarising" />}
      </Section>

      {(working || hasAny(brief?.behind.length)) && (
        <Section id="behind" title="What's behind the headline?">
          {slot(hasAny(brief?.behind.length), 4, 'Finding the themes', () => <Behind brief={brief!} />)}
        </Section>
      )}

      {(working || sameStory.length > 0) && (
        <Section id="papers" title="What the papers say">
          {slot(hasAny(brief?.papers.outlets.length), 3, 'Finding other outlets', () => <PapersSay brief={brief!} fresh={fresh} />)}
        </Section>
      )}
      {!working && sameStory.length === 0 && (
        <p className="empty" data-testid="no-coverage">
          No other outlet's coverage of this story was found.{' '}
          {story.sourceStatus.length > 0 &&
            `Asked: ${story.sourceStatus
              .filter((s) => s.state !== 'skipped')
              .map((s) => s.label)
              .join(', ')}.`}
        </p>
      )}

      {(working || hasAny(brief?.background.paragraph.length) || hasAny(brief?.background.timeline.length)) && (
        <Section id="background" title="How we got here">
          {slot(hasAny(brief?.background.paragraph.length) || hasAny(brief?.background.timeline.length), 3, 'Building the timeline', () => (
            <HowWeGotHere brief={brief!} fresh={fresh} />
          ))}
        </Section>
      )}

      {hasAny(brief?.questions.length) && (
        <Section id="questions" title="Go deeper">
          <Questions brief={brief!} />
        </Section>
      )}

      {hasAny(brief?.topics.length) && (
        <Section id="topics" title="More on these topics">
          <Topics brief={brief!} />
        </Section>
      )}

      {related.length > 0 && (
        <Section id="related" title="Related stories">
          <Related items={related} />
        </Section>
      )}

      {brief && (
        <Section id="sources" title="Sources">
          <SourcesList sources={brief.sources} story={story} />
        </Section>
      )}
      {autoSites && !working && <AlwaysExplain url={story.article.url} sites={autoSites} />}
    </article>
  );
}
