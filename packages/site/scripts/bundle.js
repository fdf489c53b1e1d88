// Bundles the CLI (dist/cli.js, compiled by tsc) into dist/bundle/: the
// commands' modules and their dependencies in a few files, one chunk per
// dynamic import, so a command loads tens of files instead of hundreds
// (module resolution and loading are most of a cold `check`). Left out and
// loaded as installed: playwright-core (large, and only for PDFs). The
// renderer is bundled too (as installed it loads the whole schema package
// and a second copy of zod: ~150 files); its stylesheet is found through
// the installed package (see rendererStylesheet). The dev
// server's build worker is an entry of its own: the server starts it by a
// path relative to itself. The bundle sits two folders deep, as dist/*/*.js
// do, so paths relative to a module (dist/ assets, the packages/ folder)
// resolve alike.
import {rm} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import {build} from 'rolldown'

const dist = fileURLToPath(new URL('../dist/', import.meta.url))
await rm(`${dist}bundle`, {recursive: true, force: true})
await build({
  input: {cli: `${dist}cli.js`, 'build-worker': `${dist}dev/build-worker.js`},
  platform: 'node',
  external: [/^playwright-core(\/|$)/],
  plugins: [rendererStylesheet()],
  logLevel: 'warn',
  output: {dir: `${dist}bundle`, format: 'esm', chunkFileNames: '[name]-[hash].js'}
})

// The renderer finds its stylesheet beside its module; bundled, it asks
// the installed package where that file is instead.
function rendererStylesheet() {
  const from = "new URL('../styles/guide.css', import.meta.url)"
  return {
    name: 'renderer-stylesheet',
    transform(code, id) {
      if (!/[\\/]renderer[\\/]dist[\\/]document\.js$/.test(id)) return null
      if (!code.includes(from)) throw new Error(`${id} no longer holds ${from}: update scripts/bundle.js`)
      return code.replace(from, "new URL(import.meta.resolve('@org/llm-interview-renderer/guide.css'))")
    }
  }
}
