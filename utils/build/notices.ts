/**
 * THIRD_PARTY_NOTICES.txt for the built extension: every third-party package whose code the
 * bundler actually put into the bundles, with its version, licence and licence text.
 *
 * Build-time only: wxt.config.ts uses `noticesHooks()`; extension code must never import this
 * (it reads the file system). The list comes from the bundler's module graph, not from
 * package.json, so dev-only packages stay out and transitively bundled ones are in. A bundled
 * package with no identifiable licence fails the build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import type { WxtHooks } from 'wxt';

export const NOTICES_FILE = 'THIRD_PARTY_NOTICES.txt';

const LICENCE_FILE = /^(licen[cs]e|copying)([.\-_].*)?$/i;
const NOTICE_FILE = /^notice([.\-_].*)?$/i;
const MARKER = '/node_modules/';
const RULE = '-'.repeat(80);

/** Virtual modules the bundler injects (helpers, polyfills) are code of these packages. */
const INJECTED_BY: [RegExp, string][] = [
  [/^vite\//, 'vite'], // modulepreload polyfill, preload helper
  [/^rolldown\//, 'rolldown'], // runtime helpers (CommonJS interop)
];

export interface BundledPackage {
  name: string;
  version: string;
  licence: string;
  /** Licence files' contents, or a sentence saying there is none. */
  text: string;
  /** NOTICE file(s) of an Apache-2.0 package, if any. */
  notice?: string;
  /** Packages it ships inside its own files (no package.json of their own), under its licence. */
  vendored?: string[];
}

interface Manifest {
  name: string;
  version: string;
  license?: unknown;
  licenses?: unknown;
}

/**
 * The folder a module comes from: the one after the last `node_modules/` (`…/node_modules/name`,
 * `…/node_modules/@scope/name`), or for a module the bundler injects, its package in `root`.
 * Undefined for our own code and other virtual modules.
 */
export function packageOf(moduleId: string, root: string): { dir: string; injected: boolean } | undefined {
  const [path = ''] = moduleId.replace(/^\0/, '').split('?');
  const id = path.replaceAll('\\', '/');
  const injector = INJECTED_BY.find(([re]) => re.test(id))?.[1];
  if (injector) return { dir: join(root, 'node_modules', injector).replaceAll('\\', '/'), injected: true };
  const at = id.lastIndexOf(MARKER);
  if (at < 0) return undefined;
  const parts = id.slice(at + MARKER.length).split('/');
  const [first = ''] = parts;
  const depth = first.startsWith('@') ? 2 : 1;
  // `.vite/deps` (dev pre-bundles) and `.pnpm` are not packages.
  if (parts.length <= depth || first.startsWith('.')) return undefined;
  return { dir: id.slice(0, at + MARKER.length) + parts.slice(0, depth).join('/'), injected: false };
}

/** A package.json with a name; not a missing one nor a `{"type":"module"}` marker in a subfolder. */
function manifest(dir: string): Manifest | undefined {
  const file = join(dir, 'package.json');
  if (!existsSync(file)) return undefined;
  const pkg = JSON.parse(readFileSync(file, 'utf8'));
  return typeof pkg.name === 'string' ? pkg : undefined;
}

/**
 * The installed package a folder belongs to: itself or, for code a package vendors in its own
 * files (feedsmith ships `dist/node_modules/trousse`, with no package.json), the enclosing package.
 */
export function owningPackage(dir: string): { dir: string; vendored?: string } {
  for (let up = dir; up.includes(MARKER); up = dirname(up)) {
    if (!manifest(up)) continue;
    return up === dir ? { dir } : { dir: up, vendored: dir.slice(dir.lastIndexOf(MARKER) + MARKER.length) };
  }
  throw new Error(`${dir} is bundled but neither it nor an enclosing package has a package.json`);
}

function readFiles(dir: string, files: string[]): string {
  return files.map((f) => readFileSync(join(dir, f), 'utf8').trim()).join('\n\n');
}

function declaredLicence(pkg: Manifest): string | undefined {
  const name = (l: unknown) => (typeof l === 'string' ? l : (l as { type?: string } | null)?.type);
  if (pkg.license) return name(pkg.license);
  if (Array.isArray(pkg.licenses)) return pkg.licenses.map(name).filter(Boolean).join(' OR ') || undefined;
  return undefined;
}

/**
 * One package's name, version, licence and licence text; throws if it has no identifiable licence.
 * `ownCodeOnly` (only injected helpers ship): drop the licences of what the package bundles for
 * itself (Vite's LICENSE.md lists ~100 kB of them), which are not in our bundles.
 */
export function readPackage(dir: string, { ownCodeOnly = false } = {}): BundledPackage {
  const pkg = manifest(dir);
  if (!pkg) throw new Error(`${dir} is bundled but has no package.json with a name`);
  const entries = readdirSync(dir).sort();
  const licenceFiles = entries.filter((f) => LICENCE_FILE.test(f));
  const declared = declaredLicence(pkg);
  const where = `${pkg.name}@${pkg.version} (${dir})`;
  if (declared === 'UNLICENSED') throw new Error(`${where} is bundled but is not licensed for use ("UNLICENSED")`);
  if (!declared && licenceFiles.length === 0) {
    throw new Error(`${where} is bundled but has no identifiable licence: no LICENSE/LICENCE/COPYING file and no "license" in its package.json`);
  }
  let text = licenceFiles.length
    ? readFiles(dir, licenceFiles)
    : `(The package has no licence file; its package.json declares the licence ${declared}.)`;
  if (ownCodeOnly) text = (text.split(/^#+ Licen[cs]es of bundled dependencies/im)[0] ?? '').trim();
  const noticeFiles = /apache/i.test(declared ?? text) ? entries.filter((f) => NOTICE_FILE.test(f)) : [];
  return {
    name: pkg.name,
    version: pkg.version,
    licence: declared ?? `not declared in package.json; see ${licenceFiles.join(', ')} below`,
    text,
    ...(noticeFiles.length ? { notice: readFiles(dir, noticeFiles) } : {}),
  };
}

/**
 * The packages these module ids come from: one per name@version, sorted by name then version.
 * `root` is the project folder, where the bundler's packages (vite, rolldown) are installed.
 */
export function bundledPackages(moduleIds: Iterable<string>, root: string): BundledPackage[] {
  const found = new Map<string, { vendored: Set<string>; ownCodeOnly: boolean }>(); // by package folder
  for (const id of moduleIds) {
    const from = packageOf(id, root);
    if (!from) continue;
    const owner = owningPackage(from.dir);
    const entry = found.get(owner.dir) ?? { vendored: new Set<string>(), ownCodeOnly: true };
    if (owner.vendored) entry.vendored.add(owner.vendored);
    entry.ownCodeOnly &&= from.injected;
    found.set(owner.dir, entry);
  }
  const byKey = new Map<string, BundledPackage>();
  for (const [dir, { vendored, ownCodeOnly }] of found) {
    const p = readPackage(dir, { ownCodeOnly });
    const key = `${p.name}@${p.version}`;
    const all = new Set([...(byKey.get(key)?.vendored ?? []), ...vendored]);
    byKey.set(key, { ...p, ...(all.size ? { vendored: [...all].sort() } : {}) });
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...byKey.values()].sort((a, b) => cmp(a.name, b.name) || cmp(a.version, b.version));
}

export function renderNotices(packages: BundledPackage[]): string {
  const head = [
    'Third-party software in Parallax',
    '',
    'Parallax itself is MIT-licensed (see LICENSE in its source repository). Its bundles include the',
    'following third-party packages. This file is generated by the build from the modules the bundler',
    'put into the bundles.',
    '',
    ...packages.map((p) => `  ${p.name} ${p.version} (${p.licence})`),
  ];
  const sections = packages.map((p) =>
    [
      RULE,
      `${p.name} ${p.version}`,
      `Licence: ${p.licence}`,
      ...(p.vendored ? [`Includes code it ships from: ${p.vendored.join(', ')} (inside its own package, under its licence)`] : []),
      '',
      p.text,
      ...(p.notice ? ['', 'NOTICE:', '', p.notice] : []),
    ].join('\n'),
  );
  return [head.join('\n'), ...sections].join('\n\n') + '\n';
}

/**
 * WXT hooks: a Vite plugin added to every entrypoint build collects the modules each chunk
 * renders; after the last build (public assets are copied then) the notices join the output.
 */
export function noticesHooks(fileName = NOTICES_FILE): Partial<WxtHooks> {
  const moduleIds = new Set<string>();
  const plugin: Plugin = {
    name: 'parallax:third-party-notices',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const out of Object.values(bundle)) {
        if (out.type !== 'chunk') continue;
        for (const [id, mod] of Object.entries(out.modules)) {
          if (id.replaceAll('\\', '/').includes('/utils/build/')) throw new Error(`${id} is build-time code; extension code must not import it`);
          // Tree-shaken modules render nothing; styles render nothing in JS but ship as CSS.
          if (mod.renderedLength > 0 || /\.(css|scss|sass|less|styl)$/.test(id.split('?')[0] ?? '')) moduleIds.add(id);
        }
      }
    },
  };
  return {
    'build:before': () => moduleIds.clear(),
    'vite:build:extendConfig': (_entrypoints, config) => {
      (config.plugins ??= []).push(plugin);
    },
    'build:publicAssets': (wxt, files) => {
      files.push({ relativeDest: fileName, contents: renderNotices(bundledPackages(moduleIds, wxt.config.root)) });
    },
  };
}
