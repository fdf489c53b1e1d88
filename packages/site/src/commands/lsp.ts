import {createConnection, StreamMessageReader, StreamMessageWriter} from 'vscode-languageserver/node'
import {startServer} from '../lsp/server.js'

/**
 * `llm-interview lsp --stdio`: the language server for guide files,
 * speaking LSP over standard input and output. It runs until the client
 * sends `exit` or closes standard input; the LSP library then ends the
 * process (code 0 after `shutdown`, 1 without).
 */
export function lspCommand(): Promise<number> {
  const connection = createConnection(new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout))
  startServer(connection)
  return new Promise<number>(() => {})
}
