export {guides, loadGuide, type GuideId} from './guides.js'
export type {GuideVersions} from './types.js'
