import {hostname} from 'node:os'
import {open, readFile, unlink} from 'node:fs/promises'
import {setTimeout as sleep} from 'node:timers/promises'

interface Owner {
  pid: number
  host: string
}

/** Locks this process holds: a lock with our own process id is live only if it is one of them. */
const held = new Set<string>()

export interface LockOptions {
  /** Called once when another live build holds the lock, with its process id. */
  onWait?: (pid: number) => void
  /** How long to wait for the other build before giving up (default 10 minutes). */
  timeoutMs?: number
}

/**
 * Runs `work` while holding the lock file `file` (created exclusively, with
 * the owner's process id), so builds into one folder run one after the
 * other. A lock left by a process that no longer runs is taken over.
 */
export async function withLock<T>(file: string, work: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 10 * 60_000)
  let told = false
  for (;;) {
    const handle = await open(file, 'wx').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') return undefined
      throw error
    })
    if (handle) {
      await handle.writeFile(JSON.stringify({pid: process.pid, host: hostname()} satisfies Owner))
      await handle.close()
      held.add(file)
      break
    }
    const owner = (await readOwner(file)) ?? (await sleep(50), await readOwner(file))
    if (!owner || !alive(owner, file)) {
      // Left by a build that was killed (or unreadable twice over): take it over.
      // Two builds taking over one stale lock at the same instant is the one race left.
      await unlink(file).catch(() => undefined)
      continue
    }
    if (!told) options.onWait?.(owner.pid)
    told = true
    if (Date.now() > deadline) throw new Error(`another build (process ${owner.pid}) has held ${file} for too long; if no build runs, delete that file`)
    await sleep(200)
  }
  try {
    return await work()
  } finally {
    held.delete(file)
    await unlink(file).catch(() => undefined)
  }
}

async function readOwner(file: string): Promise<Owner | undefined> {
  try {
    const owner = JSON.parse(await readFile(file, 'utf8')) as Partial<Owner>
    return typeof owner.pid === 'number' && typeof owner.host === 'string' ? (owner as Owner) : undefined
  } catch {
    return undefined
  }
}

/** Whether the lock's owner still runs (a lock from another machine is assumed alive). */
function alive(owner: Owner, file: string): boolean {
  if (owner.host !== hostname()) return true
  if (owner.pid === process.pid) return held.has(file)
  try {
    process.kill(owner.pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
