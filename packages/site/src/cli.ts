import {parseArgs} from 'node:util'
import {isMessageLang, messageLangs, type MessageLang} from '@org/llm-interview-parser'
import {buildCommand} from './commands/build.js'
import {check} from './commands/check.js'
import {devCommand} from './commands/dev.js'
import {diffCommand} from './commands/diff.js'
import {newCommand} from './commands/new.js'
import {parseCommand} from './commands/parse.js'
import {releaseCommand} from './commands/release.js'
import {processIo, type Io} from './io.js'
import {escapeControls} from './terminal.js'

export const usage = `Usage: llm-interview <command> [options]

Commands:
  check [paths...]        Check guide sources (default: content). Exit 1 on any error.
    --format text|json      Output format (default: text)
    --lang zh-CN|en         Language of the messages (default: each guide's lang)
    --all                   Also show the warnings of released versions (hidden by default)
  parse FILE              Print the validated guide JSON of one source file.
  build                   Check every guide and build the site.
    --content DIR           Content folder (default: content)
    --out DIR               Output folder (default: dist/site)
    --site-url URL          Where the site is served, for the sitemap (default: $SITE_URL or http://localhost:4173/)
    --quiet                 Print only problems
    --pdf / --no-pdf        Always / never make PDFs (default: when Chromium is found)
    --cache DIR             Reuse parse and render results (default: node_modules/.cache/llm-interview)
    --no-cache              Build everything afresh
    --lang zh-CN|en         Language of the messages (default: each guide's lang)
    --all                   Also show the warnings of released versions (hidden by default)
  dev                     Build, serve on 127.0.0.1 and rebuild on every change in content.
    --content DIR           Content folder (default: content)
    --port N                Port (default: 4173; 0 picks a free one)
    --lang zh-CN|en         Language of the messages (default: each guide's lang)
  diff A B                Question-level changes between versions (x.y.z, latest or next).
    --format text|md|json   Output format (default: text)
    --guide ID              The guide, when content has several
    --base-content DIR      Read A in DIR (e.g. the pull request's base), B in --content
  release X.Y.Z           Freeze guide.md as versions/X.Y.Z.md and record its checksum.
    --guide ID              The guide, when content has several
    --dry-run               Run every check of the release, write nothing
  new ID                  Start a guide: content/ID/ with guide.md, package.json, lockfile entry.
    --from FILE             An outline to start from (front matter derived from its body)
    --title T               The title of the skeleton written without --from
    --lang TAG              The guide's language (default: zh-CN)
    --content DIR           Content folder (default: content)

Options:
  -h, --help              Show this help.
`

const formats = {check: ['text', 'json'], diff: ['text', 'md', 'json']} as const

/**
 * Runs the CLI with `argv` (without `node` and the script) and returns the
 * exit code: 0 success, 1 errors in the content, 2 wrong usage.
 */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: {type: 'string'},
        help: {type: 'boolean', short: 'h'},
        content: {type: 'string', default: 'content'},
        out: {type: 'string', default: 'dist/site'},
        'site-url': {type: 'string', default: process.env.SITE_URL ?? 'http://localhost:4173/'},
        quiet: {type: 'boolean', default: false},
        pdf: {type: 'boolean'},
        'no-pdf': {type: 'boolean'},
        cache: {type: 'string', default: 'node_modules/.cache/llm-interview'},
        'no-cache': {type: 'boolean', default: false},
        port: {type: 'string', default: '4173'},
        guide: {type: 'string'},
        'base-content': {type: 'string'},
        from: {type: 'string'},
        title: {type: 'string'},
        lang: {type: 'string'},
        all: {type: 'boolean', default: false},
        'dry-run': {type: 'boolean', default: false}
      }
    })
  } catch (error) {
    return usageError(io, (error as Error).message)
  }
  const {values} = parsed
  const [command, ...rest] = parsed.positionals
  if (values.help || command === 'help') {
    io.stdout(usage)
    return 0
  }
  const format = values.format ?? 'text'
  if (command === 'check' || command === 'diff') {
    if (!(formats[command] as readonly string[]).includes(format)) return usageError(io, `unexpected --format \`${format}\` for ${command}, expected ${formats[command].map((f) => `\`${f}\``).join(' or ')}`)
  }
  let messageLang: MessageLang | undefined
  if (command === 'check' || command === 'build' || command === 'dev') {
    if (values.lang !== undefined && !isMessageLang(values.lang)) return usageError(io, `unexpected --lang \`${values.lang}\` for ${command}, expected ${messageLangs.map((l) => `\`${l}\``).join(' or ')}`)
    messageLang = values.lang
  }
  const lang = messageLang === undefined ? {} : {lang: messageLang}
  switch (command) {
    case 'check':
      return check({paths: rest.length > 0 ? rest : [values.content], format: format as 'text' | 'json', all: values.all, ...lang}, io)
    case 'parse':
      if (rest.length !== 1) return usageError(io, '`parse` takes exactly one FILE')
      return parseCommand(rest[0]!, io)
    case 'build':
      if (!validUrl(values['site-url'])) return usageError(io, `unexpected --site-url \`${values['site-url']}\`, expected an absolute URL`)
      if (values.pdf && values['no-pdf']) return usageError(io, '--pdf and --no-pdf exclude each other')
      return buildCommand({contentDir: values.content, outDir: values.out, siteUrl: values['site-url'], quiet: values.quiet, pdf: values.pdf ? 'always' : values['no-pdf'] ? 'never' : 'auto', cacheDir: values['no-cache'] ? undefined : values.cache, all: values.all, ...lang}, io)
    case 'dev': {
      const port = Number(values.port)
      if (!Number.isInteger(port) || port < 0 || port > 65535) return usageError(io, `unexpected --port \`${values.port}\``)
      return devCommand({contentDir: values.content, port, cacheDir: values['no-cache'] ? undefined : values.cache, ...lang}, io)
    }
    case 'diff':
      if (rest.length !== 2) return usageError(io, '`diff` takes two versions, e.g. `diff latest next`')
      return diffCommand(
        {
          from: rest[0]!,
          to: rest[1]!,
          format: format as 'text' | 'md' | 'json',
          contentDir: values.content,
          ...(values.guide ? {guide: values.guide} : {}),
          ...(values['base-content'] !== undefined ? {baseContentDir: values['base-content']} : {})
        },
        io
      )
    case 'release':
      if (rest.length !== 1) return usageError(io, '`release` takes one version, e.g. `release 1.1.0`')
      return releaseCommand({version: rest[0]!, contentDir: values.content, dryRun: values['dry-run'], ...(values.guide ? {guide: values.guide} : {})}, io)
    case 'new':
      if (rest.length !== 1) return usageError(io, '`new` takes one guide id, e.g. `new ml-systems --from outline.md`')
      if (values.from !== undefined && values.title !== undefined) return usageError(io, '--title names the skeleton; with --from the outline\'s own `#` title is kept')
      return newCommand({id: rest[0]!, contentDir: values.content, ...(values.from !== undefined ? {from: values.from} : {}), ...(values.title !== undefined ? {title: values.title} : {}), ...(values.lang !== undefined ? {lang: values.lang} : {})}, io)
    default:
      return command ? usageError(io, `unknown command \`${command}\``) : (io.stderr(usage), 2)
  }
}

function usageError(io: Io, text: string): number {
  io.stderr(`llm-interview: ${escapeControls(text)}\n\n${usage}`)
  return 2
}

function validUrl(text: string): boolean {
  return URL.canParse(text)
}
