import {PlanRoleSchema, reservedLevelIds} from '@org/llm-interview-schema'

const slug = '^[a-z][a-z0-9-]*$'

/**
 * The JSON Schema (draft 2020-12) of a guide's front matter as YAML tools
 * read it (YAML 1.2 core schema, where `section: 1.1` is a number and
 * `duration: 100` an integer), for validation and completion in editors.
 * The parser stays the judge: it reads every value as text and also checks
 * what a schema cannot know, such as section ids that exist in the body.
 * The build ships it as `front-matter.schema.json`.
 */
export function frontMatterJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'LLM interview guide front matter',
    description: 'The YAML front matter of a guide\'s `guide.md`: its id, language, recommended duration and candidate levels with their interview plans.',
    type: 'object',
    required: ['id', 'lang', 'duration'],
    additionalProperties: false,
    properties: {
      id: {type: 'string', pattern: slug, description: 'The guide\'s id: lowercase letters, digits and hyphens, starting with a letter; the name of its folder in content/ and its URL.', examples: ['llm-interview']},
      lang: {type: 'string', pattern: '^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$', description: 'The language of the guide\'s text, a BCP 47 tag.', examples: ['zh-CN']},
      duration: {
        description: 'The recommended length of one interview in minutes: `90-120` or `100`.',
        anyOf: [
          {type: 'integer', minimum: 0},
          {type: 'string', pattern: String.raw`^\s*\d+\s*(?:(?:-|–|—|~|～|至|到)\s*\d+\s*)?(?:分钟|分|min(?:ute)?s?)?\s*$`}
        ],
        examples: ['90-120']
      },
      levels: {type: 'array', description: 'One entry per candidate level, each with its interview plan.', items: {$ref: '#/$defs/level'}}
    },
    $defs: {
      level: {
        type: 'object',
        required: ['id', 'label', 'plan'],
        additionalProperties: false,
        properties: {
          id: {
            type: 'string',
            pattern: slug,
            not: {enum: [...reservedLevelIds]},
            description: `The level's id, used in URLs: a lowercase ASCII slug other than ${reservedLevelIds.join(', ')}.`,
            examples: ['foundation']
          },
          label: {type: 'string', minLength: 1, description: 'The level as the body\'s level list names it (its bold lead-in).'},
          plan: {type: 'array', description: 'Every section of the guide once, in interview order.', items: {$ref: '#/$defs/planEntry'}}
        }
      },
      planEntry: {
        type: 'object',
        required: ['section', 'role'],
        additionalProperties: false,
        properties: {
          section: {
            description: 'The id of a section of the body, e.g. `1.1` (YAML tools read it as a number; quote ids such as `"1.10"` whose trailing zero matters to them).',
            anyOf: [
              {type: 'string', pattern: String.raw`^\d+\.\d+$`},
              {type: 'number', exclusiveMinimum: 0, not: {type: 'integer'}}
            ]
          },
          role: {enum: [...PlanRoleSchema.options], description: PlanRoleSchema.description},
          minutes: {
            description: 'The minutes this level spends on the section; defaults to the section\'s longest duration, 0 when skipped.',
            anyOf: [
              {type: 'integer', minimum: 0},
              {type: 'string', pattern: String.raw`^\d+$`}
            ]
          }
        }
      }
    }
  }
}
