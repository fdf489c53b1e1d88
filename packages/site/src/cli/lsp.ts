import type {CommandSpec} from './spec.js'

export const lspSpec: CommandSpec = {
  name: 'lsp',
  args: '',
  summary: 'Language server for guide files (diagnostics, hover, completion): lsp --stdio',
  details: ['Editors start it as `llm-interview lsp --stdio`; see the site package README for VS Code and Neovim. Nothing but the protocol is written to stdout.'],
  options: [{flags: '--stdio', description: 'Speak LSP over standard input and output (the only transport)'}],
  examples: ['llm-interview lsp --stdio'],
  async run(input) {
    if (!input.flag('stdio')) return input.usage({key: 'usage/lsp-stdio', params: {}})
    const {lspCommand} = await import('../commands/lsp.js')
    return lspCommand()
  }
}
