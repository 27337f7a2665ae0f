/** The notices generator on a tiny hand-made node_modules: no real build, no real packages. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledPackages, packageOf, renderNotices } from '../../utils/build/notices';

let root: string;
const nm = (p: string) => `${root}/node_modules/${p}`;

function write(path: string, text: string) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'parallax-notices-')).replaceAll('\\', '/');
  write(nm('zeta/package.json'), JSON.stringify({ name: 'zeta', version: '1.0.0', license: 'MIT' }));
  write(nm('zeta/LICENSE'), 'MIT License\nCopyright (c) Zeta authors\n');
  write(nm('zeta/dist/node_modules/inner/dist/x.js'), ''); // vendored by zeta, no package.json
  write(nm('@scope/alpha/package.json'), JSON.stringify({ name: '@scope/alpha', version: '2.1.0', license: 'ISC' }));
  write(nm('@scope/alpha/dist/package.json'), JSON.stringify({ type: 'module' }));
  write(nm('apache/package.json'), JSON.stringify({ name: 'apache', version: '0.6.0', license: 'Apache-2.0' }));
  write(nm('apache/LICENSE.md'), 'Licensed under the Apache License, Version 2.0');
  write(nm('apache/NOTICE'), 'Apache thing\nCopyright Someone');
  write(nm('zeta/node_modules/apache/package.json'), JSON.stringify({ name: 'apache', version: '0.7.0', license: 'Apache-2.0' }));
  write(nm('zeta/node_modules/apache/LICENCE.txt'), 'Apache 2.0, newer');
  write(nm('vite/package.json'), JSON.stringify({ name: 'vite', version: '8.0.0', license: 'MIT' }));
  write(nm('vite/LICENSE.md'), '# Vite core license\nMIT, Vite\n\n# Licenses of bundled dependencies\nlots of them\n');
  write(nm('nolicence/package.json'), JSON.stringify({ name: 'nolicence', version: '1.0.0' }));
  write(nm('private/package.json'), JSON.stringify({ name: 'private', version: '1.0.0', license: 'UNLICENSED' }));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('packageOf', () => {
  it('finds the package folder of a module, scoped or not, and ignores our own code', () => {
    expect(packageOf(nm('zeta/dist/index.js?commonjs-es-import'), root)).toEqual({ dir: nm('zeta'), injected: false });
    expect(packageOf(nm('@scope/alpha/dist/a.js'), root)?.dir).toBe(nm('@scope/alpha'));
    expect(packageOf(nm('zeta/node_modules/apache/a.js'), root)?.dir).toBe(nm('zeta/node_modules/apache'));
    expect(packageOf('\0vite/modulepreload-polyfill.js', root)).toEqual({ dir: nm('vite'), injected: true });
    expect(packageOf(`${root}/entrypoints/background/index.ts`, root)).toBeUndefined();
    expect(packageOf('\0virtual:wxt-plugins', root)).toBeUndefined();
    expect(packageOf(nm('.vite/deps/react.js'), root)).toBeUndefined();
  });
});

describe('bundledPackages', () => {
  const modules = () => [
    nm('zeta/dist/index.js'),
    nm('zeta/dist/other.js'), // same package twice: listed once
    nm('zeta/dist/node_modules/inner/dist/x.js'),
    nm('apache/Readability.js'),
    nm('zeta/node_modules/apache/index.js'), // another version: listed too
    nm('@scope/alpha/dist/a.js'),
    '\0vite/modulepreload-polyfill.js',
    `${root}/utils/core/text.ts`,
  ];

  it('lists each package once, sorted by name then version, with its licence text and NOTICE', () => {
    const pkgs = bundledPackages(modules(), root);
    expect(pkgs.map((p) => `${p.name}@${p.version}`)).toEqual(['@scope/alpha@2.1.0', 'apache@0.6.0', 'apache@0.7.0', 'vite@8.0.0', 'zeta@1.0.0']);
    const [alpha, apache6, apache7, vite, zeta] = pkgs;
    if (!alpha || !apache7 || !vite) throw new Error('expected five packages');
    expect(zeta).toMatchObject({ licence: 'MIT', text: 'MIT License\nCopyright (c) Zeta authors', vendored: ['inner'] });
    expect(apache6).toMatchObject({ licence: 'Apache-2.0', text: 'Licensed under the Apache License, Version 2.0', notice: 'Apache thing\nCopyright Someone' });
    expect(apache7).toMatchObject({ licence: 'Apache-2.0', text: 'Apache 2.0, newer' });
    expect(apache7.notice).toBeUndefined();
    // Only its injected helper ships: not the licences of what Vite bundles for itself.
    expect(vite.text).toBe('# Vite core license\nMIT, Vite');
    // No licence file: says so, and uses package.json's licence.
    expect(alpha.licence).toBe('ISC');
    expect(alpha.text).toMatch(/no licence file; its package\.json declares the licence ISC/);
  });

  it('renders the list then one section per package', () => {
    const text = renderNotices(bundledPackages(modules(), root));
    expect(text).toMatch(/ {2}@scope\/alpha 2\.1\.0 \(ISC\)\n {2}apache 0\.6\.0 \(Apache-2\.0\)\n {2}apache 0\.7\.0 \(Apache-2\.0\)\n {2}vite 8\.0\.0 \(MIT\)\n {2}zeta 1\.0\.0 \(MIT\)\n/);
    expect(text).toContain('apache 0.6.0\nLicence: Apache-2.0\n\nLicensed under the Apache License, Version 2.0\n\nNOTICE:\n\nApache thing');
    expect(text).toContain('Includes code it ships from: inner');
    expect(text.match(/^zeta 1\.0\.0$/gm)).toHaveLength(1);
    expect(text).not.toContain('text.ts');
  });

  it('fails on a bundled package with no identifiable licence, or one not licensed for use', () => {
    expect(() => bundledPackages([nm('nolicence/index.js')], root)).toThrow(/nolicence@1\.0\.0 .* no identifiable licence/);
    expect(() => bundledPackages([nm('private/index.js')], root)).toThrow(/UNLICENSED/);
    expect(() => bundledPackages([nm('missing/index.js')], root)).toThrow(/neither it nor an enclosing package has a package\.json/);
  });
});
