import js from '@eslint/js'
import svelte from 'eslint-plugin-svelte'
import globals from 'globals'
import ts from 'typescript-eslint'
import svelteConfig from './svelte.config.js'

/** Process boundaries: the renderer and the shared contract never reach Electron or Node. */
const ELECTRON_OR_NODE = [
  { group: ['electron', 'electron/*'], message: 'Only src/main and src/preload may import electron.' },
  { group: ['node:*'], message: 'Only src/main, src/web and scripts may import Node built-ins.' }
]
const NODE_BARE_NAMES = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'url', 'util'].map(
  (name) => ({
    name,
    message: 'Only src/main, src/web and scripts may import Node built-ins.'
  })
)
/** no-restricted-imports with the process boundaries and any `more` patterns. */
const restrictedImports = (...more) => ({
  'no-restricted-imports': ['error', { patterns: [...ELECTRON_OR_NODE, ...more], paths: NODE_BARE_NAMES }]
})
const noElectronOrNode = restrictedImports()

/**
 * Test code lives under test paths (unit tests beside their code, helpers in src/test-util/, the
 * e2e suite in e2e/): a production module never imports a test runner or a test helper.
 */
const TEST_PATHS = ['**/*.test.ts', '**/*.test.mjs', '**/*.soak.ts', 'src/test-util/**']
/** A rule refusing imports whose source matches `pattern` (an esquery regex), naming `what`. */
const refuseImports = (pattern, what) => ({
  'no-restricted-syntax': [
    'error',
    ...['ImportDeclaration', 'ImportExpression', 'ExportAllDeclaration', 'ExportNamedDeclaration'].map(
      (node) => ({
        selector: `${node}[source.value=${pattern}]`,
        message: `Only test code (${TEST_PATHS.join(', ')}) may import ${what}.`
      })
    )
  ]
})

/**
 * One date format everywhere (issue 12): the renderer writes a date only through @shared/dates
 * ("1 Dec 2026"), never with toLocaleDateString, its own Intl.DateTimeFormat, a date's fields or a
 * slice of an ISO string. The timeline's axis labels (ticks, spans, the window read out) are exempt.
 */
const HAND_WRITTEN_DATES = [
  {
    selector: 'CallExpression[callee.property.name=/^to(Locale)?(Date|Time)String$|^toUTCString$/]',
    message: 'Write dates with formatDate/formatDateTime from @shared/dates.'
  },
  {
    selector:
      ':matches(NewExpression, CallExpression)[callee.object.name="Intl"][callee.property.name="DateTimeFormat"]',
    message: 'Write dates with formatDate/formatDateTime from @shared/dates.'
  },
  {
    selector:
      'CallExpression[callee.property.name=/^(slice|substring|substr)$/][callee.object.callee.property.name="toISOString"]',
    message: 'Write dates with formatDate/formatDateTime from @shared/dates, not a cut ISO string.'
  },
  {
    selector: 'CallExpression[callee.property.name=/^get(UTC)?(Date|Day|Month|FullYear|Hours|Minutes)$/]',
    message: 'Write dates with formatDate/formatDateTime from @shared/dates, not from a date’s fields.'
  }
]
const TIMELINE_AXIS = [
  'src/renderer/src/features/timeline/time-window.ts',
  'src/renderer/src/features/timeline/axis-layout.ts',
  'src/renderer/src/features/timeline/marker-layout.ts',
  'src/renderer/src/features/timeline/TimelineAxis.svelte'
]

export default ts.config(
  { ignores: ['out/', 'dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench-results/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } }
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig
      }
    }
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...noElectronOrNode,
      // A value from a schema module bundles all of zod into the window; take constants from limits.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@shared/*schemas', '@shared/ids'],
              allowTypeImports: true,
              message:
                'Import only types from schema modules (and ids) in the renderer; constants live in @shared/limits.'
            }
          ]
        }
      ]
    }
  },
  {
    // Dependencies point down: lib/ (shared widgets, state, helpers) never reaches into a feature
    // or the app's wiring beside App.svelte (nav.ts, app-state.svelte.ts).
    files: ['src/renderer/src/lib/**'],
    rules: restrictedImports({
      group: ['**/features/**', '**/nav', '**/app-state.svelte', '**/App.svelte'],
      message: 'lib/ depends on nothing in features/ or the app root: move the shared piece into lib/.'
    })
  },
  {
    files: ['src/shared/**'],
    rules: noElectronOrNode
  },
  {
    // The browser host draws the first screen with the renderer's own code, and uses nothing else of it.
    files: ['src/web/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: 'renderer/(?!src/render-first-screen$)',
              message:
                'src/web imports only the first-screen renderer (src/renderer/src/render-first-screen).'
            }
          ]
        }
      ]
    }
  },
  {
    files: ['src/**'],
    ignores: TEST_PATHS,
    rules: refuseImports(
      '/^(vitest|@playwright.test|@testing-library|fast-check)|test-util/',
      'a test runner, fast-check or src/test-util'
    )
  },
  {
    // The rule above, for the renderer, with the hand-written dates refused too (one rule holds both).
    files: ['src/renderer/**'],
    ignores: [...TEST_PATHS, ...TIMELINE_AXIS],
    rules: {
      'no-restricted-syntax': [
        ...refuseImports(
          '/^(vitest|@playwright.test|@testing-library|fast-check)|test-util/',
          'a test runner, fast-check or src/test-util'
        )['no-restricted-syntax'],
        ...HAND_WRITTEN_DATES
      ]
    }
  },
  {
    // Scripts may drive a browser with Playwright (icons, benchmarks), but never run or import tests.
    files: ['scripts/**'],
    ignores: TEST_PATHS,
    rules: refuseImports(
      '/^(vitest|@testing-library|fast-check)|test-util/',
      'a test runner, fast-check or src/test-util'
    )
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
      eqeqeq: ['error', 'always']
    }
  }
)
