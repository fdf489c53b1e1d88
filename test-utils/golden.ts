import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {expect} from 'vitest'
import {updateRequested} from '../vitest.shared.js'

/**
 * Golden files: expectations kept beside the tests, compared with what the
 * code produces now. Only `UPDATE=1` writes them; a missing golden fails
 * with the command that creates it, so a new fixture never passes by
 * comparing the current output with itself (nor does CI).
 */
export const updating = updateRequested

const repoRoot = fileURLToPath(new URL('../', import.meta.url))

/** `file` relative to the repository root, for messages. */
function shown(file: URL): string {
  return path.relative(repoRoot, fileURLToPath(file))
}

/** The command that regenerates the goldens of the running test file. */
export function updateCommand(): string {
  const testPath = expect.getState().testPath
  return `UPDATE=1 npx vitest run ${testPath ? path.relative(repoRoot, testPath) : '<test file>'}`
}

/**
 * The expected text kept in `file`. With `UPDATE=1` it first becomes
 * `actual` (written only when it differs); without, a missing file fails
 * the test with the command that creates it.
 */
export function expectedText(file: URL, actual: string): string {
  if (updating) {
    if (!existsSync(file) || readFileSync(file, 'utf8') !== actual) {
      mkdirSync(new URL('./', file), {recursive: true})
      writeFileSync(file, actual)
    }
    return actual
  }
  if (!existsSync(file)) {
    throw new Error(`Missing golden file ${shown(file)}: create it from the current output with \`${updateCommand()}\`, then review it before committing`)
  }
  return readFileSync(file, 'utf8')
}

/** Pretty JSON as goldens hold it: two spaces, a final newline. */
export function goldenJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n'
}

/** The expected value kept as JSON in `file` (see `expectedText`). */
export function expectedJson(file: URL, actual: unknown): unknown {
  return JSON.parse(expectedText(file, goldenJson(actual)))
}

/** Asserts that `actual` equals the golden `file` (a readable diff on failure). */
export function expectGoldenText(file: URL, actual: string): void {
  expect(actual, `${shown(file)} (regenerate with \`${updateCommand()}\` if the change is intended)`).toBe(expectedText(file, actual))
}

/** Asserts that `actual` deep-equals the JSON golden `file`. */
export function expectGoldenJson(file: URL, actual: unknown): void {
  expect(actual, `${shown(file)} (regenerate with \`${updateCommand()}\` if the change is intended)`).toEqual(expectedJson(file, actual))
}

/** Asserts that no golden `file` exists; with `UPDATE=1` a stale one is removed. */
export function expectNoGolden(file: URL): void {
  if (updating) rmSync(file, {force: true})
  expect(existsSync(file), `${shown(file)} should not exist (remove it, or run \`${updateCommand()}\`)`).toBe(false)
}
