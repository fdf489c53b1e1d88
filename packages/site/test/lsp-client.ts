import {spawn} from 'node:child_process'
import {pathToFileURL} from 'node:url'
import {
  CompletionRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type CompletionItem,
  type Hover,
  type Position,
  type PublishDiagnosticsParams
} from 'vscode-languageserver/node'

const bin = new URL('../bin/llm-interview.js', import.meta.url).pathname

/** A client speaking LSP over stdio to the built `llm-interview lsp --stdio`. */
export interface LspClient {
  open(path: string, text: string): Promise<string>
  change(uri: string, version: number, text: string): Promise<void>
  /** The first diagnostics published for `uri` at `version` or later. */
  diagnostics(uri: string, version: number): Promise<PublishDiagnosticsParams>
  hover(uri: string, position: Position): Promise<Hover | null>
  completion(uri: string, position: Position): Promise<CompletionItem[]>
  /** Shuts the server down; resolves with its exit code. */
  close(): Promise<number | null>
}

export async function startLsp(cwd: string): Promise<LspClient> {
  const child = spawn(process.execPath, [bin, 'lsp', '--stdio'], {cwd, stdio: ['pipe', 'pipe', 'inherit']})
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
  const published: PublishDiagnosticsParams[] = []
  const waiting = new Set<() => void>()
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    published.push(params)
    for (const wake of waiting) wake()
  })
  connection.listen()
  await connection.sendRequest(InitializeRequest.type, {processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null})
  await connection.sendNotification(InitializedNotification.type, {})
  return {
    async open(path, text) {
      const uri = pathToFileURL(path).href
      await connection.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri, languageId: 'markdown', version: 1, text}})
      return uri
    },
    async change(uri, version, text) {
      await connection.sendNotification(DidChangeTextDocumentNotification.type, {textDocument: {uri, version}, contentChanges: [{text}]})
    },
    diagnostics(uri, version) {
      return new Promise((resolve) => {
        const look = () => {
          const found = published.find((params) => params.uri === uri && (params.version ?? 0) >= version)
          if (!found) return
          waiting.delete(look)
          resolve(found)
        }
        waiting.add(look)
        look()
      })
    },
    hover: (uri, position) => connection.sendRequest(HoverRequest.type, {textDocument: {uri}, position}),
    async completion(uri, position) {
      const answer = await connection.sendRequest(CompletionRequest.type, {textDocument: {uri}, position})
      return Array.isArray(answer) ? answer : (answer?.items ?? [])
    },
    async close() {
      await connection.sendRequest(ShutdownRequest.type)
      await connection.sendNotification(ExitNotification.type)
      const code = await exited
      connection.dispose()
      return code
    }
  }
}
