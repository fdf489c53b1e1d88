/** The package.json of a guide that has no release yet; its `build` is the guide's turbo task (see `guideTurboConfig`). */
export function guideManifest(id: string, title: string): string {
  const manifest = {
    name: `@org/guide-${id}`,
    version: '0.0.0',
    private: true,
    description: `${title}. Not released yet (version 0.0.0): a changeset bumping this package, then \`npm run version-packages\`, freezes guide.md as versions/<new version>.md.`,
    scripts: {build: `llm-interview part --content .. --guide ${id}`}
  }
  return JSON.stringify(manifest, null, 2) + '\n'
}

/**
 * The guide's turbo.json: its `build` (`llm-interview part`) runs after the
 * site package's build, hashes every file of the guide's folder, and leaves
 * its part in `dist/`, so turbo's cache skips a guide that has not changed
 * and `llm-interview build` joins the parts into the site.
 */
export function guideTurboConfig(): string {
  const config = {
    $schema: 'https://turbo.build/schema.json',
    extends: ['//'],
    tasks: {
      build: {
        dependsOn: ['@org/llm-interview-site#build'],
        inputs: ['**', '!dist/**', '!.turbo/**', '!node_modules/**'],
        outputs: ['dist/**'],
        env: ['CHROMIUM_PATH']
      }
    }
  }
  return JSON.stringify(config, null, 2) + '\n'
}
