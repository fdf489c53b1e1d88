import {TextDocuments, TextDocumentSyncKind, type Connection} from 'vscode-languageserver'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {Analyses} from './analysis.js'
import {completionsAt} from './completion.js'
import {toDiagnostic} from './diagnostics.js'
import {hoverAt} from './hover.js'

export interface ServerOptions {
  /** How long typing must pause before a document is checked again (default 200 ms). */
  debounceMs?: number
}

/**
 * Serves guide files on `connection`: diagnostics of the open documents
 * (the checks of `llm-interview check`, on the text in the editor), hover
 * and completion in the front matter.
 */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const debounceMs = options.debounceMs ?? 200
  const documents = new TextDocuments(TextDocument)
  const analyses = new Analyses()
  const timers = new Map<string, ReturnType<typeof setTimeout>>()

  const publish = async (document: TextDocument): Promise<void> => {
    const analysis = await analyses.of(document)
    // A newer version (or a close) came in while this one was checked.
    if (documents.get(document.uri)?.version !== document.version) return
    const lines = document.getText().split(/\r?\n/)
    const messages = analysis.result?.messages ?? []
    await connection.sendDiagnostics({uri: document.uri, version: document.version, diagnostics: messages.map((message) => toDiagnostic(message, document.uri, lines))})
  }
  const schedule = (document: TextDocument): void => {
    clearTimeout(timers.get(document.uri))
    timers.set(
      document.uri,
      setTimeout(() => {
        timers.delete(document.uri)
        publish(document).catch((error: unknown) => connection.console.error(`llm-interview: ${error instanceof Error ? error.message : String(error)}`))
      }, debounceMs)
    )
  }

  connection.onInitialize(() => ({
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      completionProvider: {triggerCharacters: [':', ' ']}
    },
    serverInfo: {name: 'llm-interview'}
  }))
  documents.onDidChangeContent(({document}) => schedule(document))
  documents.onDidClose(({document}) => {
    clearTimeout(timers.get(document.uri))
    timers.delete(document.uri)
    analyses.forget(document.uri)
    void connection.sendDiagnostics({uri: document.uri, diagnostics: []})
  })
  connection.onHover(async ({textDocument, position}) => {
    const document = documents.get(textDocument.uri)
    if (!document) return null
    return hoverAt(linesOf(document), position, await analyses.of(document))
  })
  connection.onCompletion(async ({textDocument, position}) => {
    const document = documents.get(textDocument.uri)
    if (!document) return []
    return completionsAt(linesOf(document), position, await analyses.of(document))
  })
  documents.listen(connection)
  connection.listen()
}

function linesOf(document: TextDocument): string[] {
  return document.getText().split(/\r?\n/)
}
