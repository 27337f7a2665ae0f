/**
 * `npm run -s eval:story -- --corpus FILE.jsonl [--out DIR] [--stories N] [--seed S] [--latency-ms MS]`
 *
 * The story page on real news, in the real browser: builds the extension as a reader who allowed
 * every site (`.output-eval`), serves the corpus as outlets (tests/newsroom/corpus-file.ts), and for
 * N stories (one article each, chosen by seed) sets the newsroom's clock to two days after the
 * article, lets the product poll its feeds (they are due: the clock moved), opens the article,
 * presses the toolbar and waits for the finished page (40 s cap: a page that never finishes is
 * stuck). GDELT keeps its real 5 s pacing; stories are spaced so that it never delays one.
 * Writes, under DIR (default artifacts/eval-story, never committed: corpus text stays out of git):
 *   DIR/pages/<id>.txt   the panel's visible text, questions opened
 *   DIR/stories.jsonl    one line per story (tests/eval/score.ts StoryLine)
 *   DIR/summary.json     micro averages (score.ts summarise)
 *   DIR/views/<id>.json  the PageView the checks read (re-run a changed check on it without Chromium)
 *   DIR/violations.txt   every page check's finding: story id, rule, what is wrong
 * The story's earlier coverage (How we got here's entries marked earlier, and the sources listed as
 * such) is never read as same story: it is counted apart (pages_with_earlier, earlier_precision),
 * and its entries' citations are checked against the earlier article they cite, like any other.
 * The page checks are tests/eval/rules/ (the real-news issue's eight, issue 15's differs-same-quantity and
 * agreed-is-shared; the summary names them). summary.json's `comparison` is issue 15's goal: pages with two
 * or more outlets showing an agreed fact cited to two of them and an outlet-only fact, all quotes verbatim.
 */
import { argValue as arg } from '../cli-arg';
import { execSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { clickToolbar, closePanel, launchExtension, markAfter, patchRows, setSettings, SidePanel, type Harness } from '../e2e/browser';
import { loadCorpusFile, type CorpusArticle } from '../newsroom/corpus-file';
import { startNewsroom, type Newsroom } from '../newsroom/server';
import { newsroomSettings } from '../newsroom/settings';
import { PAGE_RULES } from './rules';
import type { PageView } from './rules/page';
import { CLOCK_AFTER_DAYS, compare, isVerbatim, summarise, type Id, type StoryLine } from './score';

const corpusFile = arg('corpus');
if (!corpusFile) {
  console.error('Usage: npm run -s eval:story -- --corpus FILE.jsonl [--out DIR] [--stories N] [--seed S] [--latency-ms MS]');
  process.exit(2);
}
const OUT = resolve(arg('out', 'artifacts/eval-story')!);
const SEED = Number(arg('seed', '0'));
const LATENCY = Number(arg('latency-ms', '150'));
const CAP_MS = 40_000;
const GDELT_PACE_MS = 5_000;
const EVAL_BUILD = resolve('.output-eval/chrome-mv3');

/** A small seeded generator (mulberry32): the same seed picks the same articles. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pickArticles(articles: CorpusArticle[], n: number | undefined, seed: number): CorpusArticle[] {
  const rand = random(seed);
  const byStory = new Map<string, CorpusArticle[]>();
  for (const a of articles) if (Number.isFinite(Date.parse(a.published))) byStory.set(a.story, [...(byStory.get(a.story) ?? []), a]);
  const stories = [...byStory.keys()].sort();
  for (let i = stories.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [stories[i], stories[j]] = [stories[j]!, stories[i]!];
  }
  return stories.slice(0, n ?? stories.length).map((s) => {
    const pool = byStory.get(s)!;
    return pool[Math.floor(rand() * pool.length)]!;
  });
}

/** The feeds are due again: the newsroom's clock has moved on, as real time would have. */
const feedsDue = (h: Harness) => patchRows(h, [['feedState', { lastFetchAt: '2000-01-01T00:00:00.000Z', nextAttemptAt: undefined }]]);

/** A mark, or null when the page never got there within the cap (stuck). */
const markOrNull = (panel: SidePanel, name: string, t0: number, timeoutMs: number) => markAfter(panel, name, t0, timeoutMs).catch(() => null);

/** What the page shows, read from the panel's DOM once it is complete. */
const READ_PAGE = `(() => {
  document.querySelectorAll('details').forEach((d) => (d.open = true));
  const hrefs = (sel) => [...document.querySelectorAll(sel)].map((a) => a.href);
  const sentences = [];
  for (const section of ['happened', 'behind', 'background', 'questions']) {
    for (const el of document.querySelectorAll('[data-section=' + section + '] .sentence, [data-section=' + section + '] .timeline li p')) {
      const cites = [...el.querySelectorAll('.cite')].map((a) => a.href);
      const clone = el.cloneNode(true);
      clone.querySelectorAll('.cites').forEach((c) => c.remove());
      sentences.push({ section, text: clone.textContent.trim(), cites });
    }
  }
  return {
    state: document.querySelector('[data-state]')?.dataset.state ?? '',
    notArticle: Boolean(document.querySelector('[data-state=not-article]')),
    noCoverage: Boolean(document.querySelector('[data-testid=no-coverage]')),
    // The story's own sources, and the outlets' other reports listed after them (marked same story, not
    // read for the page): the earlier coverage listed beside them (marked data-earlier) is not coverage.
    sources: hrefs('[data-testid=sources] li:not([data-earlier]) a, [data-testid=more-reports] li a'),
    related: hrefs('.related li a'),
    // Earlier coverage: How we got here's entries marked earlier and the sources listed as such.
    earlier: hrefs('[data-earlier] a'),
    all: hrefs('a[href]'),
    sentences,
    happened: document.querySelectorAll('[data-section=happened] .sentence').length,
    themes: document.querySelectorAll('[data-section=behind] .theme h3').length,
    answered: [...document.querySelectorAll('[data-section=questions] details')].filter((d) => d.querySelector('.sentence')).length,
    topics: document.querySelectorAll('.topic-name').length,
    text: document.body.innerText,
    view: (() => {
      const sentencesIn = (root) => [...(root?.querySelectorAll('.sentence') ?? [])].map((el) => {
        const clone = el.cloneNode(true);
        clone.querySelectorAll('.cites').forEach((c) => c.remove());
        return { text: clone.textContent.trim(), cites: [...el.querySelectorAll('.cite')].map((a) => a.href) };
      });
      return {
        headline: document.querySelector('.headline')?.textContent ?? '',
        happened: sentencesIn(document.querySelector('[data-section=happened]')),
        themes: [...document.querySelectorAll('[data-section=behind] .theme')].map((t) => ({ heading: t.querySelector('h3')?.textContent ?? '', sentences: sentencesIn(t) })),
        papers: {
          overview: sentencesIn(document.querySelector('[data-section=papers] > .cited, [data-section=papers] .section-body > .cited')),
          rows: [...document.querySelectorAll('.outlet-row')].map((r) => ({
            outlet: r.querySelector('.outlet-name')?.firstChild?.textContent ?? '',
            url: r.querySelector('.outlet-headline')?.href ?? '',
            reader: r.hasAttribute('data-reader'),
            lines: sentencesIn(r),
            only: sentencesIn(r.querySelector('[data-testid=papers-only-in]')),
          })),
          // Each outlet's sentence is read from the opened "In their words" lists, in the order shown.
          agreed: [...document.querySelectorAll('[data-testid=papers-agreed] .papers-words-group')].map((g) => ({ key: g.querySelector('.papers-words-key')?.textContent ?? '', quotes: sentencesIn(g) })),
          differs: [...document.querySelectorAll('[data-testid=papers-differs] .differs-item')].map((d, i) => {
            const quotes = sentencesIn(document.querySelectorAll('[data-testid=papers-differs] .papers-words-group')[i]);
            return { what: d.querySelector('.differs-what')?.textContent ?? '', values: [...d.querySelectorAll('.differs-value')].map((v, j) => ({ value: v.querySelector('.differs-figure')?.textContent ?? '', quote: quotes[j] ?? { text: '', cites: [] } })) };
          }),
        },
        questions: [...document.querySelectorAll('[data-section=questions] details')].map((d) => ({ question: d.querySelector('summary')?.textContent ?? '', answer: sentencesIn(d) })),
        sources: [...document.querySelectorAll('[data-testid=sources] li:not([data-earlier])')].map((li) => ({ outlet: li.querySelector('.outlet')?.textContent ?? '', url: li.querySelector('a')?.href ?? '', title: li.querySelector('.source-title')?.textContent ?? '' })),
      };
    })(),
  };
})()`;

interface PageRead {
  state: string;
  notArticle: boolean;
  noCoverage: boolean;
  sources: string[];
  related: string[];
  earlier: string[];
  all: string[];
  sentences: { section: string; text: string; cites: string[] }[];
  happened: number;
  themes: number;
  answered: number;
  topics: number;
  text: string;
  view: Omit<PageView, 'readerUrl' | 'asked' | 'sourceText'>;
}

async function evaluateOne(h: Harness, n: Newsroom, a: CorpusArticle, all: CorpusArticle[], idOf: Map<string, Id>, textOf: Map<Id, string>, hasCards: boolean): Promise<StoryLine> {
  n.setNow(new Date(Date.parse(a.published) + CLOCK_AFTER_DAYS * 86_400_000).toISOString());
  await feedsDue(h);
  const page: Page = await h.context.newPage();
  try {
    await page.goto(n.articleUrl(a));
    await closePanel(h);
    const since = n.requests.length;
    const askedBefore = n.wikiAsked.length;
    const t0 = Date.now();
    await clickToolbar(h, page);
    const panel = await SidePanel.attach(h);
    const first = await markOrNull(panel, 'parallax:first-section', t0, CAP_MS);
    const complete = await markOrNull(panel, 'parallax:complete', t0, Math.max(1000, CAP_MS - (Date.now() - t0)));
    const settled = await panel.evaluate<PageRead>(READ_PAGE);
    const read = await panel.evaluate<PageRead>(READ_PAGE);
    await panel.detach();
    const ids = (urls: string[]) => [...new Set(urls.map((u) => idOf.get(u)).filter((x): x is Id => x !== undefined && x !== a.id))];
    const same = ids(read.sources);
    const found = ids(read.all);
    const checked = read.sentences.filter((s) => s.cites.length);
    const verbatim = checked.filter((s) => isVerbatim(s.text, s.cites.map((u) => textOf.get(idOf.get(u) ?? '') ?? '')));
    const requests: Record<string, number> = {};
    for (const r of n.requests.slice(since)) {
      const k = r.target.startsWith('feed:') ? 'feeds' : r.target;
      requests[k] = (requests[k] ?? 0) + 1;
    }
    const view: PageView = {
      ...read.view,
      readerUrl: n.articleUrl(a),
      asked: n.wikiAsked.slice(askedBefore),
      // What the searches asked, to read a miss by (the views only: the summary's schema is the issue's).
      searches: n.requests.slice(since).filter((r) => r.target === 'gdelt' || r.target === 'gnews').map((r) => `${r.target} ${decodeURIComponent(r.path)}`),
      sourceText: Object.fromEntries(read.view.sources.map((src) => [src.url, textOf.get(idOf.get(src.url) ?? '') ?? ''])),
    };
    const p = read.view.papers;
    const outletOfUrl = (u: string) => read.view.sources.find((src) => src.url === u)?.outlet ?? u;
    const quotes = [...(p.agreed ?? []).flatMap((x) => x.quotes), ...(p.differs ?? []).flatMap((x) => x.values.map((v) => v.quote)), ...p.rows.flatMap((r) => r.only ?? [])];
    const quotesVerbatim = quotes.filter((s) => isVerbatim(s.text, s.cites.map((u) => textOf.get(idOf.get(u) ?? '') ?? '')));
    const comparison = {
      outlets: p.rows.length,
      agreed: p.agreed?.length ?? 0,
      agreed_shared: (p.agreed ?? []).filter((x) => new Set(x.quotes.flatMap((q) => q.cites.map(outletOfUrl))).size >= 2).length,
      differs: p.differs?.length ?? 0,
      only_in: p.rows.reduce((n, r) => n + (r.only?.length ?? 0), 0),
      quotes: quotes.length,
      quotes_verbatim: quotesVerbatim.length,
      ...(quotesVerbatim.length < quotes.length ? { not_verbatim: quotes.filter((s) => !quotesVerbatim.includes(s)).map((s) => s.text.slice(0, 60)) } : {}),
    };
    const violations: Record<string, number> = {};
    for (const rule of PAGE_RULES) {
      const found = rule.check(view);
      if (found.length) violations[rule.id] = found.length;
      for (const v of found) writeFileSync(join(OUT, 'violations.txt'), `${a.id}\t${rule.id}\t${v}\n`, { flag: 'a' });
    }
    writeFileSync(join(OUT, 'pages', `${String(a.id).replace(/[^\w.-]+/g, '_')}.txt`), read.text);
    writeFileSync(join(OUT, 'views', `${String(a.id).replace(/[^\w.-]+/g, '_')}.json`), JSON.stringify(view, null, 1));
    return {
      id: a.id,
      first_section_ms: first === null ? null : Math.round(first - t0),
      complete_ms: complete === null ? null : Math.round(complete - t0),
      late_merges: JSON.stringify(ids(settled.all)) === JSON.stringify(found) ? 0 : 1,
      stuck: complete === null && !read.notArticle,
      not_article: read.notArticle,
      same,
      related: ids(read.related).filter((id) => !same.includes(id)),
      earlier: ids(read.earlier),
      found,
      ...compare(a, all, same, found, ids(read.earlier)),
      no_coverage: read.noCoverage,
      citations: { checked: checked.length, verbatim: verbatim.length, ...(verbatim.length < checked.length ? { not_verbatim: checked.filter((s) => !verbatim.includes(s)).map((s) => s.text.slice(0, 60)) } : {}) },
      sections_filled: read.happened >= 2 && read.themes >= 2 && read.answered >= 2 && (!hasCards || read.topics >= 1),
      requests,
      violations,
      comparison,
    };
  } finally {
    await page.close().catch(() => undefined);
  }
}

mkdirSync(join(OUT, 'pages'), { recursive: true });
mkdirSync(join(OUT, 'views'), { recursive: true });
rmSync(join(OUT, 'violations.txt'), { force: true });
console.error('Building the evaluation variant (every site allowed)…');
execSync('npx wxt build', { stdio: 'ignore', env: { ...process.env, PARALLAX_E2E: 'eval' } });
const corpus = loadCorpusFile(corpusFile);
const chosen = pickArticles(corpus.articles, arg('stories') ? Number(arg('stories')) : undefined, SEED);
const n = await startNewsroom({ content: corpus, latencyMs: LATENCY });
const h = await launchExtension(EVAL_BUILD);
const idOf = new Map(corpus.articles.map((a) => [n.articleUrl(a), a.id] as const));
const textOf = new Map(corpus.articles.map((a) => [a.id, [a.title, ...a.body].join('\n')] as const));
const lines: StoryLine[] = [];
try {
  const settings = newsroomSettings(n);
  // GDELT keeps its real pacing (one request per 5 s); the newsroom's settings turn it off for tests.
  await setSettings(h, { ...settings, sources: { ...settings.sources, gdelt: { ...settings.sources.gdelt, minIntervalMs: GDELT_PACE_MS } } });
  for (const [i, a] of chosen.entries()) {
    const started = Date.now();
    const line = await evaluateOne(h, n, a, corpus.articles, idOf, textOf, corpus.wiki.size > 0);
    lines.push(line);
    writeFileSync(join(OUT, 'stories.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    console.error(`${i + 1}/${chosen.length} ${a.id}: ${line.stuck ? 'STUCK' : `${line.complete_ms} ms`}, same ${line.same_gold_all}/${line.same.length} (gold in window ${line.gold_in_window}), found ${line.found_gold_in_window}`);
    // Space the stories so that GDELT's pacing never delays one.
    await new Promise((r) => setTimeout(r, Math.max(0, GDELT_PACE_MS + 500 - (Date.now() - started))));
  }
} finally {
  await h.close();
  await n.stop();
}
// Issue 15's goal: every page with two or more outlets shows an agreed fact cited to two of them and
// an outlet-only fact, every quote of the comparison verbatim.
const compared = lines.filter((l) => (l.comparison?.outlets ?? 0) >= 2);
const meets = (l: StoryLine) => l.comparison!.agreed_shared >= 1 && l.comparison!.only_in >= 1 && l.comparison!.quotes_verbatim === l.comparison!.quotes;
const comparisonSummary = {
  pages_two_outlets: compared.length,
  pages_meeting_goal: compared.filter(meets).length,
  share_meeting_goal: compared.length ? Number((compared.filter(meets).length / compared.length).toFixed(3)) : null,
  with_agreed: compared.filter((l) => l.comparison!.agreed_shared >= 1).length,
  with_only_in: compared.filter((l) => l.comparison!.only_in >= 1).length,
  with_differs: compared.filter((l) => l.comparison!.differs >= 1).length,
  quotes_verbatim: `${lines.reduce((n, l) => n + (l.comparison?.quotes_verbatim ?? 0), 0)}/${lines.reduce((n, l) => n + (l.comparison?.quotes ?? 0), 0)}`,
  missing: compared.filter((l) => !meets(l)).map((l) => ({ id: l.id, outlets: l.comparison!.outlets, agreed_shared: l.comparison!.agreed_shared, only_in: l.comparison!.only_in, not_verbatim: l.comparison!.quotes - l.comparison!.quotes_verbatim })),
};
const summary = { corpus: corpusFile, seed: SEED, latency_ms: LATENCY, ...summarise(lines), comparison: comparisonSummary, rules: PAGE_RULES.map((r) => r.id), rules_note: 'the real-news issue\'s eight page checks and issue 15\'s two (tests/eval/rules/); news-first\'s corpus-level ROUGE is tests/eval/news-first.ts' };
writeFileSync(join(OUT, 'summary.json'), JSON.stringify(summary, null, 2) + '\n');
console.log(JSON.stringify(summary));
