import {defineConfig} from 'vitest/config'
import {snapshotUpdate, workspaceSources} from '../../vitest.shared.js'

// Sibling packages are imported from source (aliases of their
// `src/index.ts`), so tests need no build first.
export default defineConfig({
  resolve: {alias: workspaceSources()},
  test: {include: ['src/**/*.test.ts', 'test/**/*.test.ts'], update: snapshotUpdate}
})
