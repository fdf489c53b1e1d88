#!/usr/bin/env node
// Committed entry point: npm links it on install, before dist/ exists.
import {main} from '../dist/index.js'

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error) => {
    process.stderr.write(`llm-interview-release: ${error instanceof Error ? error.message : String(error)}\n`)
    // A failure, not wrong usage (main returns 2 for that itself).
    process.exitCode = 1
  }
)
