import {fileURLToPath} from 'node:url'
import {defineConfig} from 'vitest/config'
import {snapshotUpdate, workspaceSources} from '../../vitest.shared.js'

// The long fuzz run (`npm run fuzz`); FUZZ_CASES sets the total (default 100,000).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  resolve: {alias: workspaceSources()},
  test: {include: ['fuzz/**/*.test.ts'], update: snapshotUpdate, testTimeout: 4 * 60 * 60 * 1000}
})
