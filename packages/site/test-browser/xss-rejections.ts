/** The line of the raw guide where the payload is in a section heading. */
export const headingLine = 10
/** The line of the raw guide where the payload is an item's text. */
export const textLine = 14
/** The line of the raw guide where the payload is a link's URL. */
export const urlLine = 15

/** A small valid guide with `payload` written as is: in a section heading (line 10), as an item's text (line 14) and as a link's URL (line 15). */
export function rawGuide(id: string, payload: string): string {
  return `---
id: ${id}
lang: zh-CN
duration: 5-10
---
# 原样探针

## 一、部分 (5分钟)

### 1.1 小节 ${payload} (5分钟)
**考核目标：** 目标

#### 分组
- 条目 ${payload}
- [链接](${payload})

## 评分标准

### 标准 (100%)
- 要点
`
}

const html = (line: number, count: number) => Array.from({length: count}, () => `${line} no-html`)
const url = (scheme: string) => [`${urlLine} unsafe-url ${scheme}`]
/** `count` tags of raw HTML in the heading and in the item's text. */
const inText = (count: number) => [...html(headingLine, count), ...html(textLine, count)]
/** The same, and in the link, which Markdown does not read as a link. */
const everywhere = (count: number) => [...inText(count), ...html(urlLine, count)]

/**
 * What `check` reports for each payload of the corpus in the raw guide, as
 * `line ruleId` (plus the scheme for `unsafe-url`), in source order. Written
 * by hand: each tag of raw HTML is one `no-html` (in a heading as anywhere;
 * it is no formatting warning there); a payload is a link's URL only
 * when Markdown reads `[链接](...)` as a link (no spaces outside `<...>`); an
 * empty list (or only a warning) means the payload reaches the page (and
 * is judged there).
 */
export const rawExpectations: [payload: string, expected: string[]][] = [
  ['<script>alert(1)</script>', everywhere(2)],
  // `(<img ...>)` is a link to the relative URL `img src=x onerror=alert(1)`.
  ['<img src=x onerror=alert(1)>', inText(1)],
  ['"><svg onload=alert(1)>', everywhere(1)],
  // `<svg/onload=...>` is no tag in Markdown: it stays text. As a link it is a
  // relative URL to no file: the build's `link-target` warning (it is shown
  // as text), which `check` gives too; the payload still reaches the page.
  ["'><svg/onload=alert(1)>", [`${urlLine} link-target`]],
  ['<svg><script>alert(1)</script></svg>', everywhere(4)],
  ['<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', everywhere(6)],
  ['<math href="javascript:alert(1)">x</math>', everywhere(2)],
  ['<iframe src="javascript:alert(1)"></iframe>', everywhere(2)],
  ['<object data="data:text/html,<script>alert(1)</script>"></object>', everywhere(2)],
  ['javascript:alert(1)', url('javascript')],
  ['JaVaScRiPt:alert(1)', url('javascript')],
  [' javascript:alert(1)', url('javascript')],
  // A tab ends a bare link destination: `[链接](java\tscript...)` is text.
  ['java\tscript:alert(1)', []],
  // NUL makes the file binary: the only message, at the first NUL.
  ['java\u0000script:alert(1)', [`${headingLine} encoding`]],
  ['&#106;avascript:alert(1)', url('javascript')],
  ['javascript&#58;alert(1)', url('javascript')],
  ['&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)', url('javascript')],
  ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', url('data')],
  ['vbscript:msgbox(1)', url('vbscript')],
  ['<div style="background:url(javascript:alert(1))">x</div>', everywhere(2)],
  ['<p style="width: expression(alert(1))">x</p>', everywhere(2)],
  ['</style><script>alert(1)</script>', everywhere(3)],
  ['</title><script>alert(1)</script>', everywhere(3)],
  ['</textarea><script>alert(1)</script>', everywhere(3)],
  ['<a href="javascript:alert(1)">x</a>', everywhere(2)],
  // `(<base href=...>)` is a link whose URL, spaces removed, starts `basehref="javascript:`.
  ['<base href="javascript:alert(1)//">', [...inText(1), ...url('basehref="javascript')]],
  ['<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', [...inText(1), ...url('metahttp-equiv="refresh"content="0;url=javascript')]],
  ['<!--<script>alert(1)//-->', everywhere(1)],
  ['<![CDATA[<script>alert(1)</script>]]>', everywhere(1)],
  // U+2028 is no Markdown whitespace: `(\u2028\u2029<script>...)` is a link to a relative URL.
  ['\u2028\u2029<script>alert(1)</script>', inText(2)],
  ['" onmouseover="alert(1)', []],
  ["' onfocus='alert(1)' autofocus='", []]
]
