import {z} from 'zod'
import {GuideSchema} from './guide.js'

/**
 * The JSON Schema (draft 2020-12) of a guide, generated from `GuideSchema`,
 * so the two cannot drift. The build ships it as `guide.schema.json`.
 */
export function guideJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(GuideSchema, {target: 'draft-2020-12', unrepresentable: 'any'})
  return {
    ...schema,
    title: 'LLM interview guide'
  }
}
