/** Where the CLI writes; tests pass their own to capture output. */
export interface Io {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Whether to colour reports (a terminal). */
  color: boolean
}

/** The process's own streams. */
export const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color: Boolean(process.stdout.isTTY)
}
