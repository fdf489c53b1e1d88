import {stat} from 'node:fs/promises'

export interface SettleOptions {
  /** Milliseconds without a change before a rebuild (default 0: as soon as the events of a write are in). */
  quiet?: number
  /** Milliseconds a saved source may stay empty before it is built as empty (default 1500). */
  emptyGrace?: number
  /** Milliseconds the sources must stay unchanged before a build's errors are shown (default 50; see `errorsWait`). */
  errorQuiet?: number
}

/**
 * Calls `run` once a save has finished, judged by its content rather than
 * by a delay: at once (after `quiet` ms without a change) when the sources
 * just saved have content, but, when one is empty, not before it has
 * stayed empty for `emptyGrace` ms. An editor that truncates a file and
 * then writes it is thus never built empty, so the preview never flashes a
 * false "Unexpected empty file". A write in several chunks may be built
 * half-written: the next chunk's change builds again, and `errorsWait`
 * keeps the errors of such a build off the page.
 */
export class SaveSettler {
  private timer: NodeJS.Timeout | undefined
  private readonly saved = new Set<string>()
  private readonly emptySince = new Map<string, number>()
  /** Counts changes, so a check that a newer change overtook gives way to it. */
  private changes = 0
  /** The `errorsWait` calls waiting: a change ends them. */
  private readonly waiting = new Set<(quiet: boolean) => void>()
  private lastChange = -Infinity
  private readonly quiet: number
  private readonly emptyGrace: number
  private readonly errorQuiet: number

  constructor(
    private readonly run: () => void,
    options: SettleOptions = {}
  ) {
    this.quiet = options.quiet ?? 0
    this.emptyGrace = options.emptyGrace ?? 1500
    this.errorQuiet = options.errorQuiet ?? 50
  }

  /** Something changed in the content folder; `source` when it is a guide source. */
  changed(source?: string): void {
    if (source) this.saved.add(source)
    this.changes++
    this.lastChange = performance.now()
    this.endWaits()
    this.schedule(this.quiet)
  }

  /**
   * Before showing a build's errors: resolves true once the sources have
   * stayed unchanged for `errorQuiet` ms, false as soon as they change (a
   * newer build then reports) or the settler closes. The errors of a save
   * caught half-written thus never show.
   */
  errorsWait(): Promise<boolean> {
    const wait = this.lastChange + this.errorQuiet - performance.now()
    if (wait <= 0) return Promise.resolve(true)
    return new Promise((resolve) => {
      const timer = setTimeout(() => end(true), wait)
      const end = (quiet: boolean) => {
        clearTimeout(timer)
        this.waiting.delete(end)
        resolve(quiet)
      }
      this.waiting.add(end)
    })
  }

  close(): void {
    clearTimeout(this.timer)
    this.changes++
    this.endWaits()
  }

  private endWaits(): void {
    for (const end of [...this.waiting]) end(false)
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer)
    this.timer = setTimeout(() => void this.settle(), ms)
  }

  private async settle(): Promise<void> {
    const changes = this.changes
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
    if (changes !== this.changes) return
    if (wait > 0) return this.schedule(wait)
    this.saved.clear()
    this.emptySince.clear()
    this.run()
  }
}
