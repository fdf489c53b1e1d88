// The `latest/` redirect pages' script, loaded as a module from
// `assets/redirect/browser.js` beside `target.js`. The page's meta refresh
// sends visitors without JavaScript to the same page of the latest version
// but drops the anchor and the query; this script goes there first (module
// scripts run before the load event the refresh waits for) and keeps both.
import {redirectTarget} from './target.js'

const script = document.querySelector('script[data-target]')
const url = script instanceof HTMLScriptElement ? redirectTarget(script.dataset['target'], new URL(location.href)) : undefined
if (url) location.replace(url.href)
