import {defineConfig} from 'vitest/config'
import {snapshotUpdate, workspaceSources} from '../../vitest.shared.js'

// Sibling packages are imported from source (aliases of their
// `src/index.ts`); the generated modules need the build (npm test does it).
export default defineConfig({
  resolve: {alias: workspaceSources()},
  test: {include: ['src/**/*.test.ts', 'test/**/*.test.ts'], update: snapshotUpdate}
})
