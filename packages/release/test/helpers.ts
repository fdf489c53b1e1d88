import {fileURLToPath} from 'node:url'

/** The repository root. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url)).replace(/\/$/, '')
