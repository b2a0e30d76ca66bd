// ESLint (`npm run lint`): typescript-eslint's recommended rules on the code, tests, scripts and
// configs. Formatting is prettier's (.prettierrc.json); import cycles and the layers of
// ARCHITECTURE.md are dependency-cruiser's (.dependency-cruiser.cjs); unused files, exports and
// dependencies are knip's (knip.jsonc). Type-aware rules (recommendedTypeChecked) are left out:
// measured on src/ and test/, 44 s of CPU against 11 s without them (157 findings, most of them
// needless assertions and `any` from parsed YAML), and `npm run typecheck` already runs tsc.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'reports/', 'out/', 'scratch/', '.stryker-tmp/', 'test/fixtures/', 'plans/', 'templates/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Leaving out a property by destructuring it into a name nobody reads (`{ file: _file, ...rest }`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Several assignments in one statement joined by commas (`row.push(field), (field = '')`) are
      // the house style of the small hand-written readers (CSV, XLSX).
      '@typescript-eslint/no-unused-expressions': 'off',
      // Hostile input is checked for control characters on purpose (schema/control-characters.ts,
      // the XML writers, the terminal output).
      'no-control-regex': 'off',
      // Expected output of aligned tables is written with its spaces, as it prints.
      'no-regex-spaces': 'off',
    },
  },
  {
    // CommonJS on purpose: the bin pointer (bin/package.json says so) and a script preloaded with -r.
    files: ['bin/**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
