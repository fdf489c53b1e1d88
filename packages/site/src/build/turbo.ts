import {existsSync, realpathSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'

/** How `turbo run build` of the guides' tasks ended. */
export type TurboOutcome = {ok: true} | {ok: false; code: number; reason: string}

/**
 * The turbo to run for `contentDir`: that of the nearest `node_modules`
 * up from it that has one (what `npm run` puts first on the PATH), else
 * `turbo` from the PATH. Where the package's binary for this machine is
 * installed (`@turbo/<os>-<arch>`, as its launcher finds it), that binary
 * itself: the launcher is a Node process of its own, about a tenth of a
 * second before turbo starts. On Windows, or when it cannot be found, the
 * launcher (it also handles Ctrl-C there).
 */
export function turboBinary(contentDir: string): string {
  if (process.env['TURBO_BINARY_PATH']) return process.env['TURBO_BINARY_PATH']
  for (let dir = path.resolve(contentDir); ; dir = path.dirname(dir)) {
    const launcher = path.join(dir, 'node_modules', '.bin', process.platform === 'win32' ? 'turbo.cmd' : 'turbo')
    if (existsSync(launcher)) return (process.platform === 'win32' ? undefined : nativeTurbo(path.join(dir, 'node_modules', 'turbo', 'package.json'))) ?? launcher
    if (path.dirname(dir) === dir) return 'turbo'
  }
}

/** The platform binary the turbo package at `packageJson` would run, if installed. */
function nativeTurbo(packageJson: string): string | undefined {
  const arch = process.arch === 'x64' ? '64' : process.arch
  const platform = process.platform === 'android' ? 'linux' : process.platform
  try {
    const require = createRequire(realpathSync(packageJson))
    for (const name of [`@turbo/${platform}-${arch}/bin/turbo`, `turbo-${platform}-${arch}/bin/turbo`]) {
      try {
        return require.resolve(name)
      } catch {
        // Not this name: the next one.
      }
    }
  } catch {
    // No turbo package beside the launcher: the launcher it is.
  }
  return undefined
}

/**
 * Runs the `build` task of every guide of `contentDir` through turbo
 * (`turbo run build --filter=./<content>/*`, from the content folder's
 * parent, as directory filters are relative to where turbo runs): each
 * guide's task writes its part (`llm-interview part`), and turbo's cache
 * skips the guides that did not change. Its output is the user's
 * (inherited); the promise settles when it exits.
 */
export async function runGuideTasks(contentDir: string, options: {quiet: boolean}): Promise<TurboOutcome> {
  const {spawn} = await import('node:child_process')
  const absolute = path.resolve(contentDir)
  const args = ['run', 'build', `--filter=./${path.basename(absolute)}/*`, ...(options.quiet ? ['--output-logs=errors-only'] : [])]
  const binary = turboBinary(absolute)
  return new Promise((resolve) => {
    const child = spawn(binary, args, {cwd: path.dirname(absolute), stdio: 'inherit', shell: process.platform === 'win32'})
    // Stopping the build stops its tasks too; what they wrote is only a part without its record.
    const stop = (signal: NodeJS.Signals) => child.kill(signal)
    process.once('SIGINT', stop).once('SIGTERM', stop)
    const settle = (outcome: TurboOutcome) => {
      process.off('SIGINT', stop).off('SIGTERM', stop)
      resolve(outcome)
    }
    child.once('error', (error: NodeJS.ErrnoException) =>
      settle({ok: false, code: 2, reason: error.code === 'ENOENT' ? `turbo was not found (install it: npm i -D turbo), looked for ${binary}` : `turbo could not start: ${error.message}`})
    )
    child.once('exit', (code, signal) => {
      if (code === 0) settle({ok: true})
      else settle({ok: false, code: code ?? 1, reason: signal ? `turbo was stopped (${signal})` : `turbo run build exited with ${code}`})
    })
  })
}
