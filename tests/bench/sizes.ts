/**
 * The size budgets of the built extension, gzip, run by `npm test` right after the e2e build
 * (`tsx tests/bench/sizes.ts [dir]`, default `.output-e2e/chrome-mv3`):
 *   injected  the on-demand extraction script beyond Readability itself   ≤ 25 KB
 *   panel     what sidepanel.html loads: its scripts, their imports, CSS   ≤ 150 KB
 *   background the service worker (it cannot load code lazily)           ≤ 200 KB
 * Prints the three figures; exits 1 with one line per budget broken. `npm run bench:e2e` reports
 * the same figures.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';

export const BUDGETS_KB = { injected: 25, panel: 150, background: 200 } as const;
export type Sizes = Record<keyof typeof BUDGETS_KB, number>;

const gz = (bytes: Buffer | Uint8Array) => gzipSync(bytes).length;
const kb = (n: number) => Math.round(n / 102.4) / 10;

/** Readability alone, bundled and minified the way the injected script is. */
function readabilityGzip(): number {
  const out = buildSync({
    stdin: {
      contents: "import { Readability, isProbablyReaderable } from '@mozilla/readability'; globalThis.r = [Readability, isProbablyReaderable];",
      resolveDir: process.cwd(),
    },
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    logLevel: 'error',
  });
  const [file] = out.outputFiles;
  if (!file) throw new Error('esbuild wrote no output');
  return gz(file.contents);
}

/** Every file a page loads: its scripts, preloads and styles, then each script's own imports. */
function pageFiles(dir: string, html: string): string[] {
  const seen = new Set<string>();
  const queue = [...readFileSync(join(dir, html), 'utf8').matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'`]\.\/([\w.-]+\.js)["'`]/g)) queue.push(folder + m[1]);
  }
  return [...seen];
}

export function measureSizes(dir: string): Sizes {
  const read = (f: string) => readFileSync(join(dir, f));
  return {
    injected: kb(gz(read('extract.js')) - readabilityGzip()),
    panel: kb(pageFiles(dir, 'sidepanel.html').reduce((n, f) => n + gz(read(f)), 0)),
    background: kb(gz(read('background.js'))),
  };
}

/** One line per budget broken, empty when all hold. */
export function overBudget(sizes: Sizes): string[] {
  return (Object.keys(BUDGETS_KB) as (keyof Sizes)[])
    .filter((k) => sizes[k] > BUDGETS_KB[k])
    .map((k) => `Size budget broken: ${k} is ${sizes[k]} KB gzip, over its ${BUDGETS_KB[k]} KB.`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = resolve(process.argv[2] ?? '.output-e2e/chrome-mv3');
  if (!existsSync(join(dir, 'manifest.json'))) {
    console.error(`No built extension in ${dir}: run \`npm run build:e2e\` first.`);
    process.exit(1);
  }
  const sizes = measureSizes(dir);
  console.log(
    `Sizes, gzip: injected beyond Readability ${sizes.injected} KB (≤ ${BUDGETS_KB.injected}), panel ${sizes.panel} KB (≤ ${BUDGETS_KB.panel}), background ${sizes.background} KB (≤ ${BUDGETS_KB.background})`,
  );
  const broken = overBudget(sizes);
  for (const line of broken) console.error(line);
  if (broken.length) process.exit(1);
}
