import {main, type Io} from '@org/llm-interview-site'

/** Runs the CLI in this process with `argv`, capturing what it prints. */
export async function runCli(argv: readonly string[], options: {color?: boolean} = {}): Promise<{code: number; stdout: string; stderr: string}> {
  let stdout = ''
  let stderr = ''
  const io: Io = {stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), color: options.color ?? false}
  const code = await main(argv, io)
  return {code, stdout, stderr}
}
