import {allOption, contentOption, langOption, messageLangOf, type CommandSpec} from './spec.js'

export const buildSpec: CommandSpec = {
  name: 'build',
  args: '',
  summary: 'Check every guide and build the site',
  details: ['Nothing is written when a guide has an error (exit 1); an --out folder this tool did not write is refused (exit 2).'],
  options: [
    contentOption,
    {flags: '--out <dir>', description: 'Output folder', default: 'dist/site'},
    {flags: '--site-url <url>', description: 'Where the site is served, for the sitemap', default: '$SITE_URL or http://localhost:4173/'},
    {flags: '--quiet', description: 'Print only problems'},
    {flags: '--pdf', description: 'Always make PDFs (fail without Chromium)'},
    {flags: '--no-pdf', description: 'Never make PDFs (default: when Chromium is found)'},
    {flags: '--cache <dir>', description: 'Reuse parse and render results', default: 'node_modules/.cache/llm-interview'},
    {flags: '--no-cache', description: 'Build everything afresh'},
    {flags: '--turbo', description: "First run every guide's build task through turbo (each writes its part; turbo skips unchanged guides), then join the parts"},
    langOption,
    allOption
  ],
  examples: ['llm-interview build --out dist/site --site-url https://example.org/guides/'],
  async run(input, io) {
    const siteUrl = input.text('siteUrl') ?? process.env['SITE_URL'] ?? 'http://localhost:4173/'
    if (!URL.canParse(siteUrl)) return input.usage({key: 'usage/site-url', params: {url: siteUrl}})
    if (input.given('--pdf') && input.given('--no-pdf')) return input.usage({key: 'usage/pdf-both', params: {}})
    // The join takes the guides' parts only with a cache (see buildCommand).
    if (input.flag('turbo') === true && input.flag('cache') === false) return input.usage({key: 'usage/turbo-no-cache', params: {}})
    const lang = messageLangOf(input)
    if (!lang.ok) return input.usage(lang.problem)
    const pdf = input.flag('pdf')
    const contentDir = input.text('content') ?? 'content'
    const quiet = input.flag('quiet') === true
    // Started before the build's own modules load: they load while the tasks run.
    const guideTasks = input.flag('turbo') === true ? (await import('../build/turbo.js')).runGuideTasks(contentDir, {quiet}) : undefined
    const {buildCommand} = await import('../commands/build.js')
    return buildCommand(
      {
        contentDir,
        outDir: input.text('out') ?? 'dist/site',
        siteUrl,
        quiet,
        pdf: pdf === true ? 'always' : pdf === false ? 'never' : 'auto',
        cacheDir: cacheDir(input),
        all: input.flag('all') === true,
        ...(guideTasks ? {guideTasks} : {}),
        ...lang.lang
      },
      io
    )
  }
}

/** `--cache DIR`, the default folder, or undefined for `--no-cache`. */
export function cacheDir(input: Parameters<CommandSpec['run']>[0]): string | undefined {
  return input.flag('cache') === false ? undefined : (input.text('cache') ?? 'node_modules/.cache/llm-interview')
}
