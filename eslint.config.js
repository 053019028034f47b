import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// Module boundaries, checked on the import text with no-restricted-imports: a server domain owns its
// queries; the web app imports only browser-safe server files; web features stay independent.
// A file gets one set of patterns for the rule, so each block below lists everything it forbids.

/** A domain reaches another domain through its service, never its queries. */
const otherDomainQueries = {
  regex: '^(\\.{1,2}/)+[^./][^/]*/queries(\\.[jt]s)?$',
  message: "Import the owning domain's service.ts; its queries.ts is private to that domain.",
};

/**
 * Server modules the web app may import: zod schemas and rules with no server-only code. The last
 * three hold no zod either, so the start page and the report form can use them without loading zod.
 */
const browserSafeServerFiles = [
  'src/*/schema.ts',
  'src/*/labels.ts',
  'src/platform/schema-helpers.ts',
  'src/platform/personal-number.ts',
  'src/platform/printable-text.ts',
  'src/platform/printable-ranges.generated.ts',
  'src/platform/time.ts',
  'src/rounds/strain-levels.ts',
  'src/indicators/range.ts',
  'src/live/events.ts',
];

const serverOnlyImport = {
  regex:
    '^(?!zod$|\\.{1,2}/(\\.\\./)?([a-z-]+/)?(schema|labels|schema-helpers|personal-number|printable-text|printable-ranges\\.generated|time|strain-levels|range|events)\\.ts$)',
  message: 'The web app imports this file: only zod and other browser-safe schema files (see eslint.config.js).',
};

const serverImportInWeb = {
  regex:
    '^@server/(?!([a-z-]+/(schema|labels)|platform/(schema-helpers|personal-number|printable-text|printable-ranges\\.generated|time)|rounds/strain-levels|indicators/range|live/events)\\.ts$)',
  message: 'The web app may import only the browser-safe server files (schema.ts, labels.ts, platform/time.ts …).',
};

/** Features do not import each other or the app; pages in app/ compose them. */
function featureIsolation(depth) {
  const up = '\\.\\./'.repeat(depth);
  return [
    {
      regex: `^${up}(?!\\.)`,
      message: 'A feature does not import another feature; compose them in a page under web/src/app.',
    },
    { regex: '^(\\.\\./)+app/', message: 'Features do not import the app; the app imports features.' },
    serverImportInWeb,
  ];
}

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'web/dist',
      'data',
      'coverage',
      '.tmp',
      'bench/results',
      'src/platform/db-types.generated.ts',
      'web/src/lib/api-schema.generated.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through src/platform/config.ts.' },
      ],
    },
  },
  {
    // Migrations are frozen in time and typed against Kysely<any> on purpose.
    files: ['src/migrations/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/platform/config.ts', 'test/**', 'bench/**', 'bin/**', 'src/**/*.test.ts', 'vitest.config.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['bin/**/*.js'],
    languageOptions: { globals: { process: 'readonly' } },
  },
  { files: ['src/**/*.ts'], rules: restrict([otherDomainQueries]) },
  { files: browserSafeServerFiles, rules: restrict([serverOnlyImport]) },
  { files: ['web/src/**/*.{ts,tsx}'], rules: restrict([serverImportInWeb]) },
  { files: ['web/src/features/*/*.{ts,tsx}'], rules: restrict(featureIsolation(1)) },
  { files: ['web/src/features/*/*/*.{ts,tsx}'], rules: restrict(featureIsolation(2)) },
  { files: ['web/src/features/*/*/*/*.{ts,tsx}'], rules: restrict(featureIsolation(3)) },
  {
    files: ['web/src/lib/**/*.{ts,tsx}', 'web/src/components/**/*.{ts,tsx}'],
    rules: restrict([
      { regex: '^(\\.\\./)+(features|app)/', message: 'Shared code does not import features or the app.' },
      serverImportInWeb,
    ]),
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
