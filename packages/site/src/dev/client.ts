/**
 * The script the dev server adds to every page: it reloads the page after a
 * rebuild and shows on the page the content errors while they last (red),
 * or else the warnings of the edited sources (amber, which the editor can
 * dismiss until they change). Served as plain JavaScript (`clientScript`),
 * so it is kept as a string.
 */
export const clientScript = `
const source = new EventSource('/__dev/events')
const dismissedKey = '__dev-dismissed-warnings'
const styles = {
  error: 'background:#3b0d0d;color:#ffdede',
  warning: 'background:#3b2d05;color:#fff1c7'
}
const show = ({errors = '', warnings = ''}) => {
  document.getElementById('__dev-report')?.remove()
  const kind = errors ? 'error' : warnings && sessionStorage.getItem(dismissedKey) !== warnings ? 'warning' : undefined
  // What the page shows now, for tools: error, warning or none.
  document.documentElement.dataset.devReport = kind ?? 'none'
  if (!kind) return
  const box = document.createElement('div')
  box.id = '__dev-report'
  box.dataset.kind = kind
  box.setAttribute('role', kind === 'error' ? 'alert' : 'status')
  box.style.cssText = 'position:fixed;inset:auto 0 0 0;max-height:50vh;overflow:auto;margin:0;padding:1rem;font:13px/1.5 monospace;z-index:99999;' + styles[kind]
  if (kind === 'warning') {
    const close = document.createElement('button')
    close.type = 'button'
    close.textContent = '\\u00d7'
    close.setAttribute('aria-label', 'Dismiss the warnings')
    close.style.cssText = 'float:right;font:inherit;font-size:1.25rem;background:none;color:inherit;border:0;cursor:pointer'
    close.addEventListener('click', () => {
      sessionStorage.setItem(dismissedKey, warnings)
      box.remove()
      document.documentElement.dataset.devReport = 'none'
    })
    box.append(close)
  }
  const text = document.createElement('pre')
  text.style.cssText = 'margin:0;white-space:pre-wrap'
  text.textContent = errors || warnings
  box.append(text)
  document.body.append(box)
}
source.addEventListener('reload', () => location.reload())
source.addEventListener('status', (event) => show(JSON.parse(event.data)))
`
