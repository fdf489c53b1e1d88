import {describe, expect, it} from 'vitest'
import * as api from './index.js'

describe('@org/llm-interview-release public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "Refusal",
        "addDataChangeset",
        "changesetsBumping",
        "cleanEnv",
        "compareJsonSchemas",
        "dataPackage",
        "fileProblems",
        "formatChange",
        "guardSchema",
        "guidePackageName",
        "guidePackages",
        "lintPackage",
        "main",
        "missingTargets",
        "packPublishable",
        "parseChangeset",
        "planVersions",
        "publishable",
        "readChangesets",
        "readReleasedSchema",
        "readWorkspaces",
        "releasedSchemaDir",
        "run",
        "schemaPackage",
        "usage",
        "versionPackages",
      ]
    `)
  })
})
