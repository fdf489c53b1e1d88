/** One guide and its released versions. */
export interface GuideVersions {
  /** The guide's id: its folder in `content/` and its URL slug, e.g. `llm-interview`. */
  readonly id: string
  /** Title of the latest release. */
  readonly title: string
  /** BCP 47 language tag of the latest release, e.g. `zh-CN`. */
  readonly lang: string
  /** The latest released version (`x.y.z`). */
  readonly latest: string
  /** Every released version, oldest first. */
  readonly versions: readonly string[]
}
