// The `latest/` redirect pages' script, loaded as a module from
// `assets/redirect/browser.js` beside `target.js`. It sends the visitor to
// the same page of the latest version, keeping the anchor and the query.
// Without JavaScript the page's `<noscript>` meta refresh goes there instead
// (dropping both). Like that refresh, it goes once the page has loaded.
import {redirectTarget} from './target.js'

function go(): void {
  const script = document.querySelector('script[data-target]')
  const url = script instanceof HTMLScriptElement ? redirectTarget(script.dataset['target'], new URL(location.href)) : undefined
  if (url) location.replace(url.href)
}

if (document.readyState === 'complete') go()
else window.addEventListener('load', go, {once: true})
