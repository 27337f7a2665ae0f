/** Clusters of articles (the CLI's input) as the engine's input, and the two baselines we measure against. */
import { composeExtractive, composeExtractiveWithText } from '../brief/extractive';
import type { ComposeInput } from '../brief/engine';
import type { StoryBrief } from '../brief/schema';
import { candidateSentences, type SourceDoc } from '../core/summarize';
import { centroid, cosine, documentFrequencies, idfOf, termFrequencies, weigh } from '../core/tfidf';
import { articleFromText } from '../core/article-from-text';
import type { CoverageItem, ExtractedArticle } from '../core/types';

export interface ClusterArticle {
  id: string;
  title: string;
  text: string;
  outlet: string;
  published: string;
  url?: string;
}

export interface ClusterLine {
  id: string;
  topic?: string;
  articles: ClusterArticle[];
  previous?: string[];
}

export type EngineName = 'parallax' | 'lead' | 'centroid';

function urlOf(a: ClusterArticle): string {
  return a.url ?? `https://articles.invalid/${encodeURIComponent(a.id)}`;
}

export function clusterInput(line: ClusterLine, byId: Map<string, ClusterArticle>): ComposeInput {
  const [first, ...rest] = line.articles;
  if (!first) throw new Error(`cluster ${line.id} has no articles`);
  const article: ExtractedArticle = {
    ...articleFromText({ url: urlOf(first), canonicalUrl: urlOf(first), title: line.topic?.trim() || first.title, text: first.text, published: first.published, siteName: first.outlet, lang: 'en' }),
    excerpt: null,
    text: first.text,
    wordCount: first.text.split(/\s+/).length,
  };
  const coverage: CoverageItem[] = rest.map((a) => ({
    id: a.id,
    url: urlOf(a),
    outlet: { name: a.outlet, domain: new URL(urlOf(a)).hostname },
    title: a.title,
    published: a.published,
    source: 'cli',
    score: 1,
    relation: 'same-story',
  }));
  const previous: SourceDoc[] = (line.previous ?? [])
    .map((id) => byId.get(id))
    .filter((a): a is ClusterArticle => !!a)
    .map((a) => ({ id: a.id, title: a.title, text: a.text, published: a.published }));
  return {
    storyId: line.id,
    article,
    coverage,
    topics: [],
    texts: Object.fromEntries(rest.map((a) => [a.id, a.text])),
    previous,
    readerWeight: 1,
  };
}

/** Lead baseline (NIST's): the opening sentences of the newest article. */
function leadSummary(line: ClusterLine, words: number): string {
  const newest = [...line.articles].sort((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id))[0];
  if (!newest) throw new Error(`cluster ${line.id} has no articles`);
  const out: string[] = [];
  let n = 0;
  for (const u of candidateSentences([{ id: newest.id, title: newest.title, text: newest.text }])) {
    out.push(u.text);
    n += u.words;
    if (n >= words) break;
  }
  return out.join(' ');
}

/** Centroid baseline: the sentences closest to the cluster's TF-IDF centroid, near-duplicates skipped. */
function centroidSummary(line: ClusterLine, words: number): string {
  const docs = line.articles.map((a) => ({ id: a.id, title: a.title, text: a.text }));
  const units = candidateSentences(docs);
  const docTfs = docs.map((d) => termFrequencies([{ text: d.text, weight: 1 }]));
  const idf = idfOf(documentFrequencies(docTfs), docTfs.length);
  const center = centroid(docTfs.map((tf) => weigh(tf, idf)));
  const order = units
    .map((unit, i) => {
      const vec = weigh(termFrequencies([{ text: unit.text, weight: 1 }]), idf);
      return { unit, vec, i, closeness: cosine(vec, center) };
    })
    .sort((a, b) => b.closeness - a.closeness || a.i - b.i);
  const picked: typeof order = [];
  let n = 0;
  for (const x of order) {
    if (n >= words) break;
    if (picked.some((p) => cosine(p.vec, x.vec) > 0.5)) continue;
    picked.push(x);
    n += x.unit.words;
  }
  return picked.map((p) => p.unit.text).join(' ');
}

export function summarizeCluster(
  line: ClusterLine,
  byId: Map<string, ClusterArticle>,
  options: { words?: number; engine?: EngineName },
): { summary: string; brief: StoryBrief } {
  const input = clusterInput(line, byId);
  const words = options.words;
  const engine = options.engine ?? 'parallax';
  if (engine === 'parallax' && words) {
    // One reading of the sources for both the brief and the longer summary.
    const { brief, text } = composeExtractiveWithText(input, words);
    return { summary: text, brief };
  }
  const brief = composeExtractive(input);
  if (engine === 'lead') return { summary: leadSummary(line, words ?? 85), brief };
  if (engine === 'centroid') return { summary: centroidSummary(line, words ?? 85), brief };
  return { summary: brief.happened.map((s) => s.text).join(' '), brief };
}
