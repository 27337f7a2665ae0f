/**
 * The extension's extraction from the command line, for measurement:
 *   npx tsx utils/cli/extract.ts PATH… --out FILE.jsonl [--url-map MAP.json] [--only NAME] [--bare]
 * PATH is an .html / .html.gz file or a folder of them (walked recursively). One JSON line per page;
 * a page that fails gives {"id","error"} and the run goes on. --bare writes bare Readability's
 * textContent in the same shape, so both can be scored side by side.
 */
import { createWriteStream, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../core/extract/article';
import { settleLang } from '../core/extract/lang';
import { readMetadata } from '../core/extract/metadata';

interface Args { paths: string[]; out: string | null; urlMap: Record<string, string>; only: string | null; bare: boolean }

function parseArgs(argv: string[]): Args {
  const args: Args = { paths: [], out: null, urlMap: {}, only: null, bare: false };
  const rest = [...argv];
  const valueOf = (flag: string): string => {
    const v = rest.shift();
    if (v === undefined) throw new Error(`extract: ${flag} needs a value`);
    return v;
  };
  for (let a = rest.shift(); a !== undefined; a = rest.shift()) {
    if (a === '--out') args.out = valueOf(a);
    else if (a === '--url-map') args.urlMap = JSON.parse(readFileSync(valueOf(a), 'utf8'));
    else if (a === '--only') args.only = valueOf(a);
    else if (a === '--bare') args.bare = true;
    else if (a === '--') continue;
    else args.paths.push(a);
  }
  return args;
}

const SUFFIX = /\.html(\.gz)?$/i;

/** Every page under PATH with its id: the path relative to PATH, without the suffix. */
export function listPages(path: string, only: string | null = null): { id: string; file: string }[] {
  if (!statSync(path).isDirectory()) return [{ id: basename(path).replace(SUFFIX, ''), file: path }];
  const out: { id: string; file: string }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (SUFFIX.test(name) && (!only || name === only)) {
        out.push({ id: relative(path, full).split(sep).join('/').replace(SUFFIX, ''), file: full });
      }
    }
  };
  walk(path);
  return out;
}

export function readPage(file: string): string {
  const raw = readFileSync(file);
  return (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
}

/** linkedom has no base URL of its own: a <base> tells Readability how to resolve links. */
export function parsePage(html: string, url: string): Document {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  if (!doc.querySelector('base[href]') && doc.head) {
    const base = doc.createElement('base');
    base.setAttribute('href', url);
    doc.head.prepend(base);
  }
  return doc;
}

export function extractPage(html: string, url: string, bare: boolean) {
  const doc = parsePage(html, url);
  const t0 = performance.now();
  if (bare) {
    const r = new Readability(doc.cloneNode(true) as Document).parse();
    const ms = performance.now() - t0;
    return {
      url: null, title: r?.title ?? null, byline: r?.byline ?? null, siteName: r?.siteName ?? null,
      publishedTime: r?.publishedTime ?? null, lang: r?.lang ?? null, isArticle: Boolean(r),
      text: (r?.textContent ?? '').trim(), ms: Math.round(ms * 10) / 10,
    };
  }
  let safetyNet: 'checked' | 'used' | undefined;
  const a = extractArticle(doc, { url, clock: () => performance.now(), onSafetyNet: (e) => { safetyNet = e; } });
  const ms = performance.now() - t0;
  // `url` is the canonical URL the page declares, else null (read outside the timing).
  const canonical = readMetadata(doc).canonicalUrl ? a.canonicalUrl : null;
  return {
    url: canonical, title: a.title || null, byline: a.byline, siteName: a.siteName,
    publishedTime: a.publishedTime, lang: settleLang(a), isArticle: a.isArticle,
    text: a.text, ms: Math.round(ms * 10) / 10,
    ...(a.hiddenTextFlagged ? { hiddenTextFlagged: true } : {}),
    ...(a.textTruncated ? { textTruncated: true } : {}),
    ...(safetyNet ? { safetyNet } : {}),
    ...(a.isArticle ? {} : { notArticleReason: a.notArticleReason }),
  };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!args.paths.length || !args.out) {
    console.error('usage: extract PATH… --out FILE.jsonl [--url-map MAP.json] [--only NAME] [--bare]');
    process.exit(2);
  }
  const out = createWriteStream(args.out);
  let ok = 0;
  let failed = 0;
  for (const path of args.paths) {
    for (const { id, file } of listPages(path, args.only)) {
      try {
        const line = extractPage(readPage(file), args.urlMap[id] ?? 'http://localhost/', args.bare);
        out.write(JSON.stringify({ id, ...line }) + '\n');
        ok++;
      } catch (error) {
        out.write(JSON.stringify({ id, error: error instanceof Error ? error.message : String(error) }) + '\n');
        failed++;
      }
    }
  }
  await new Promise<void>((resolve) => out.end(resolve));
  console.error(`${ok} pages extracted, ${failed} failed → ${args.out}`);
}

if (process.argv[1] && /extract\.ts$/.test(process.argv[1]) && process.argv[1].includes('cli')) void main();
