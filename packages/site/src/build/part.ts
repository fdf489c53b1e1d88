import {readdir, stat} from 'node:fs/promises'
import path from 'node:path'

/**
 * The cache of a guide's part: `content/<id>/dist/cache/`, that guide's
 * parse and render results, kept by its turbo task (`llm-interview part`)
 * for its next run and declared with the part (`dist/part/`, see
 * `part-record.ts`) as the task's output, so turbo's cache restores both
 * when the guide has not changed.
 */
export function partDir(contentDir: string, id: string): string {
  return path.join(contentDir, id, 'dist', 'cache')
}

/**
 * The parts present under `contentDir`, one per guide folder that has one.
 * A build reads them as layers of its cache: their entries are keyed like
 * its own (by the bytes of what they depend on and the tool), so a part
 * left from older content or another tool only misses, never misleads.
 */
export async function partLayers(contentDir: string): Promise<string[]> {
  const entries = await readdir(contentDir, {withFileTypes: true}).catch(() => [])
  const layers: string[] = []
  for (const entry of entries) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue
    const dir = partDir(contentDir, entry.name)
    if ((await stat(dir).catch(() => undefined))?.isDirectory()) layers.push(dir)
  }
  return layers.sort()
}
