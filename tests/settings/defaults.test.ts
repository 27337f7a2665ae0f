import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, DEFAULT_SOURCE_HOSTS } from '../../utils/settings/defaults';
import { settingsSchema } from '../../utils/settings/schema';

const importsOf = (path: string) => [...readFileSync(new URL(path, import.meta.url), 'utf8').matchAll(/^import (type )?.*from '([^']+)';$/gm)];

describe('the settings that ship', () => {
  it('are valid settings', () => {
    expect(settingsSchema.parse(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SOURCE_HOSTS).toContain('https://api.gdeltproject.org/*');
  });

  it('load as plain data, for wxt.config.ts at build time (no zod, storage, React or browser code)', () => {
    const runtime = importsOf('../../utils/settings/defaults.ts').filter(([, typeOnly]) => !typeOnly).map(([, , from]) => from);
    expect(runtime).toEqual(['../sources/default-feeds']);
    expect(importsOf('../../utils/sources/default-feeds.ts')).toEqual([]);
    expect(readFileSync(new URL('../../wxt.config.ts', import.meta.url), 'utf8')).toContain("from './utils/settings/defaults'");
  });
});
