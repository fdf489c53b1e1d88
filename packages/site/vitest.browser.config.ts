import {fileURLToPath} from 'node:url'
import {defineConfig} from 'vitest/config'
import {snapshotUpdate, workspaceSources} from '../../vitest.shared.js'

// The browser tests: the built site in Debian's Chromium (`npm run test:browser`).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  resolve: {alias: workspaceSources()},
  test: {
    include: ['test-browser/**/*.test.ts'],
    update: snapshotUpdate,
    globalSetup: ['test-browser/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // One Chromium at a time on a 2-core machine.
    fileParallelism: false
  }
})
