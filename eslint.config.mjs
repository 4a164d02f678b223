// @ts-check
import {builtinModules} from 'node:module';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Why browser code may not import `fs`, `node:path` and the like. */
const NODE_IN_BROWSER =
  "Browser code must not import Node modules: it runs in the reader's " +
  'browser. Compute the value at build time in a plugin and pass it as data.';

export default tseslint.config(
  {
    ignores: [
      'build/',
      'build-subpath/',
      '.docusaurus/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {globals: {...globals.browser, ...globals.node}},
    plugins: {'react-hooks': reactHooks},
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': [
        'error',
        {fixStyle: 'inline-type-imports'},
      ],
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
    },
  },
  {
    // What ships to the browser: keep Node's modules out of the bundle.
    files: [
      'src/client/**',
      'src/components/**',
      'src/theme/**',
      'src/pages/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: builtinModules
            .filter((name) => !name.startsWith('_'))
            .map((name) => ({name, message: NODE_IN_BROWSER})),
          patterns: [
            {group: ['node:*', 'node:*/**'], message: NODE_IN_BROWSER},
          ],
        },
      ],
    },
  },
);
