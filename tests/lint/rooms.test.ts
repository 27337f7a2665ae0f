/**
 * The architecture's room rules are kept by the linter (eslint.config.js): each rule is shown
 * here flagging a line that breaks it, and passing the line the room should use instead.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function rulesBroken(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  if (!result) throw new Error(`ESLint gave no result for ${filePath}`);
  return result.messages.map((m) => m.ruleId ?? m.message);
}

describe('room rules', () => {
  it('the panel and Options never import the database to write it; they read through utils/db/reads', async () => {
    expect(await rulesBroken('entrypoints/sidepanel/app.tsx', "import { db } from '@/utils/db';\nexport const x = db;\n")).toContain('no-restricted-imports');
    expect(await rulesBroken('entrypoints/options/cache.tsx', "import Dexie from 'dexie';\nexport const x = Dexie;\n")).toContain('no-restricted-imports');
    expect(await rulesBroken('entrypoints/sidepanel/app.tsx', "import { readStory } from '@/utils/db/reads';\nimport type { StoryRecord } from '@/utils/db';\nexport const x: [typeof readStory, StoryRecord | null] = [readStory, null];\n")).toEqual([]);
  }, 60_000);

  it('components/ know no browser API, storage or message', async () => {
    expect(await rulesBroken('components/Cited.tsx', "import { browser } from 'wxt/browser';\nexport const x = browser;\n")).toContain('no-restricted-imports');
    expect(await rulesBroken('components/Cited.tsx', "import { send } from '@/utils/messaging';\nexport const x = send;\n")).toContain('no-restricted-imports');
    expect(await rulesBroken('components/Cited.tsx', 'export const x = () => chrome.runtime.id;\n')).toContain('no-restricted-globals');
  }, 60_000);

  it('utils/core stays pure', async () => {
    expect(await rulesBroken('utils/core/text.ts', "import Dexie from 'dexie';\nexport const x = Dexie;\n")).toContain('no-restricted-imports');
    expect(await rulesBroken('utils/core/text.ts', "export const x = () => fetch('https://a.example');\n")).toContain('no-restricted-globals');
  }, 60_000);

  it('hooks follow the rules of hooks, and no promise floats', async () => {
    const hook = "import { useEffect } from 'react';\nexport function F({ a }: { a: boolean }) {\n  if (a) useEffect(() => undefined, []);\n  return null;\n}\n";
    expect(await rulesBroken('entrypoints/sidepanel/app.tsx', hook)).toContain('react-hooks/rules-of-hooks');
    expect(await rulesBroken('utils/core/text.ts', 'export function f(p: () => Promise<void>) {\n  p();\n}\n')).toContain('@typescript-eslint/no-floating-promises');
  }, 60_000);
});
