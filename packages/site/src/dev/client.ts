/**
 * The script the dev server adds to every page: it reloads the page after a
 * rebuild and shows content errors on the page while they last. Served as
 * plain JavaScript (`clientScript`), so it is kept as a string.
 */
export const clientScript = `
const source = new EventSource('/__dev/events')
const show = (text) => {
  let box = document.getElementById('__dev-errors')
  if (!text) { box?.remove(); return }
  if (!box) {
    box = document.createElement('pre')
    box.id = '__dev-errors'
    box.setAttribute('role', 'alert')
    box.style.cssText = 'position:fixed;inset:auto 0 0 0;max-height:50vh;overflow:auto;margin:0;padding:1rem;background:#3b0d0d;color:#ffdede;font:13px/1.5 monospace;z-index:99999;white-space:pre-wrap'
    document.body.append(box)
  }
  box.textContent = text
}
source.addEventListener('reload', () => location.reload())
source.addEventListener('status', (event) => show(JSON.parse(event.data).errors))
`
