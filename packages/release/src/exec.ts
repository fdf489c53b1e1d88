import {spawn} from 'node:child_process'
import {existsSync} from 'node:fs'
import path from 'node:path'

/** What a finished command printed and its exit code. */
export interface RunResult {
  code: number
  stdout: string
  stderr: string
}

export interface RunOptions {
  cwd: string
  /** Print the output as it comes (for a person) instead of only collecting it. */
  echo?: boolean
  env?: NodeJS.ProcessEnv
}

/**
 * The environment without the variables an enclosing `npm run` sets for its
 * own project (`npm_package_*`, `npm_config_local_prefix`, ...), so npm run
 * in another folder works on that folder. The cache and user config stay.
 */
export function cleanEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const keep = new Set(['npm_config_cache', 'npm_config_userconfig', 'npm_config_globalconfig', 'npm_config_registry'])
  return Object.fromEntries(Object.entries(env).filter(([key]) => !key.toLowerCase().startsWith('npm_') || keep.has(key.toLowerCase())))
}

/** Runs a command without a shell; never throws for a non-zero exit code. */
export function run(command: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {cwd: options.cwd, env: options.env ?? cleanEnv(), stdio: ['ignore', 'pipe', 'pipe']})
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
      if (options.echo) process.stdout.write(chunk)
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
      if (options.echo) process.stderr.write(chunk)
    })
    child.on('error', reject)
    child.on('close', (code) => resolve({code: code ?? 1, stdout, stderr}))
  })
}

/** The path of a binary installed in `node_modules/.bin` at `root` or above it. */
export function binary(root: string, name: string): string {
  for (let dir = root; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', '.bin', name)
    if (existsSync(candidate)) return candidate
    if (path.dirname(dir) === dir) throw new Error(`Unexpected missing \`${name}\` binary, expected it in node_modules/.bin (run npm ci)`)
  }
}
