// ESLint (flat config): typescript-eslint's recommended rules everywhere, and in the elements' code the
// Lit, web-component and Lit accessibility plugins. Formatting is Prettier's; eslint-config-prettier turns
// off what would clash with it. `npm run lint` runs both (part of `npm test`).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'src/generated/', 'content/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-empty': ['error', { allowEmptyCatch: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
    },
  },
  { files: ['src/**/*.ts', 'test/**/*.ts'], ...lit.configs['flat/recommended'] },
  { files: ['src/**/*.ts'], ...wc.configs['flat/recommended'] },
  {
    files: ['src/**/*.ts'],
    ...litA11y.configs.recommended,
    rules: {
      ...litA11y.configs.recommended.rules,
      // Lists styled without bullets keep role="list": WebKit drops their list semantics otherwise.
      'lit-a11y/no-redundant-role': 'off',
      // A click listener on a widget's root only delegates the clicks of its own links and buttons, which
      // the keyboard already activates.
      'lit-a11y/click-events-have-key-events': 'off',
    },
  },
  {
    // Chai's assertions are expressions (`expect(x).to.be.true`); tests write literal markup and patterns.
    files: ['**/*.test.ts', '**/*.test.mjs', 'test/**'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      'lit/attribute-value-entities': 'off',
      'no-regex-spaces': 'off',
    },
  },
  {
    // Test pages share an object with their test: `ssr` (test/ssr/), `__report` (test/hosts/).
    files: ['test/**/*.js'],
    languageOptions: { globals: { ssr: 'writable', __report: 'writable' } },
  },
  prettier,
);
