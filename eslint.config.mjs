// ESLint: typescript-eslint's type-aware recommended rules (floating promises,
// unsafe any, misused promises) over the extension, server, CLI, tests, bench
// and scripts. Formatting is Prettier's job (npm run format), not ESLint's.
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // What .gitignore leaves out (build output, the editor tests' compiled files, reports).
  { ignores: ['dist/', 'node_modules/', 'out/', 'test/editor/out/', '.vscode-test/', 'bench/results/', 'coverage/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    // A disable comment that no longer disables anything is an error, so none goes stale.
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // The code writes `list[index]!` as a note to the reader that the index
      // is in range; without noUncheckedIndexedAccess the compiler sees no
      // difference, so this rule would strip every such note.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
  {
    // No import circles: each module's dependencies load before it.
    plugins: { 'import-x': importX },
    settings: {
      // Which files import-x reads (.ts among them) and with which parser.
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [createTypeScriptImportResolver()],
    },
    rules: {
      'import-x/no-cycle': 'error',
      // Tests and bench apart: what both use lives in test/support.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './test', from: './bench', message: 'Tests never import bench/: move what both need to test/support.' },
            { target: './bench', from: './test', except: ['./support'], message: 'The bench imports from test/support only.' },
            // The engine is pure: the language server, the CLI and the client build on it, never the other way.
            {
              target: './server/src/engine',
              from: ['./server/src/lsp', './server/src/cli', './server/src/server.ts', './client'],
              message: 'The engine imports no server, CLI or client code.',
            },
            // One message contract: the client knows the server only through it.
            {
              target: './client',
              from: './server',
              except: ['./src/lsp/protocol.ts'],
              message: 'The client imports the shared protocol (server/src/lsp/protocol.ts) only.',
            },
          ],
        },
      ],
    },
  },
  {
    // Every spread element is an argument on the stack: push(...list) of a list of some 100,000 items (the tokens or
    // findings of a large file) throws "Maximum call stack size exceeded". A loop pushes any number.
    files: ['**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name=/^(push|unshift)$/] > SpreadElement',
          message: 'push(...list) overflows the stack on a long list: push the items in a loop.',
        },
      ],
    },
  },
  {
    // Nor does it know of editors or the protocol: the same engine runs in the CLI and the tests.
    files: ['server/src/engine/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['vscode', 'vscode-*'], message: 'The engine imports no editor or LSP package.' }] }] },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    // CommonJS files (the package has no "type"): require is how they import.
    files: ['bin/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
