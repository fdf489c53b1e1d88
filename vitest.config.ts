import {defineConfig} from 'vitest/config'
import {snapshotUpdate} from './vitest.shared.js'

export default defineConfig({
  test: {
    projects: ['packages/*', 'test-utils'],
    update: snapshotUpdate
  }
})
