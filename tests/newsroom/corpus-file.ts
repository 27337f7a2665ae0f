/**
 * Any labelled news corpus served as outlets, as the sample newsroom serves ours
 * (`npm run newsroom -- --corpus FILE.jsonl`). FILE has one article a line:
 * `{"id", "title", "text", "outlet", "published", "story", "also_in"?}` — `story` and `also_in` are
 * gold for scoring and are never served. Each article is shown as a real outlet would show it:
 * SGML entities decoded, wire quotes (``…'') as typographic quotes, an empty title replaced by the
 * first sentence cut at 80 characters, a date-only `published` at 12:00 UTC. An invalid date is
 * served as given (the product must treat it as unknown and carry on); old dates as they are.
 */
import { readFileSync } from 'node:fs';
import type { NewsroomArticle, NewsroomContent } from './corpus';
import type { NewsroomOutlet } from './outlets';

export interface CorpusLine {
  id: string | number;
  title?: string;
  text: string;
  outlet: string;
  published?: string;
  story: string | number;
  also_in?: (string | number)[];
}

/**
 * Entities as newswire SGML carries them. Typesetting marks are removed, as a page shows their effect and not
 * them: `&HT;` (a tab), `&UR;`…`&LR;` (a run set in another face, around names: "&UR; Oprah Winfrey &LR; 's"
 * reads "Oprah Winfrey's"), `&QL;`, `&QC;`, `&QR;` (a line set left, centred, right).
 */
const SGML: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ht: '', ur: '', lr: '', ql: '', qc: '', qr: '', md: '—', ndash: '–', mdash: '—' };

export function decodeEntities(s: string): string {
  // A run's end mark before a possessive or punctuation took the space a page would not show.
  s = s.replace(/[ \t]*&LR;[ \t]*(?=['’]s\b|[,.;:!?)])/g, '');
  return s.replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return SGML[name.toLowerCase()] ?? whole;
  });
}

/** Wire quotes as a reader sees them: ``…'' → “…”, a lone ` → ‘, straight quotes left alone. */
export function typographicQuotes(s: string): string {
  return s.replace(/``/g, '“').replace(/''/g, '”').replace(/`/g, '‘');
}

export const normalise = (s: string) => typographicQuotes(decodeEntities(s)).replace(/[ \t]+/g, ' ');

/**
 * Words whose full stop does not end a sentence: an initial ("John F. Kennedy"), a dotted
 * abbreviation ("U.S.", "N.C."), a title or a state's short form ("Gov.", "Mass.", "Ariz.").
 * Outlets write their feed descriptions whole; a cut at "John F." is no description a reader sees.
 */
const NO_END = /(?:^|[\s(])(?:\p{Lu}|(?:\p{L}\.)+\p{L}|Mr|Mrs|Ms|Dr|Jr|Sr|St|Gen|Gov|Sen|Rep|Lt|Col|Capt|Sgt|Rev|Prof|Inc|Corp|Co|Ltd|No|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.$/u;

/** The first sentence of a text, whole (a sentence ends at . ! ? followed by a space and a capital or quote). */
export function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  for (const m of flat.matchAll(/[.!?]["”’)]?(?=\s+["“‘(]?[A-Z0-9])/g)) {
    const end = m.index + m[0].length;
    if (end < 20 || (m[0][0] === '.' && NO_END.test(flat.slice(0, m.index + 1)))) continue;
    return flat.slice(0, end).trim();
  }
  return flat;
}

/** A feed's description of an article: its first sentence, at most 40 words. */
export function feedSummary(text: string): string {
  const words = firstSentence(text).split(' ');
  return words.length <= 40 ? words.join(' ') : `${words.slice(0, 40).join(' ')}…`;
}

/** A date-only value is served at 12:00 UTC; anything else as given (invalid included). */
export function servedDate(published: string | undefined): string {
  const p = (published ?? '').trim();
  return /^\d{4}-\d{2}-\d{2}$/.test(p) && Number.isFinite(Date.parse(`${p}T12:00:00Z`)) ? `${p}T12:00:00Z` : p;
}

function titleOf(line: CorpusLine, text: string): string {
  const t = normalise(line.title ?? '').trim();
  if (t) return t;
  const s = firstSentence(text);
  return s.length <= 80 ? s : `${s.slice(0, 80).replace(/\s+\S*$/, '')}…`;
}

const slugOf = (id: string | number) =>
  String(id)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'article';

const TEMPLATES: NewsroomOutlet['template'][] = ['wire', 'broadsheet', 'regional', 'business', 'magazine'];

/** Outlets of a corpus, each on its own loopback addresses (127.0.0.21…, feeds on 127.0.1.21…). */
export function corpusOutlets(names: string[]): NewsroomOutlet[] {
  return names.map((name, i) => ({
    id: slugOf(name),
    name,
    kind: 'news outlet',
    country: 'US',
    lang: 'en',
    siteHost: `127.0.0.${21 + i}`,
    feedHost: `127.0.1.${21 + i}`,
    feedFormat: 'rss2',
    template: TEMPLATES[i % TEMPLATES.length] ?? 'wire',
  }));
}

export interface CorpusArticle extends NewsroomArticle {
  /** The corpus line's id, as given (string or number). */
  id: string | number;
  /** Every story the article belongs to (its `story` and `also_in`): gold, never served. */
  stories: string[];
}

export interface CorpusContent extends NewsroomContent {
  articles: CorpusArticle[];
}

export function readCorpus(raw: string): CorpusContent {
  const lines = raw
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CorpusLine);
  const outlets = corpusOutlets([...new Set(lines.map((l) => l.outlet))].sort());
  if (outlets.length > 200) throw new Error(`${outlets.length} outlets: the corpus newsroom serves at most 200`);
  const used = new Set<string>();
  const articles = lines.map((line): CorpusArticle => {
    const outlet = outlets.find((o) => o.name === line.outlet);
    if (!outlet) throw new Error(`no outlet for ${line.outlet}`);
    const paragraphs = normalise(line.text)
      .split(/\n\s*\n|\n(?=\s)/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    const body = paragraphs.length ? paragraphs : [normalise(line.text).trim()];
    let slug = slugOf(line.id);
    while (used.has(`${outlet.id}/${slug}`)) slug += '-x';
    used.add(`${outlet.id}/${slug}`);
    return {
      id: line.id,
      outlet,
      slug,
      title: titleOf(line, body.join(' ')),
      dek: '',
      summary: feedSummary(body.join(' ')),
      author: `${outlet.name} staff`,
      published: servedDate(line.published),
      section: 'News',
      story: String(line.story),
      stories: [String(line.story), ...(line.also_in ?? []).map(String)],
      body,
    };
  });
  return { outlets, articles, wiki: new Map() };
}

export const loadCorpusFile = (path: string) => readCorpus(readFileSync(path, 'utf8'));
