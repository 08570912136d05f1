// ESLint (flat config): typescript-eslint's type-aware rules on the TypeScript, import-x's import rules everywhere.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const folders = (path) =>
  readdirSync(new URL(path, import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
const apps = folders('./apps/');
const webFeatures = folders('./apps/web/src/features/');

export default tseslint.config(
  { ignores: ['**/node_modules/', '**/dist/', '**/coverage/', '.nx/', '.data/', 'bench/results/', 'apps/web/public/'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  importX.flatConfigs.recommended,
  importX.flatConfigs.typescript,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    settings: {
      // Our own libraries and apps (their paths lead to sources): internal, so cycles through them are still found.
      'import-x/internal-regex': '^@chaman/',
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: ['tsconfig.json', 'apps/web/tsconfig.json'], noWarnOnMultipleProjects: true }),
      ],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // Test bodies and decoded JSON are `any` on purpose; the compiler's strict mode guards the rest.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // String enums are compared with their values (bus payloads, the web's JSON) by design.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
      // Fastify hooks and Nest handlers are async by contract even when they do not await.
      '@typescript-eslint/require-await': 'off',
      // `String(unknown)` is the deliberate last resort when describing a thrown value or a test id.
      '@typescript-eslint/no-base-to-string': 'off',
      'import-x/no-named-as-default': 'off',
      'import-x/no-named-as-default-member': 'off',
      // Cycles among our own modules (the @chaman/* paths resolve to sources, so cross-library cycles count); walking
      // node_modules, which never imports back, took 60 % of ESLint's rule time (docs/operations.md, CI).
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            // Apps talk over the bus, never through each other's code; the system tests start them all.
            ...apps
              .filter((app) => app !== 'system-e2e')
              .map((app) => ({ target: `./apps/${app}`, from: './apps', except: [`./${app}`], message: 'Apps never import other apps.' })),
            // A web feature reaches another one only through its public index.
            ...webFeatures.map((feature) => ({
              target: `./apps/web/src/features/${feature}`,
              from: './apps/web/src/features',
              except: [`./${feature}`, ...webFeatures.filter((other) => other !== feature).map((other) => `./${other}/index.ts`)],
              message: 'Import another feature through its index.ts.',
            })),
          ],
        },
      ],
    },
  },
  {
    // Scripts and configuration in plain JavaScript: Node's globals, no type information.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: { ...globals.node } },
    // Scripts import the built CommonJS libraries, whose exports Node presents as a default export.
    rules: { '@typescript-eslint/no-require-imports': 'off', 'import-x/default': 'off' },
  },
  { files: ['**/*.js'], languageOptions: { sourceType: 'commonjs' } },
  { files: ['apps/web/**/*.{ts,tsx}'], languageOptions: { globals: { ...globals.browser } } },
);
