import {describe, expect, it} from 'vitest'
import {siteAssets} from '../src/build/assets.js'
import {fontFaces, printFonts} from '../src/build/fonts.js'
import {layout} from '../src/build/layout.js'

describe('print fonts', () => {
  it('reads the faces of a @fontsource stylesheet and refuses a rule without a woff2 file', () => {
    const css = `/* x */\n@font-face {\n  font-family: 'X';\n  font-style: normal;\n  font-weight: 700;\n  src: url(./files/x-1-700-normal.woff2) format('woff2'), url(./files/x-1-700-normal.woff) format('woff');\n  unicode-range: U+4e00-4e10,U+ff0c;\n}\n`
    expect(fontFaces(css)).toEqual([{style: 'normal', weight: '700', file: 'x-1-700-normal.woff2', range: 'U+4e00-4e10,U+ff0c'}])
    expect(() => fontFaces(css.replace(/url\(\.\/files\/x-1-700-normal\.woff2\) format\('woff2'\), /, ''))).toThrow(/expected font-style, font-weight, unicode-range and a woff2 file/)
  })

  it('ships every woff2 file its @font-face rules name, regular and bold Noto Sans SC and Noto Sans Mono, with their licences', async () => {
    const files = await printFonts()
    const paths = new Set(files.map((file) => file.path))
    const css = String(files.find((file) => file.path === layout.printFonts)?.content)
    const urls = [...css.matchAll(/url\(([^)]+)\)/g)].map((match) => `${layout.fonts}${match[1]}`)
    expect(urls.length).toBeGreaterThan(100)
    for (const url of urls) expect(paths.has(url), url).toBe(true)
    expect(files.filter((file) => file.path.endsWith('.woff2'))).toHaveLength(urls.length)
    expect(css).not.toMatch(/\.woff\)/)
    for (const face of ['"Noto Sans SC Print";font-style:normal;font-weight:400', '"Noto Sans SC Print";font-style:normal;font-weight:700', '"Noto Sans Mono Print";font-style:normal;font-weight:400']) {
      expect(css).toContain(face)
    }
    for (const licence of ['LICENSE-noto-sans-sc.txt', 'LICENSE-noto-sans-mono.txt']) {
      expect(String(files.find((file) => file.path === `${layout.fonts}${licence}`)?.content)).toContain('SIL Open Font License')
    }
  })

  it('are imported by the site stylesheet for print only', async () => {
    const stylesheet = (await siteAssets()).find((file) => file.path === layout.stylesheet)
    expect(String(stylesheet?.content).split('\n')[0]).toBe('@import url("fonts/print.css") print;')
  })
})
