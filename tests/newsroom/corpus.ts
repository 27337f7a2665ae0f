/** Loads the newsroom's articles and encyclopedia cards from tests/newsroom/content. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OUTLETS, type NewsroomOutlet } from './outlets';

export interface NewsroomArticle {
  outlet: NewsroomOutlet;
  slug: string;
  title: string;
  dek: string;
  author: string;
  authorTitle?: string;
  published: string;
  modified?: string;
  section: string;
  /** Ground truth for tests; never served. */
  story: string;
  /** Paragraphs; "## " starts a sub-heading, "> " a pull quote. */
  body: string[];
  /** What its feed item says of it (default: the standfirst). */
  summary?: string;
}

/** What a newsroom serves: its outlets, their articles, and encyclopedia cards by lower-case title. */
export interface NewsroomContent {
  outlets: readonly NewsroomOutlet[];
  articles: NewsroomArticle[];
  wiki: Map<string, WikiCard>;
}

export interface WikiCard {
  title: string;
  description: string;
  extract: string;
  timestamp: string;
  type?: 'standard' | 'disambiguation';
}

const CONTENT = join(fileURLToPath(new URL('.', import.meta.url)), 'content');

export function parseArticleFile(raw: string, file: string): NewsroomArticle {
  const m = raw.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
  if (!m) throw new Error(`${file}: no front matter`);
  const [, front = '', text = ''] = m;
  const meta: Record<string, string> = {};
  const field = (name: string): string => {
    const value = meta[name];
    if (value === undefined) throw new Error(`${file}: no ${name} in the front matter`);
    return value;
  };
  for (const line of front.split('\n')) {
    const i = line.indexOf(':');
    if (i > 0) meta[line.slice(0, i).trim()] = line.slice(i + 1).replace(/\s+#.*$/, '').trim();
  }
  const outlet = OUTLETS.find((o) => o.id === meta.outlet);
  if (!outlet) throw new Error(`${file}: unknown outlet ${meta.outlet}`);
  return {
    outlet,
    slug: field('slug'),
    title: field('title').replace(/^"(.*)"$/, '$1'),
    dek: field('dek').replace(/^"(.*)"$/, '$1'),
    author: field('author'),
    authorTitle: meta.authorTitle || undefined,
    published: field('published'),
    modified: meta.modified || undefined,
    section: meta.section || 'News',
    story: field('story'),
    body: text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean),
  };
}

let cache: NewsroomContent | null = null;

export function loadContent() {
  if (cache) return cache;
  const dir = join(CONTENT, 'articles');
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => parseArticleFile(readFileSync(join(dir, f), 'utf8'), f))
    .sort((a, b) => Date.parse(b.published) - Date.parse(a.published));
  const wiki = new Map<string, WikiCard>();
  for (const f of readdirSync(join(CONTENT, 'wiki')).filter((f) => f.endsWith('.json'))) {
    const card = JSON.parse(readFileSync(join(CONTENT, 'wiki', f), 'utf8')) as WikiCard;
    wiki.set(f.replace(/\.json$/, '').toLowerCase(), card);
  }
  cache = { outlets: OUTLETS, articles, wiki };
  return cache;
}

/** The article the e2e tests and the demo explain: the reference story as a tech outlet tells it. */
export const REFERENCE = { outlet: 'techpulse', slug: 'nvidia-korea-260000-gpus', story: 'nvidia-korea' } as const;
