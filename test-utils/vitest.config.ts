import {defineConfig} from 'vitest/config'
import {snapshotUpdate} from '../vitest.shared.js'

export default defineConfig({
  test: {include: ['*.test.ts'], update: snapshotUpdate}
})
