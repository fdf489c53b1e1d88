import {z} from 'zod'
import {GuideSchema, schemaVersion} from './guide.js'

/**
 * The `$id` of the JSON Schema: names the contract's version
 * (`schemaVersion`), which changes only with a breaking change, so a
 * validator can tell which contract a document was checked against.
 */
export const guideJsonSchemaId = `urn:org:llm-interview:guide-schema:v${schemaVersion}`

/**
 * The JSON Schema (draft 2020-12) of a guide, generated from `GuideSchema`,
 * so the two cannot drift. The build ships it as `guide.schema.json`.
 *
 * Objects are open (`additionalProperties: true`), as `GuideSchema` is: a
 * property the model does not know is accepted and ignored (zod leaves it
 * out of its output), so a validator of an older minor version accepts data
 * with a newer optional field.
 */
export function guideJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(GuideSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'throw',
    override: ({jsonSchema}) => {
      if (jsonSchema.type === 'object') jsonSchema.additionalProperties = true
    }
  })
  const {$schema, ...rest} = schema
  return {$schema, $id: guideJsonSchemaId, title: 'LLM interview guide', ...rest}
}
