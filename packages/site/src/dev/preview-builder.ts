import {Worker} from 'node:worker_threads'
import type {VFile} from 'vfile'
import type {PreviewAnswer, PreviewRequest} from './build-job.js'
import type {PreviewContent} from './preview-content.js'
import {fromWire} from './wire.js'

/** How a preview build ended. */
export type PreviewOutcome =
  | {kind: 'built'; ok: boolean; content: PreviewContent | undefined; problems: VFile[]; warnings: VFile[]}
  | {kind: 'timeout'; deadline: number}
  | {kind: 'memory'; limit: number}
  | {kind: 'failed'; reason: string}
  | {kind: 'stopped'}

export interface PreviewBuilderOptions {
  contentDir: string
  cacheDir: string | undefined
  /** Milliseconds a build may take before its worker is stopped. */
  deadline: number
  /** The worker module (tests put a slow one in its place). */
  worker?: URL
  /** Megabytes of heap a build may use before its worker is stopped (default 2048). */
  memory?: number
}

// Under the test runner this module runs from its TypeScript source; the
// worker thread then runs the compiled copy (Node 20 cannot run TypeScript).
const defaultWorker = import.meta.url.endsWith('.ts') ? new URL('../../dist/dev/build-worker.js', import.meta.url) : new URL('./build-worker.js', import.meta.url)

/**
 * Runs preview builds (loading and checking, see `previewBuild`) in a
 * worker thread, one at a time, each with a deadline: a build that runs
 * over it (a runaway parse) has its worker terminated, and the next build
 * starts a fresh one. The server's own thread never parses, so it keeps
 * answering requests and signals.
 */
export class PreviewBuilder {
  private worker: Worker | undefined
  private pending: {id: number; worker: Worker; resolve: (outcome: PreviewOutcome) => void; timer: NodeJS.Timeout} | undefined
  private nextId = 1
  private closed = false

  constructor(private readonly options: PreviewBuilderOptions) {}

  private get memoryLimit(): number {
    return this.options.memory ?? 2048
  }

  /** Builds the content once, leaving out of the answer the guides of fingerprints `held`; never rejects. */
  run(held: readonly string[] = []): Promise<PreviewOutcome> {
    if (this.closed) return Promise.resolve({kind: 'stopped'})
    if (this.pending) return Promise.resolve({kind: 'failed', reason: 'a build is already running'})
    const worker = (this.worker ??= this.spawn())
    const id = this.nextId++
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.finish(undefined, {kind: 'timeout', deadline: this.options.deadline})
        // The next build runs in a fresh worker, started now so that it is warm by the next save.
        void this.stopWorker().then(() => {
          if (!this.closed) this.worker ??= this.spawn()
        })
      }, this.options.deadline)
      this.pending = {id, worker, resolve, timer}
      worker.postMessage({id, held} satisfies PreviewRequest)
    })
  }

  /** Stops any build and the worker. */
  async close(): Promise<void> {
    this.closed = true
    this.finish(undefined, {kind: 'stopped'})
    await this.stopWorker()
  }

  private spawn(): Worker {
    const worker = new Worker(this.options.worker ?? defaultWorker, {
      workerData: {contentDir: this.options.contentDir, cacheDir: this.options.cacheDir},
      // A runaway build fails alone instead of taking the server's memory.
      resourceLimits: {maxOldGenerationSizeMb: this.memoryLimit}
    })
    worker.on('message', (answer: PreviewAnswer) => {
      if (answer.id !== this.pending?.id) return
      this.finish(worker, 'failure' in answer ? {kind: 'failed', reason: answer.failure} : {kind: 'built', ok: answer.ok, content: answer.content, problems: answer.problems.map(fromWire), warnings: answer.warnings.map(fromWire)})
    })
    worker.on('error', (error) => {
      if (this.worker === worker) this.worker = undefined
      const outOfMemory = (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
      this.finish(worker, outOfMemory ? {kind: 'memory', limit: this.memoryLimit} : {kind: 'failed', reason: error.message})
    })
    worker.on('exit', (code) => {
      if (this.worker === worker) this.worker = undefined
      this.finish(worker, {kind: 'failed', reason: `the build worker stopped (exit code ${code})`})
    })
    return worker
  }

  /** Ends the pending build with `outcome`, if `from` (a worker, or any) runs it. */
  private finish(from: Worker | undefined, outcome: PreviewOutcome): void {
    const pending = this.pending
    if (!pending || (from && pending.worker !== from)) return
    this.pending = undefined
    clearTimeout(pending.timer)
    pending.resolve(outcome)
  }

  private async stopWorker(): Promise<void> {
    const worker = this.worker
    this.worker = undefined
    await worker?.terminate()
  }
}
