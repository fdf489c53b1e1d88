import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, describe, expect, inject, it} from 'vitest'
import {useBrowser} from './browser.js'
import {replaceOnce} from '../../../test-utils/replace-once.js'
import {judgeOptions, marker, visitor} from './visit.js'

const siteUrl = inject('siteUrl')
const siteDir = inject('siteDir')
const pageDir = 'llm-interview/next/'
const pageUrl = new URL(pageDir, siteUrl).href
const realPage = readFileSync(path.join(siteDir, pageDir, 'index.html'), 'utf8')

/** The site's real full-guide page with `html` added at the end of its `<main>`. */
function withBody(html: string): string {
  return replaceOnce(realPage, '</main>', `${html}</main>`)
}

describe('the XSS judge', () => {
  const browser = useBrowser()
  const {visit, close} = visitor(browser, () => judgeOptions(siteDir, siteUrl))
  afterAll(close)

  it('fails a page where one onmouseover= payload got through unescaped', async () => {
    const payload = `" onmouseover="${marker}=1,alert(1)`
    // What the site writes: the quote escaped, the payload inert text inside the attribute.
    const escaped = await visit(pageUrl, {body: replaceOnce(realPage, '<main', `<main title="x${payload.replaceAll('"', '&#x22;')}"`)})
    expect(escaped.findings).toEqual([])
    expect(escaped.watch.dialogs).toEqual([])
    // A renderer that forgot to escape: the payload closes the attribute and adds a handler.
    const unescaped = await visit(pageUrl, {body: replaceOnce(realPage, '<main', `<main title="x${payload}"`)})
    expect(unescaped.findings).toEqual([`<main#main> onmouseover="${marker}=1,alert(1)"`, `marker ${marker} set to "alert called"`])
    expect(unescaped.watch.dialogs).toEqual(['alert: 1'])
  })

  const cases: [what: string, html: string, findings: string[]][] = [
    ['a javascript: link', '<a href="javascript:void 0">x</a>', ['<a> href="javascript:void 0"']],
    ['a scheme with case, whitespace and a tab', '<a href=" JaVa&#x09;Script:void 0">x</a>', ['<a> href=" JaVa\\tScript:void 0"']],
    ['a scheme written as character references', '<a href="&amp;#106;avascript:void 0">x</a>', ['<a> href="&#106;avascript:void 0"']],
    ['a data: image', '<img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">', ['<img> src="data:image/gif;base64,R0lGODlhAQABAAAAACw="']],
    ['a vbscript: form action and a javascript: formaction', '<form action="vbscript:x"><button formaction="javascript:void 0">x</button></form>', ['<form> action="vbscript:x"', '<button> formaction="javascript:void 0"']],
    ['an SVG xlink:href', '<svg><a xlink:href="javascript:void 0"><text>x</text></a></svg>', ['<a> xlink:href="javascript:void 0"']],
    ['an unsafe srcset candidate', '<img alt="" srcset="a.png 1x, javascript:void(0) 2x">', ['<img> srcset="a.png 1x, javascript:void(0) 2x"']],
    ['an SVG animation of a link URL', '<svg><a href="#x"><animate attributeName="href" values="javascript:void 0"/><text>x</text></a></svg>', ['<animate> animating href']],
    ['a script expression in a style', '<p style="width: expression(1)">x</p>', ['<p> style="width: expression(1)"']],
    ['an iframe with srcdoc', '<iframe title="x" srcdoc="&lt;p&gt;x"></iframe>', ['<iframe> element', '<iframe> srcdoc']],
    ['an object and an embed', '<object data="x.svg" title="x"></object><embed src="x.svg">', ['<object> element', '<embed> element']],
    ['a base element', '<base href="./">', ['<base> element']],
    ['a script from elsewhere', '<script src="https://cdn.example/x.js"></script>', ['<script src="https://cdn.example/x.js"> not shipped by the site']],
    ['a script the site does not ship, on the site', '<script type="module" src="../../assets/search/other.js"></script>', ['<script src="../../assets/search/other.js"> not shipped by the site']],
    ['an inline script', '<script>void 0</script>', ['inline <script>: "void 0"']],
    ['a refresh to javascript:', '<meta http-equiv="refresh" content="60;url=javascript:void 0">', ['<meta http-equiv=refresh content="60;url=javascript:void 0"> to another origin or scheme']],
    ['a refresh to another site', '<meta http-equiv="Refresh" content="60; URL=\'https://elsewhere.example/\'">', [`<meta http-equiv=refresh content="60; URL='https://elsewhere.example/'"> to another origin or scheme`]],
    ['the marker set by a handler the page fires itself', `<img alt="" src="missing.png" onerror="${marker}=2">`, [`<img> onerror="${marker}=2"`, `marker ${marker} set to 2`]]
  ]
  for (const [what, html, findings] of cases) {
    it(`flags ${what}`, async () => {
      expect((await visit(pageUrl, {body: withBody(html)})).findings).toEqual(findings)
    })
  }

  it('is silent on the real pages of a site: every page of a version, the lists, a redirect and the 404', async () => {
    const pages = readdirSync(path.join(siteDir, pageDir), {recursive: true, encoding: 'utf8'})
      .filter((file) => file.endsWith('index.html'))
      .map((file) => `${pageDir}${file.split(path.sep).join('/').slice(0, -'index.html'.length)}`)
    expect(pages).toEqual(expect.arrayContaining([pageDir, `${pageDir}foundation/interview/`, `${pageDir}print/`, `${pageDir}diff/`, `${pageDir}search/`]))
    const failures: string[] = []
    for (const dir of [...pages, '', 'llm-interview/', 'llm-interview/latest/', 'no/such/page/']) {
      const {findings, watch} = await visit(new URL(dir, siteUrl).href)
      for (const finding of [...findings, ...watch.dialogs]) failures.push(`/${dir}: ${finding}`)
    }
    expect(failures).toEqual([])
  })
})
