import {defineConfig} from 'vitest/config'
import {snapshotUpdate, workspaceSources} from '../../vitest.shared.js'

// Sibling packages are imported from source (aliases of their
// `src/index.ts`). The package tests pack the built packages once
// (test/global-setup.ts) and run npm, tsc and node on them: they are slow
// and busy, so they run after the other projects (groupOrder), leaving the
// timing of those tests alone.
export default defineConfig({
  resolve: {alias: workspaceSources()},
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    update: snapshotUpdate,
    sequence: {groupOrder: 1},
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000
  }
})
