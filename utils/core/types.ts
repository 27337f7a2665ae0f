/** Shapes shared by every part of Parallax (see docs: ARCHITECTURE.md, "Contracts"). */

export interface ExtractedArticle {
  /** Text a reader cannot see (hidden by styles or attributes) was found and left out of `text`. */
  hiddenTextFlagged?: boolean;
  url: string;
  canonicalUrl: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  modifiedTime: string | null;
  lang: string | null;
  /**
   * Another language the page declares (content-language, og:locale) against `lang`; outside the
   * page, `settleLang` picks the one the text is written in.
   */
  langDeclaredOther?: string;
  excerpt: string | null;
  /** Body as plain text, paragraphs separated by blank lines; at most MAX_TEXT_CHARS (500,000). */
  text: string;
  /** The body was longer than MAX_TEXT_CHARS and `text` holds its beginning (then `html` is empty). */
  textTruncated?: boolean;
  /** Readability's HTML of the body; untrusted, sanitised before it is ever rendered. */
  html: string;
  wordCount: number;
  isArticle: boolean;
  /** Why the page does not look like an article, when it does not. */
  notArticleReason?: string;
  extractionMs: number;
}

export interface Outlet {
  name: string;
  domain: string;
  country?: string;
}

/** `unrelated`: scored, but nothing to show (`classify` drops it); never stored. */
export type Relation = 'same-story' | 'related' | 'unrelated';

export interface CoverageItem {
  id: string;
  url: string;
  outlet: Outlet;
  title: string;
  description?: string;
  published?: string;
  /** Which provider found it (a NewsSource id). */
  source: string;
  score: number;
  relation: Relation;
}

/** A candidate before matching: what a source found. */
export type Candidate = Omit<CoverageItem, 'score' | 'relation'>;

/** `waiting`: the page was completed without this source, whose answer is merged when it lands. */
export type SourceState = 'ok' | 'empty' | 'failed' | 'rate-limited' | 'skipped' | 'waiting';

export interface SourceStatus {
  id: string;
  label: string;
  state: SourceState;
  found: number;
  message?: string;
  /** When a rate-limited source may be asked again (ISO). */
  retryAt?: string;
  at: string;
}
