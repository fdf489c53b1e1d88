import {fileURLToPath} from 'node:url'
import {defineConfig} from 'vitest/config'
import {snapshotUpdate, workspaceSources} from '../../vitest.shared.js'

// The browser test of the packed packages (`npm run test:browser`): a Vite
// bundle of the renderer and the data tarballs, run in Debian's Chromium.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  resolve: {alias: workspaceSources()},
  test: {
    include: ['test-browser/**/*.test.ts'],
    update: snapshotUpdate,
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false
  }
})
