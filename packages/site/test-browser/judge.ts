/** What a page may run: the site's own scripts, and the marker payloads try to set. */
export interface JudgeOptions {
  /** Absolute URLs of the scripts the site ships (every `.js` under its `assets/`). */
  scripts: string[]
  /** Exact text of inline scripts the site ships (none today). */
  inlineScripts: string[]
  /** The global the test's payloads try to set; it must stay unset. */
  marker: string
}

/**
 * Every way `document` could run script that the site did not ship (empty
 * when none): `on*` attributes, `javascript:`/`data:`/`vbscript:` URLs,
 * scripts other than the site's, frames and plug-ins, `<base>`, a refresh to
 * another origin or scheme, SVG animation of a link's URL, and the payloads'
 * marker set on its window.
 *
 * Self-contained (no imports, no helpers outside its body) so that
 * Playwright can run it in the page: `page.evaluate(judgePage, options)`.
 */
export function judgePage(options: JudgeOptions, root: Document = document): string[] {
  const findings: string[] = []
  const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'ping', 'codebase', 'cite', 'srcset']
  const forbiddenTags = ['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal', 'fencedframe']
  const unsafeScheme = /^(?:javascript|data|vbscript):/
  const decoder = root.createElement('textarea')
  // Browsers ignore tabs and newlines inside a scheme (`java\tscript:`) and spaces around it: drop them all, and other controls.
  // eslint-disable-next-line no-control-regex
  const compact = (value: string) => value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase()
  const decoded = (value: string) => {
    // A textarea's content is text, never markup: this only decodes character references (`&#106;`).
    decoder.innerHTML = value
    return decoder.value
  }
  const describe = (element: Element) => `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}>`
  const isUnsafeUrl = (value: string) => {
    if (unsafeScheme.test(compact(value)) || unsafeScheme.test(compact(decoded(value)))) return true
    try {
      return unsafeScheme.test(new URL(value, root.baseURI).protocol)
    } catch {
      return false
    }
  }
  // `srcset` holds a list of `url width` candidates; other attributes one URL.
  const urlsOf = (name: string, value: string) => (name === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value])
  for (const element of Array.from(root.querySelectorAll('*'))) {
    const tag = element.tagName.toLowerCase()
    if (forbiddenTags.includes(tag)) findings.push(`${describe(element)} element`)
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase()
      const value = attribute.value
      if (name.startsWith('on')) findings.push(`${describe(element)} ${name}=${JSON.stringify(value)}`)
      else if (name === 'srcdoc') findings.push(`${describe(element)} srcdoc`)
      else if (urlAttributes.includes(name) && urlsOf(name, value).some(isUnsafeUrl)) findings.push(`${describe(element)} ${name}=${JSON.stringify(value)}`)
      else if (name === 'style' && /expression\s*\(|javascript:|behavior\s*:/i.test(compact(decoded(value))))
        findings.push(`${describe(element)} style=${JSON.stringify(value)}`)
    }
    if (tag === 'script') {
      const src = element.getAttribute('src')
      if (src === null) {
        if (!options.inlineScripts.includes(element.textContent ?? '')) findings.push(`inline <script>: ${JSON.stringify((element.textContent ?? '').slice(0, 80))}`)
      } else {
        let url = ''
        try {
          url = new URL(src, root.baseURI).href
        } catch {
          url = src
        }
        if (!options.scripts.includes(url)) findings.push(`<script src=${JSON.stringify(src)}> not shipped by the site`)
      }
    }
    // SVG animation can set a link's URL after load: `<animate attributeName="href" values="javascript:...">`.
    if ((tag === 'animate' || tag === 'set') && /href$/i.test(element.getAttribute('attributeName') ?? '')) findings.push(`${describe(element)} animating ${element.getAttribute('attributeName')}`)
    if (tag === 'meta' && (element.getAttribute('http-equiv') ?? '').toLowerCase() === 'refresh') {
      const content = element.getAttribute('content') ?? ''
      const target = /url\s*=\s*['"]?([^'"]*)/i.exec(content)?.[1] ?? ''
      let sameSite = false
      try {
        const url = new URL(target.trim(), root.baseURI)
        sameSite = url.origin === new URL(root.baseURI).origin && /^https?:$/.test(url.protocol)
      } catch {
        sameSite = false
      }
      if (!sameSite) findings.push(`<meta http-equiv=refresh content=${JSON.stringify(content)}> to another origin or scheme`)
    }
  }
  const view = root.defaultView as unknown as Record<string, unknown> | null
  if (view && view[options.marker] !== undefined) findings.push(`marker ${options.marker} set to ${JSON.stringify(view[options.marker])}`)
  return findings
}

/**
 * Fires what would run an inline handler or autofocus payload: mouse, pointer,
 * focus and animation events on every element, and focus on each that takes
 * it. Self-contained, for `page.evaluate(provokeHandlers)`. Returns the number of elements.
 */
export function provokeHandlers(): number {
  const elements = Array.from(document.querySelectorAll('*'))
  const events = ['mouseover', 'mouseenter', 'mousemove', 'pointerover', 'pointerenter', 'focus', 'focusin', 'animationstart', 'transitionend', 'load', 'error']
  for (const element of elements) {
    // Not bubbling: each element's own handlers run once per event, whatever its descendants.
    for (const type of events) element.dispatchEvent(new Event(type))
    if (element instanceof HTMLElement || element instanceof SVGElement) element.focus({preventScroll: true})
  }
  return elements.length
}
