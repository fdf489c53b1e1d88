// The build worker of the dev server: it loads and checks the content one
// build at a time, off the server's thread, so a runaway parse cannot block
// the server and can be stopped by terminating this thread.
import {parentPort, workerData} from 'node:worker_threads'
import {BuildCache} from '../build/cache.js'
import {previewBuild, type PreviewRequest} from './build-job.js'

const {contentDir, cacheDir} = workerData as {contentDir: string; cacheDir: string | undefined}
// Kept across builds: an edit re-parses only the sources it changed. After
// each build only the parses of the current sources stay in memory.
const cache = new BuildCache(cacheDir)

parentPort!.on('message', (request: PreviewRequest) => {
  void previewBuild(request, {contentDir, cache}).then((answer) => {
    cache.forgetUnused()
    parentPort!.postMessage(answer)
  })
})
