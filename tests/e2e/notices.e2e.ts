/**
 * The real build's THIRD_PARTY_NOTICES.txt (the e2e project runs after `npm run build:e2e`):
 * written beside the bundles, naming what they ship and nothing that only builds or tests them.
 * No browser needed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOTICES_FILE } from '../../utils/build/notices';
import { E2E_BUILD } from './browser';

describe('third-party notices in the built extension', () => {
  const text = readFileSync(join(E2E_BUILD, NOTICES_FILE), 'utf8');
  // The list at the top: "  name version (licence)".
  const listed = new Map([...(text.split('-'.repeat(80))[0] ?? '').matchAll(/^ {2}(\S+) (\S+) \((.+)\)$/gm)].map((m) => [m[1], m[3]]));

  it('names the runtime packages the bundles ship, with their licences and texts', () => {
    expect(listed.get('@mozilla/readability')).toBe('Apache-2.0');
    expect(listed.get('dexie')).toBe('Apache-2.0');
    for (const name of ['react', 'react-dom', 'zustand']) expect(listed.get(name)).toBe('MIT');
    expect(text).toMatch(/^@mozilla\/readability \S+\nLicence: Apache-2\.0\n\nCopyright \(c\) 2010 Arc90 Inc\n\nLicensed under the Apache License/m);
    expect(text).toMatch(/^dexie \S+\nLicence: Apache-2\.0\n[\s\S]*?\nNOTICE:\n/m);
  });

  it('lists no package that only builds, lints or tests the extension', () => {
    for (const name of ['vitest', 'typescript', 'eslint', 'jsdom', 'playwright-core', 'tsx', 'web-ext', '@wxt-dev/module-react']) {
      expect(listed.has(name), name).toBe(false);
    }
  });
});
