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
import { reportsLine, SourceStatusLine } from './source-chips';
import { MoreReports, otherReports, SourcesList } from './sources';
import { Topics } from './topics';
import { SinceLastRead } from './since';
import { CopyMarkdown } from './copy-markdown';
import { AlwaysExplain } from './always-explain';
import { RowActions } from '../row-actions';
import { isOpen, useSections } from '../section-state';
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
  const { open, toggle, show } = useSections();
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
  /** A collapsible section: open or closed as the reader last left it. */
  const fold = (id: string) => ({ open: isOpen(open, id), onToggle: () => toggle(id) });
  // The story's earlier coverage is listed among the sources but never counted as covering it.
  const covering = brief?.sources.filter((s) => !s.earlier);
  // The page is composed from at most two reports an outlet; the outlets' other reports of the story are listed under the sources.
  const moreReports = covering ? otherReports(sameStory, covering) : [];
  const reports = covering ? covering.length + moreReports.length : 1 + sameStory.length;
  const outlets = new Set(covering ? covering.map((s) => s.domain) : [new URL(a.canonicalUrl).hostname, ...sameStory.map((c) => c.outlet.domain)]).size;
  const listAll = () => {
    show('sources');
    requestAnimationFrame(() => document.getElementById('h-sources')?.scrollIntoView({ block: 'start' }));
  };
  return (
    <article className="story" data-stage={story.stage} aria-busy={working}>
      <header className="story-head lead">
        <p className="kicker">
          <span className="kicker-site">{a.siteName ?? new URL(a.canonicalUrl).hostname}</span>
          {a.publishedTime && (
            <>
              {' · '}
              <span className="kicker-date">{shortDate(a.publishedTime)}</span>
            </>
          )}
        </p>
        <h1 className="headline" dir="auto">{brief?.headline ?? story.title}</h1>
        <div className="lead-meta">
          <SourceStatusLine status={story.sourceStatus} reports={reports} outlets={outlets} working={working} onListAll={brief ? listAll : undefined} />
          <span className="freshness" data-testid="freshness">
            {story.stage === 'reading' ? 'Reading the article…' : working ? 'Looking for other coverage…' : `Updated ${timeAgo(story.coverageAt ?? story.updatedAt)}`}
          </span>
          {(brief || !working) && (
            <RowActions label="Story actions">
              {!working && (
                <button type="button" className="menu-item" onClick={() => void send('refreshStory', { storyId: story.id })}>
                  Refresh
                </button>
              )}
              {brief && <CopyMarkdown brief={brief} />}
            </RowActions>
          )}
          {!working && <FollowButton storyId={story.id} />}
        </div>
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
      </header>

      {story.sinceLastRead && story.sinceLastRead.items.length > 0 && <SinceLastRead since={story.sinceLastRead} />}

      <Section id="happened" title="What's happened">
        {brief && brief.happened.length ? <Cited paragraph={brief.happened} sources={brief.sources} /> : <Skeleton lines={4} label="Summarising" />}
      </Section>

      {(working || hasAny(brief?.behind.length)) && (
        <Section id="behind" title="What's behind the headline?" {...fold('behind')} hint={brief?.behind.map((t) => t.heading).join(' · ')}>
          {slot(hasAny(brief?.behind.length), 4, 'Finding the themes', () => <Behind brief={brief!} />)}
        </Section>
      )}

      {(working || sameStory.length > 0) && (
        <Section id="papers" title="What the papers say" {...fold('papers')} hint={brief && `${brief.papers.outlets.length} outlets: ${brief.papers.outlets.map((o) => o.outlet).join(', ')}`}>
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
        <Section id="background" title="How we got here" {...fold('background')} hint={brief && `${brief.background.timeline.length} dates`}>
          {slot(hasAny(brief?.background.paragraph.length) || hasAny(brief?.background.timeline.length), 3, 'Building the timeline', () => (
            <HowWeGotHere brief={brief!} fresh={fresh} />
          ))}
        </Section>
      )}

      {hasAny(brief?.questions.length) && (
        <Section id="questions" title="Go deeper" {...fold('questions')} hint={brief!.questions.map((q) => q.question).join(' · ')}>
          <Questions brief={brief!} />
        </Section>
      )}

      {hasAny(brief?.topics.length) && (
        <Section id="topics" title="More on these topics" {...fold('topics')} hint={brief!.topics.map((t) => t.name).join(' · ')}>
          <Topics brief={brief!} />
        </Section>
      )}

      {related.length > 0 && (
        <Section id="related" title="Related stories" {...fold('related')} hint={related.slice(0, 6).map((c) => c.title).join(' · ')}>
          <Related items={related} />
        </Section>
      )}

      {brief && (
        <Section id="sources" title="Sources" {...fold('sources')} hint={reportsLine(reports, outlets)}>
          <SourcesList sources={brief.sources} story={story} />
          {moreReports.length > 0 && <MoreReports items={moreReports} />}
        </Section>
      )}
      {autoSites && !working && <AlwaysExplain url={story.article.url} sites={autoSites} />}
    </article>
  );
}
