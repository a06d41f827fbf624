// Lint that blocks: `npm test` fails on any warning. Type-aware so floating promises are caught.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** `no-restricted-imports` for the files of one folder: each entry a regex over the specifier. */
const forbid = (files, ...patterns) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns }] } });
const importBoundaries = [
  forbid(
    ['web/server/**/*.ts'],
    { regex: '^(\\.\\./)+(web/)?src(/|$)', message: 'web/server must not import the browser app (web/src); put what both need in web/shared.' },
    {
      regex: '^(\\.\\./)+ingest/(extract/|sources/|ingest-sample\\.ts|ingest-documents\\.ts|jobs/run-job\\.ts|jobs/ingest-engine\\.ts)',
      allowTypeImports: true,
      message: 'web/server loads the ingest path only when it runs it: use `await import(…)` there (web/server/README.md).',
    },
  ),
  forbid(
    ['web/src/**/*.ts'],
    {
      regex: '^(\\.\\./)+(ingest|neo4j|cypher|bench|test)(/|$)',
      message: 'web/src runs in the browser: it must not import ingest/, neo4j/ or other server code; API shapes live in web/shared.',
    },
    {
      regex: '^(\\.\\./)+(web/)?server(/|$)',
      message: 'web/src must not import web/server; it reaches the server over HTTP (web/src/core/api), shapes in web/shared.',
    },
  ),
  forbid(['web/shared/**/*.ts'], { regex: '^\\.\\./', message: 'web/shared is imported by server and browser alike, so it imports nothing outside itself.' }),
  forbid(['ingest/**/*.ts', 'neo4j/**/*.ts'], {
    regex: '^(\\.\\./)+web(/|$)',
    message: 'ingest/ and neo4j/ must not import web/: the web server depends on them, not the other way.',
  }),
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'neo4j/target/', 'test/artifacts/', 'bench/out/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  // Imports run one way (issue 14): ingest ← web/server; web/shared ← web/server and web/src. The
  // server and the browser meet only in web/shared; the browser sees the server only over HTTP.
  ...importBoundaries,
);
