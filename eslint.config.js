import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // Lambda handler fixtures are user code for the emulator to run, in whatever style users write.
  {
    ignores: [
      'dist/',
      'build/',
      'node_modules/',
      'coverage/',
      '**/*.generated.*',
      'test/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // The pure core never reads the environment or talks to GitHub (docs/architecture.md, Layers).
    files: ['src/policy/**', 'src/lint/**', 'src/mutate/**', 'src/report/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@actions/*'] }],
      'no-restricted-properties': ['error', { object: 'process', property: 'env' }],
    },
  },
);
