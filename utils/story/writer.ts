/**
 * The one writer of a story row. Every write is one transaction that reads the row as it is then
 * (a model's page, topic cards or the reader's corrections may have landed meanwhile), and is
 * retried once after making room when the disk is full. Stages hand it changes; it recomposes the
 * on-device page whenever the coverage or the topic cards change.
 */
import { composeExtractive } from '../brief/extractive';
import { validateBrief } from '../brief/schema';
import { keepModelPage } from '../brief/engines/merge';
import type { TopicCard } from '../brief/engine';
import { diversify } from '../core/diversity';
import type { CoverageItem, ExtractedArticle } from '../core/types';
import type { ParallaxDB, StoryRecord, StoryStage } from '../db/db';
import { withQuotaRetry } from '../db/quota';
import { applyCorrections, type Corrections } from './corrections';

/** The same-story coverage a page is written from and shows: outlets kept diverse. */
export function shownCoverage(coverage: CoverageItem[]): CoverageItem[] {
  return diversify(coverage.filter((c) => c.relation === 'same-story'));
}

/** Which lookup the topic cards came from: the article's names alone, or with the coverage's. */
export type TopicRound = 'article' | 'coverage';
const ROUND_ORDER: Record<TopicRound, number> = { article: 1, coverage: 2 };

interface ComposeOptions {
  /** Keep a model's page (without what the reader took out) instead of replacing it with ours. */
  keepModelPage?: boolean;
  /** Fields written with the page, in the same transaction (a followed story's "Since you last read"). */
  with?: Partial<StoryRecord>;
}

export class StoryWriter {
  private topicsRound = 0;
  /** The story's earlier coverage (past.ts), for How we got here; never part of the row's coverage. */
  private earlier: CoverageItem[] = [];
  /** The stage of the last composition this job wrote; topic cards recompose only after one. */
  private composedStage: StoryStage | null = null;

  constructor(
    readonly db: ParallaxDB,
    readonly id: string,
    private readonly article: ExtractedArticle,
    private readonly now: () => number,
    private topics: TopicCard[],
  ) {}

  stamp(): string {
    return new Date(this.now()).toISOString();
  }

  /** Writes the whole row (a new story, or a cached one starting over). */
  put(row: StoryRecord): Promise<unknown> {
    return withQuotaRetry(this.db, this.id, () => this.db.stories.put(row));
  }

  /** Fields that need no recomposition: source status, notices, freshness. */
  async update(change: Partial<StoryRecord>): Promise<void> {
    await this.db.stories.update(this.id, { ...change, updatedAt: this.stamp() });
  }

  /** The page for this coverage (or the coverage stored now), written with the stage it has reached. */
  async compose(given: CoverageItem[] | null, stage: StoryStage, options: ComposeOptions = {}): Promise<void> {
    if (given) this.composedStage = stage;
    await withQuotaRetry(this.db, this.id, () =>
      this.db.transaction('rw', this.db.stories, async () => {
        const row = await this.db.stories.get(this.id);
        const coverage = given ?? row?.coverage ?? [];
        const ours = composeExtractive({ storyId: this.id, article: this.article, coverage: shownCoverage(coverage), earlier: this.earlier, topics: this.topics });
        const model = options.keepModelPage ? row?.brief : undefined;
        const checked = validateBrief(model && model.engine !== 'extractive' ? keepModelPage(model, ours) : ours);
        await this.db.stories.update(this.id, {
          ...options.with,
          coverage,
          topics: this.topics,
          brief: checked.ok ? checked.brief : null,
          stage,
          error: checked.ok ? undefined : `The story page could not be composed: ${checked.error}`,
          updatedAt: this.stamp(),
        });
      }),
    );
  }

  /** The story's earlier coverage, used from the next composition on. */
  setEarlier(items: CoverageItem[]): void {
    this.earlier = items;
  }

  /**
   * Cards of the later round win, whichever answer arrives first. They join the page at once when
   * it has been composed: over the coverage stored now (the reader may have corrected it since
   * this job last wrote), a model's page keeping its text.
   */
  async setTopics(cards: TopicCard[], round: TopicRound): Promise<void> {
    if (ROUND_ORDER[round] < this.topicsRound) return;
    this.topicsRound = ROUND_ORDER[round];
    this.topics = cards;
    if (this.composedStage && cards.length) await this.compose(null, this.composedStage, { keepModelPage: true });
  }
}

/** Apply the reader's corrections to a cached story at once, without asking any source. */
export async function recomposeStory(db: ParallaxDB, storyId: string, corrections: Corrections): Promise<void> {
  const story = await db.stories.get(storyId);
  if (!story) return;
  const writer = new StoryWriter(db, storyId, story.article, Date.now, story.topics ?? []);
  // A model's page stays, without what the reader took out (keepModelPage).
  await writer.compose(applyCorrections(storyId, story.coverage, corrections), story.stage, { keepModelPage: true });
}
