import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const WHY_CORE = 'utils/core is pure logic that runs unchanged in Node, the CLIs and the worker: pass browser APIs, storage and fetch in as parameters.';

export default tseslint.config(
  { ignores: ['.output/**', '.output-e2e/**', '.wxt/**', 'node_modules/**', 'artifacts/**', '**/*.tmp.ts'] },
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
