// Lint rules, including the layering rules of DESIGN.md: shared/ runs everywhere,
// renderer/ never touches Node or the main process, and only thin wiring files in
// electron/ may import the `electron` module so every service runs under plain Node.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'fs',
  'fs/promises',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'net',
  'url',
  'stream',
  'worker_threads',
].flatMap((m) => [m, `node:${m}`]);

export default tseslint.config(
  {
    ignores: [
      '.tmp/**',
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    // The Vite config runs in Node at build time, not in the renderer.
    ignores: ['renderer/vite.config.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeBuiltins, 'electron'].map((name) => ({
            name,
            message: 'The renderer has no Node or Electron: go through the bridge.',
          })),
          patterns: [
            { group: ['**/electron/**'], message: 'The renderer never imports the main process.' },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeBuiltins, 'electron'].map((name) => ({
            name,
            message: 'shared/ runs in the renderer too: no Node built-ins or Electron.',
          })),
          patterns: [
            {
              group: ['**/electron/**', '**/renderer/**'],
              message: 'shared/ imports neither electron/ nor renderer/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message:
                'Only electron/main/ wiring imports electron; services must run under plain Node.',
            },
            {
              name: 'electron-store',
              message:
                'electron-store loads electron: construct it in electron/main/ and pass it in.',
            },
          ],
          patterns: [
            { group: ['**/renderer/**'], message: 'The main process never imports the renderer.' },
          ],
        },
      ],
    },
  },
  {
    // The security policies in electron/main/ are pure so they are unit-tested
    // under plain Node (the Electron binary is missing on the build machines):
    // Electron's types may be imported, the module itself may not.
    files: [
      'electron/main/app-origin.ts',
      'electron/main/navigation-policy.ts',
      'electron/main/permission-policy.ts',
      'electron/main/renderer-crash.ts',
      'electron/main/secure-web-preferences.ts',
      'electron/main/start-failure.ts',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              allowTypeImports: true,
              message: 'A pure policy file: import Electron types only (import type).',
            },
          ],
        },
      ],
    },
  },
);
