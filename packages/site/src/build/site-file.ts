/** A file of the built site: its path from the site root and its content. */
export interface SiteFile {
  path: string
  content: string | Uint8Array
}
