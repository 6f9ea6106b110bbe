import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'dist-server/', 'node_modules/', 'coverage/', '.cache/', 'tests/e2e/artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Set text with textContent; scenario text is never HTML.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Set text with textContent; scenario text is never HTML.' },
      ],
    },
  },
  {
    // The pure layers: no Phaser, XState or DOM.
    files: ['src/engine/**/*.ts', 'src/scenario/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: ['phaser', 'phaser/*', 'xstate', 'xstate/*', '../ui/*', '../view/*', '../flow/*'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
    },
  },
  {
    // The service worker template: the build replaces __PRECACHE__ with the list of files.
    files: ['src/offline/serviceWorker.js'],
    languageOptions: { globals: { ...globals.serviceworker, __PRECACHE__: 'readonly' } },
  },
  {
    files: ['tests/**/*.ts', '*.config.ts', '*.config.js', 'scripts/**/*', 'src/server/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
);
