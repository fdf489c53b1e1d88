import {stat} from 'node:fs/promises'

export interface SettleOptions {
  /** Milliseconds without a change before a rebuild (default 50). */
  quiet?: number
  /** Milliseconds a saved source may stay empty before it is built as empty (default 1500). */
  emptyGrace?: number
}

/**
 * Calls `run` once the saves have finished: after `quiet` ms without a
 * change, and, when a source just saved is empty, not before it has stayed
 * empty for `emptyGrace` ms. An editor that truncates a file and then
 * writes it (or writes it in chunks) is thus never built half-written, so
 * the preview never flashes a false "Unexpected empty file".
 */
export class SaveSettler {
  private timer: NodeJS.Timeout | undefined
  private readonly saved = new Set<string>()
  private readonly emptySince = new Map<string, number>()
  /** Counts changes, so a check that a newer change overtook gives way to it. */
  private generation = 0
  private readonly quiet: number
  private readonly emptyGrace: number

  constructor(
    private readonly run: () => void,
    options: SettleOptions = {}
  ) {
    this.quiet = options.quiet ?? 50
    this.emptyGrace = options.emptyGrace ?? 1500
  }

  /** Something changed in the content folder; `source` when it is a guide source. */
  changed(source?: string): void {
    if (source) this.saved.add(source)
    this.generation++
    this.schedule(this.quiet)
  }

  close(): void {
    clearTimeout(this.timer)
    this.generation++
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer)
    this.timer = setTimeout(() => void this.settle(), ms)
  }

  private async settle(): Promise<void> {
    const generation = this.generation
    const now = performance.now()
    let wait = 0
    for (const source of this.saved) {
      const size = (await stat(source).catch(() => undefined))?.size
      if (size !== 0) {
        this.emptySince.delete(source)
        continue
      }
      const since = this.emptySince.get(source) ?? now
      this.emptySince.set(source, since)
      wait = Math.max(wait, since + this.emptyGrace - now)
    }
    if (generation !== this.generation) return
    if (wait > 0) return this.schedule(wait)
    this.saved.clear()
    this.emptySince.clear()
    this.run()
  }
}
