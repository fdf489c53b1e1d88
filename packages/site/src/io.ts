import {colorEnabled, progressEnabled} from './terminal.js'

/** Where the CLI writes; tests pass their own to capture output. */
export interface Io {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Whether to colour reports (a terminal, unless `NO_COLOR`; or `FORCE_COLOR`). */
  color: boolean
  /** Whether to show progress lines on stderr (a terminal, not CI); default false. */
  progress?: boolean
}

/** The process's own streams. */
export const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color: colorEnabled(process.env, Boolean(process.stdout.isTTY)),
  progress: progressEnabled(process.env, Boolean(process.stderr.isTTY))
}
