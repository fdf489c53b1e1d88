#!/usr/bin/env node
// Committed entry point: npm links it on install, before dist/ exists.
// The CLI module alone: each command loads its own modules when it runs.
import {main} from '../dist/cli.js'

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error) => {
    // A bug in the tool, never a content mistake: say so without a stack trace.
    process.stderr.write(`llm-interview: internal error: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 2
  }
)
