/**
 * docs/ARCHITECTURE.md is the map: it must match the code. Every path it names exists, and every
 * folder and file directly in utils/ is described there, so a move or a new room updates the map.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const map = readFileSync('docs/ARCHITECTURE.md', 'utf8');
const named = [...new Set([...map.matchAll(/`((?:utils|entrypoints|components|tests|docs)\/[\w./-]*|(?:eslint|vitest|wxt)\.config\.[jt]s|tsconfig\.json|package\.json)`/g)].flatMap(([, path]) => path ?? []))];

describe('docs/ARCHITECTURE.md', () => {
  it('names paths', () => expect(named.length).toBeGreaterThan(40));

  it.each(named)('%s exists', (path) => expect(existsSync(path.replace(/\/$/, ''))).toBe(true));

  it('describes every folder and file directly in utils/', () => {
    const missing = readdirSync('utils', { withFileTypes: true })
      .map((e) => (e.isDirectory() ? `utils/${e.name}/` : `utils/${e.name}`))
      .filter((p) => !map.includes(`\`${p}`));
    expect(missing).toEqual([]);
  });
});
