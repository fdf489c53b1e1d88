import type {MessageLang} from './catalogue.js'

/** A Markdown node named in a message, as plain data: its mdast type, heading depth, or the start of its raw HTML. */
export interface NodeParams {
  [key: string]: string | number | undefined
  node: string
  depth?: number
  html?: string
}

const nodeNames: Record<string, {en: string; 'zh-CN': string}> = {
  blockquote: {en: 'block quote', 'zh-CN': '引用块'},
  code: {en: 'code block', 'zh-CN': '代码块'},
  definition: {en: 'link definition', 'zh-CN': '链接定义'},
  footnoteDefinition: {en: 'footnote definition', 'zh-CN': '脚注定义'},
  heading: {en: 'heading', 'zh-CN': '标题'},
  html: {en: 'raw HTML', 'zh-CN': '原始 HTML'},
  list: {en: 'list', 'zh-CN': '列表'},
  paragraph: {en: 'paragraph', 'zh-CN': '段落'},
  table: {en: 'table', 'zh-CN': '表格'},
  thematicBreak: {en: 'rule (`---`)', 'zh-CN': '分隔线（`---`）'},
  yaml: {en: 'front matter', 'zh-CN': '前置元数据（front matter）'}
}

/** A readable name for a kind of Markdown node, in `lang`. */
export function nodeName(params: NodeParams, lang: MessageLang): string {
  if (params.node === 'heading' && params.depth !== undefined) return lang === 'en' ? `level ${params.depth} heading` : `${params.depth} 级标题`
  if (params.node === 'html' && params.html !== undefined) return lang === 'en' ? `raw HTML \`${params.html}\`` : `原始 HTML “${params.html}”`
  const name = Object.hasOwn(nodeNames, params.node) ? nodeNames[params.node] : undefined
  return name ? name[lang] : `\`${params.node}\``
}

/** A YAML value named in a message, as plain data. */
export interface YamlValueParams {
  [key: string]: string | undefined
  /** `empty`, `list`, `mapping`, `scalar` or `other`. */
  value: string
  /** The scalar's text. */
  text?: string
}

/** A readable name for a YAML value, in `lang`. */
export function yamlValueName(params: YamlValueParams, lang: MessageLang): string {
  const en = lang === 'en'
  switch (params.value) {
    case 'empty':
      return en ? 'empty value' : '空值'
    case 'list':
      return en ? 'list' : '列表'
    case 'mapping':
      return en ? 'mapping' : '映射（键值对）'
    case 'scalar':
      return en ? `value \`${params.text ?? ''}\`` : `值 “${params.text ?? ''}”`
    default:
      return en ? 'value' : '值'
  }
}

/** Joins Chinese list items with 、. */
export function zhList(values: readonly string[]): string {
  return values.map((value) => `“${value}”`).join('、')
}
