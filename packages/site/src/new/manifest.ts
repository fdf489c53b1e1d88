/** The package.json of a guide that has no release yet. */
export function guideManifest(id: string, title: string): string {
  const manifest = {
    name: `@org/guide-${id}`,
    version: '0.0.0',
    private: true,
    description: `${title}. Not released yet (version 0.0.0): a changeset bumping this package, then \`npm run version-packages\`, freezes guide.md as versions/<new version>.md.`
  }
  return JSON.stringify(manifest, null, 2) + '\n'
}
