// The baseline a user would otherwise run: Markdown to HTML with a bare unified pipeline.
import {readFileSync} from 'node:fs'
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'

export const bare = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify)

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const file of process.argv.slice(2)) bare.processSync(readFileSync(file, 'utf8'))
}
