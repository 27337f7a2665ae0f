/** Every page check, in one list (tests/eval/story.ts counts their violations per page). */
import { agreedIsShared } from './agreed-is-shared';
import { countsAgree } from './counts-agree';
import { differsSameQuantity } from './differs-same-quantity';
import { headingsArePhrases } from './headings-are-phrases';
import { newsFirst } from './news-first';
import { noDanglingReference } from './no-dangling-reference';
import type { PageRule } from './page';
import { papersOneRowPerOutlet } from './papers-one-row-per-outlet';
import { questionsAnswered } from './questions-answered';
import { quotesSpeakers } from './quotes-speakers';
import { topicsAreNames } from './topics-are-names';

export const PAGE_RULES: readonly PageRule[] = [
  papersOneRowPerOutlet,
  countsAgree,
  topicsAreNames,
  headingsArePhrases,
  quotesSpeakers,
  questionsAnswered,
  noDanglingReference,
  newsFirst,
  differsSameQuantity,
  agreedIsShared,
];
