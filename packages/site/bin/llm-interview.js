#!/usr/bin/env node
// Committed entry point: npm links it on install, before dist/ exists.
// The bundled CLI (dist/bundle/, see scripts/bundle.js), or the compiled
// one when only `tsc -b` ran; either way each command loads what it needs.
import {setFlagsFromString} from 'node:v8'

// V8's optimizing compiler costs more CPU than it saves in a run of a second
// or two (it was about a third of a one-guide build's, even a guide ten
// times the seed's size builds faster without it), so a command starts
// without it; it is switched on again after two seconds, for long builds
// and the servers, and before the parse of a large source (check-source.ts).
setFlagsFromString('--no-turbofan')
setTimeout(() => setFlagsFromString('--turbofan'), 2000).unref()

const bundle = new URL('../dist/bundle/cli.js', import.meta.url)
const {main} = await import(bundle.href).catch((error) => {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && error.message.includes(bundle.pathname)) return import('../dist/cli.js')
  throw error
})

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
