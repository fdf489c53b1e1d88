import type {ParseResult} from '@org/llm-interview-parser'
import type {GuideInput} from '@org/llm-interview-schema'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {checkLinkTargets, linkContextOf} from '../build/link-targets.js'
import {checkSourceBytes} from '../check-source.js'
import {localizeFiles} from '../messages/localize.js'
import type {GuideSource} from '../discover.js'
import {guideSourceOf} from './source.js'

/** What the check found in one version of an open document. */
export interface Analysis {
  /** The document's guide source; undefined when it is not a guide. */
  source: GuideSource | undefined
  /** The check's result (the same checks as `llm-interview check`). */
  result: ParseResult | undefined
  /** The outline as read, also when the guide has errors. */
  outline: GuideInput | undefined
}

/**
 * Checks open documents from their text in memory (never the file on
 * disk), once per document version: diagnostics, hover and completion of
 * the same version share one check.
 */
export class Analyses {
  readonly #latest = new Map<string, {version: number; analysis: Promise<Analysis>}>()

  of(document: TextDocument): Promise<Analysis> {
    const known = this.#latest.get(document.uri)
    if (known && known.version === document.version) return known.analysis
    const analysis = analyse(document.uri, document.getText())
    this.#latest.set(document.uri, {version: document.version, analysis})
    return analysis
  }

  forget(uri: string): void {
    this.#latest.delete(uri)
  }
}

async function analyse(uri: string, text: string): Promise<Analysis> {
  const source = guideSourceOf(uri, text)
  if (!source) return {source, result: undefined, outline: undefined}
  const result = await checkSourceBytes(new TextEncoder().encode(text), source)
  // Links to files the build would not publish get the build's warning, as in `check`.
  const links = result.guide ? linkContextOf(source, result.file) : undefined
  if (result.guide && links) await checkLinkTargets(result.guide, links)
  // In the guide's language, as `check` prints them.
  localizeFiles([result.file], undefined)
  return {source, result, outline: result.file.data.outline}
}
