import {defineConfig} from 'vitest/config'

// Sibling packages are imported from source (the `@org/source` export
// condition), so tests need no build first.
export default defineConfig({
  ssr: {resolve: {conditions: ['@org/source']}},
  test: {include: ['src/**/*.test.ts', 'test/**/*.test.ts']}
})
