/**
 * Article metadata from what pages declare: JSON-LD, OpenGraph, Twitter and Dublin Core meta,
 * <time>. Each field takes the most trustworthy source that has it.
 */
export interface PageMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  modifiedTime: string | null;
  lang: string | null;
  canonicalUrl: string | null;
  description: string | null;
  /** The JSON-LD @type of the article node, when there is one. */
  ldType: string | null;
  /** og:type, e.g. article or website. */
  ogType: string | null;
}

const ARTICLE_TYPES = /^(NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|LiveBlogPosting|BlogPosting|Article|Report|ScholarlyArticle|TechArticle)$/;

type Json = Record<string, unknown>;

function jsonLdNodes(doc: Document): Json[] {
  const out: Json[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      out.push(node as Json);
      const graph = (node as Json)['@graph'];
      if (graph) visit(graph);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // Broken JSON-LD is common; the other metadata still counts.
    }
  }
  return out;
}

function typeOf(node: Json): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') return str((v as Json).name ?? (v as Json)['@value']);
  return null;
}

function names(v: unknown): string[] {
  if (!v) return [];
  if (Array.isArray(v)) return v.flatMap(names);
  const s = str(v);
  return s ? [s] : [];
}

function meta(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

export function readMetadata(doc: Document): PageMetadata {
  const article = jsonLdNodes(doc).find((n) => typeOf(n).some((t) => ARTICLE_TYPES.test(t))) ?? null;
  const ldAuthors = article ? names(article.author) : [];
  const timeEl = doc.querySelector('time[datetime]');
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  return {
    title: str(article?.headline) ?? meta(doc, 'og:title', 'twitter:title', 'dc.title', 'DC.title') ?? (doc.title?.trim() || null),
    byline: (ldAuthors.length ? ldAuthors.join(', ') : null) ?? meta(doc, 'author', 'article:author', 'dc.creator', 'DC.creator', 'byl'),
    siteName: meta(doc, 'og:site_name', 'application-name') ?? str((article?.publisher as Json | undefined)?.name) ?? null,
    publishedTime:
      str(article?.datePublished) ??
      meta(doc, 'article:published_time', 'datePublished', 'dc.date', 'DC.date', 'dcterms.created', 'pubdate', 'date') ??
      timeEl?.getAttribute('datetime') ??
      null,
    modifiedTime: str(article?.dateModified) ?? meta(doc, 'article:modified_time', 'dateModified', 'dcterms.modified'),
    lang: doc.documentElement?.getAttribute('lang') || meta(doc, 'og:locale', 'language', 'dc.language', 'content-language'),
    canonicalUrl: canonical ?? meta(doc, 'og:url'),
    description: meta(doc, 'description', 'og:description', 'twitter:description') ?? str(article?.description),
    ldType: article ? typeOf(article)[0] ?? null : null,
    ogType: meta(doc, 'og:type'),
  };
}
