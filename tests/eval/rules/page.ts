/**
 * A story page as the evaluation reads it from the panel, and what a page check is. The checks
 * live here, in tests/eval/rules/: the product never imports them (improve the product, not the
 * yardstick). Each returns one line per violation, saying what is wrong and where.
 */
export interface PageSentence {
  text: string;
  /** The URLs of the sources it cites. */
  cites: string[];
}

export interface PageView {
  headline: string;
  /** The article the reader is on. */
  readerUrl: string;
  happened: PageSentence[];
  themes: { heading: string; sentences: PageSentence[] }[];
  papers: {
    overview: PageSentence[];
    rows: { outlet: string; url: string; /** marked as the article being read */ reader: boolean; lines: PageSentence[]; /** its "Only in" facts */ only?: PageSentence[] }[];
    /** Agreed: the fact's figure or name, and each outlet's sentence stating it. */
    agreed?: { key: string; quotes: PageSentence[] }[];
    /** Differs: the quantity, and each value beside the sentence giving it. */
    differs?: { what: string; values: { value: string; quote: PageSentence }[] }[];
  };
  questions: { question: string; answer: PageSentence[] }[];
  sources: { outlet: string; url: string; title: string }[];
  /** Every name the encyclopedia was asked about for this page (the newsroom's log). */
  asked: string[];
  /** The searches' requests (GDELT, Google News), as the newsroom logged them: what a miss was looked for with. */
  searches?: string[];
  /** The full text of each source, by URL, as the newsroom serves it. */
  sourceText: Record<string, string>;
}

export interface PageRule {
  id: string;
  check(page: PageView): string[];
}

/** Every sentence shown, with where it is. */
export function allSentences(page: PageView): { where: string; s: PageSentence }[] {
  return [
    ...page.happened.map((s) => ({ where: "What's happened", s })),
    ...page.themes.flatMap((t) => t.sentences.map((s) => ({ where: `theme "${t.heading}"`, s }))),
    ...page.papers.overview.map((s) => ({ where: 'What the papers say', s })),
    ...page.papers.rows.flatMap((r) => r.lines.map((s) => ({ where: `${r.outlet}'s row`, s }))),
    ...page.questions.flatMap((q) => q.answer.map((s) => ({ where: `answer to "${q.question}"`, s }))),
  ];
}
