/** A file of the built site: its path from the site root and its content. */
export interface SiteFile {
  path: string
  content: string | Uint8Array
}

/** A file of the site made when `content` is called: the preview renders only the pages it serves. */
export interface LazyFile {
  path: string
  content: () => string | Uint8Array
}
