import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const WHY_PAGES = 'Only the background writes IndexedDB (docs/ARCHITECTURE.md, rooms): pages read the cache through utils/db/reads.ts and ask for changes with a typed message (utils/messaging.ts).';
const WHY_COMPONENTS = 'components/ are presentational: they take data as props and know no browser API, storage or message; the page that uses them does.';
const WHY_CORE = 'utils/core is pure logic that runs unchanged in Node, the CLIs and the worker: pass browser APIs, storage and fetch in as parameters.';

export default tseslint.config(
  { ignores: ['.output/**', '.output-e2e/**', '.output-eval/**', '.wxt/**', 'node_modules/**', 'artifacts/**', '**/*.tmp.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['utils/zod.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'zod', message: "Import z from utils/zod.ts: it turns off zod's eval probe, which extension pages report as a CSP violation." }] },
      ],
    },
  },
  {
    // Promises nobody awaits hide failures: mark the intended fire-and-forget with `void`.
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['eslint.config.js', 'vitest.config.ts', 'wxt.config.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: { '@typescript-eslint/no-floating-promises': 'error' },
  },
  {
    files: ['**/*.tsx', 'entrypoints/sidepanel/**/*.ts', 'entrypoints/options/**/*.ts', 'utils/**/use-*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['entrypoints/sidepanel/**', 'entrypoints/options/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', message: "Import z from utils/zod.ts: it turns off zod's eval probe, which extension pages report as a CSP violation." },
            { name: 'dexie', message: WHY_PAGES },
            { name: '@/utils/db', message: WHY_PAGES, allowTypeImports: true },
          ],
          patterns: [{ group: ['@/utils/db/*', '!@/utils/db/reads', '**/utils/db/db', '**/utils/db/quota', '**/utils/db/cached', '**/utils/db/private'], message: WHY_PAGES, allowTypeImports: true }],
        },
      ],
    },
  },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['wxt/browser', 'dexie', 'dexie-react-hooks', '@/utils/messaging', '@/utils/db'].map((name) => ({ name, message: WHY_COMPONENTS, allowTypeImports: true })),
          patterns: [{ group: ['wxt/*', '#imports', '@/utils/db/*', '@/utils/settings*', '@/utils/tab-state'], message: WHY_COMPONENTS, allowTypeImports: true }],
        },
      ],
      'no-restricted-globals': ['error', ...['browser', 'chrome', 'fetch', 'indexedDB', 'localStorage'].map((name) => ({ name, message: WHY_COMPONENTS }))],
    },
  },
  {
    files: ['utils/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'wxt/browser', message: WHY_CORE },
            { name: 'dexie', message: WHY_CORE },
            { name: 'react', message: WHY_CORE },
          ],
          patterns: [
            { group: ['wxt/*', '#imports', '**/db/**', '**/sources/**', '**/settings', '**/settings/**'], message: WHY_CORE },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['browser', 'chrome', 'fetch', 'indexedDB', 'localStorage', 'window', 'document', 'navigator', 'location', 'XMLHttpRequest'].map((name) => ({ name, message: WHY_CORE })),
      ],
    },
  },
);
