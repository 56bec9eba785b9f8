// One lint config for the whole workspace.
import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.turbo/**', '**/.nuxt/**', '**/.output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Type-aware rules for the published packages' source: a promise is awaited, handled or
    // deliberately dropped (`void`), and never passed where a callback's result is ignored.
    files: [
      'packages/{core,react,vue,angular,next,nuxt,server,testing,element,svelte,solid,astro}/src/**/*.{ts,tsx}',
      'packages/angular/router/**/*.ts',
    ],
    ignores: [
      '**/*.test.{ts,tsx}',
      '**/*.test-d.{ts,tsx}',
      '**/__fixtures__/**',
      'packages/angular/src/testing/**',
    ],
    languageOptions: { parserOptions: { projectService: true } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // The rules of hooks, where hooks are written.
    files: ['packages/{react,next}/**/*.{ts,tsx}', 'apps/{react,next}-demo/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
)
