import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

const noElectron = {
  name: 'electron',
  message: 'Only src/main/electron and src/preload may import electron.'
}
const noSqlite = {
  name: 'better-sqlite3',
  message: 'Only src/main/db may import better-sqlite3.'
}
const noMain = {
  group: ['**/main/**', '**/main'],
  message: 'The renderer and src/shared must not import from src/main.'
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', __dirname: 'readonly' }
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
    }
  },
  {
    // A test that dereferences a missing value fails loudly, which is what a test should do.
    files: ['tests/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'tests/unit/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules
  },
  // Import boundaries (STYLE.md): each rule block lists everything its files may not import.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/main/electron/**', 'src/preload/**', 'src/main/db/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron, noSqlite] }] }
  },
  {
    files: ['src/main/electron/**', 'src/preload/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [noSqlite] }] }
  },
  {
    files: ['src/main/db/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron] }] }
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectron, noSqlite], patterns: [noMain] }]
    }
  },
  {
    // Build, packaging and start scripts run in plain Node.
    files: ['scripts/**/*.{mjs,cjs}'],
    languageOptions: {
      globals: { Buffer: 'readonly', URL: 'readonly', Request: 'readonly', setTimeout: 'readonly' }
    }
  },
  {
    // The fake `electron` module of the simulated packaged start is CommonJS, as electron is.
    files: ['scripts/**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable' }
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' }
  },
  prettier
)
