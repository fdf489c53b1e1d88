import {existsSync, readFileSync} from 'node:fs'
import {Ajv2020} from 'ajv/dist/2020.js'
import {GuideSchema} from '@org/llm-interview-schema'

const shipped = new URL('../packages/schema/dist/guide.schema.json', import.meta.url)

/**
 * The shipped JSON Schema (`dist/guide.schema.json`, as a consumer gets it),
 * compiled by ajv in strict mode with all errors: a schema that strict mode
 * refuses fails here, as it would for a consumer.
 */
function shippedValidator() {
  if (!existsSync(shipped)) throw new Error('Unexpected missing packages/schema/dist/guide.schema.json, expected a build first (npm test builds)')
  return new Ajv2020({strict: true, allErrors: true}).compile(JSON.parse(readFileSync(shipped, 'utf8')) as object)
}

let validator: ReturnType<typeof shippedValidator> | undefined

/** What zod (`GuideSchema`) and ajv (the shipped JSON Schema) say of one JSON value. */
export interface Verdicts {
  zod: boolean
  ajv: boolean
  /** Both issue lists, to show on a disagreement. */
  detail: string
}

/** Validates `value` (JSON data) with both validators of the contract. */
export function contractVerdicts(value: unknown): Verdicts {
  validator ??= shippedValidator()
  const zod = GuideSchema.safeParse(value)
  const ajv = validator(value)
  const zodIssues = zod.success ? [] : zod.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
  const ajvIssues = (validator.errors ?? []).map((error) => `${error.instancePath}: ${error.message ?? error.keyword}`)
  return {zod: zod.success, ajv, detail: `zod: ${zodIssues.join('; ') || 'valid'} | ajv: ${ajvIssues.join('; ') || 'valid'}`}
}
