import {readFileSync} from 'node:fs'
import {pathToFileURL} from 'node:url'
import {parse} from '@org/llm-interview-parser'
import {anchors, render} from '@org/llm-interview-renderer'
import type {Guide, Item} from '@org/llm-interview-schema'
import type {Element, Root} from 'hast'
import {toHtml} from 'hast-util-to-html'
import {describe, expect, it} from 'vitest'
import {fixturePath} from './content.js'
import {createIndex, highlight, normalize, search, searchContent, searchDocuments, searchIndexJson} from '../src/search/index.js'

function guideAt(url: URL): Guide {
  const {guide, messages} = parse(readFileSync(url), {path: url.pathname})
  expect(guide, messages.map(String).join('\n')).toBeDefined()
  return guide!
}

// The fixtures' `next`: ml-platform for an ML vocabulary (the glossary's
// domain), backend-interview for another role. The queries and the sections
// expected for them are written by hand from the fixture text.
const mlPlatform = guideAt(pathToFileURL(fixturePath('ml-platform')))
const backend = guideAt(pathToFileURL(fixturePath('backend-interview')))
const mlIndex = createIndex(searchDocuments(mlPlatform))
const section = (id: string) => mlPlatform.parts.flatMap((p) => p.sections).find((s) => s.id === id)!
/** The item of a section of ml-platform whose text holds `words` (its id comes from the parsed guide). */
function itemWith(id: string, words: string): Item {
  const all = (items: readonly Item[]): Item[] => items.flatMap((item) => [item, ...all(item.items)])
  return all(section(id).groups.flatMap((g) => g.items)).find((item) => item.text.includes(words))!
}

/** The anchor of the item of `guide` whose text (or, for a bare code block, code) starts with `start`. */
function itemAnchor(guide: Guide, start: string): string {
  const items = guide.parts.flatMap((part) => part.sections.flatMap((section) => section.groups.flatMap((group) => group.items)))
  const flat = (item: Item): Item[] => [item, ...item.items.flatMap(flat)]
  for (const item of items.flatMap(flat)) {
    if ((item.text || item.code?.value || '').startsWith(start)) return `t-${item.id}`
  }
  throw new Error(`No item starts with ${start}`)
}
const stuckTraining = itemAnchor(mlPlatform, '一次训练任务卡住时')

/** Queries an interviewer would type, with the anchors (any one of them) expected in the top 3. */
const queries: [query: string, expected: string[]][] = [
  ['数据并行', ['sec-1.1']],
  ['ZeRO', ['sec-1.1']],
  ['AllReduce', ['sec-1.1']],
  ['流水线并行', ['sec-1.1']],
  ['混合精度', ['sec-1.1']],
  ['梯度检查点', ['sec-1.1']],
  ['数据去重', ['sec-1.2']],
  ['Tokenization', ['sec-1.2']],
  ['断点续读', ['sec-1.2']],
  ['超参数', ['sec-1.3']],
  ['checkpoint', ['sec-1.3']],
  ['量化', ['sec-2.1']],
  ['剪枝', ['sec-2.1']],
  ['知识蒸馏', ['sec-2.1']],
  ['KV Cache', ['sec-2.2']],
  ['Beam Search', ['sec-2.2']],
  ['Top-p', ['sec-2.2']],
  ['前缀缓存', ['sec-2.2']],
  ['Kubernetes', ['sec-2.3', 'references']],
  ['灰度发布', ['sec-2.3']],
  ['熔断', ['sec-2.3']],
  ['告警', ['sec-3.1']],
  ['显存水位', ['sec-3.1']],
  ['抢占式实例', ['sec-3.2']],
  ['系统设计能力', ['rubric']],
  ['架构型候选人', ['advice']],
  ['Kubeflow', ['references']],
  // Across languages, through the glossary.
  ['tensor parallel', ['sec-1.1']],
  ['mixed precision', ['sec-1.1']],
  ['gradient checkpointing', ['sec-1.1']],
  ['deduplication', ['sec-1.2']],
  ['learning rate', ['sec-1.3']],
  ['quantization', ['sec-2.1']],
  ['knowledge distillation', ['sec-2.1']],
  ['kv缓存', ['sec-2.2']],
  ['束搜索', ['sec-2.2']],
  ['canary release', ['sec-2.3']],
  ['circuit breaker', ['sec-2.3']],
  ['rollback', ['sec-2.3']],
  // Case, full width and several terms.
  ['kv cache', ['sec-2.2']],
  ['ＫＶ　Ｃａｃｈｅ', ['sec-2.2']],
  ['学习率 warmup', ['sec-1.3']],
  ['量化 误差', ['sec-2.1']]
]

describe('search on a guide of ML terms', () => {
  it.each(queries)('finds %s in the top 3', (query, expected) => {
    const results = search(mlIndex, query, 3)
    expect(results.map((r) => r.id).some((id) => expected.includes(id)), JSON.stringify(results)).toBe(true)
  })

  it('links each result to its anchor on the full guide page, with a snippet of the match', () => {
    const [first] = search(mlIndex, 'KV Cache')
    // The first match is the title of 2.2's group "KV Cache": the link opens that group.
    const group = section('2.2').groups.find((g) => g.title === 'KV Cache')!
    expect(first).toMatchObject({id: 'sec-2.2', title: '2.2 生成与缓存', href: `./#${anchors.group(group.id)}`})
    expect(first!.snippet).toContain('KV Cache')
    expect(search(mlIndex, '灰度发布')[0]!.snippet).toContain('灰度发布与快速回滚')
  })

  it('links a hit inside an item to the item itself, nested ones included, and a hit in the objective to the section', () => {
    const item = itemWith('2.2', '显存占用')
    expect(search(mlIndex, '显存占用')[0]).toMatchObject({id: 'sec-2.2', href: `./#${anchors.item(item.id)}`})
    expect(search(mlIndex, '自回归')[0]).toMatchObject({id: 'sec-2.2', href: './#sec-2.2'})
    const code = itemWith('3.1', '卡住')
    // Code is searched: the code block's document opens its item.
    expect(search(mlIndex, 'nvidia-smi')[0]).toMatchObject({id: anchors.item(code.id), href: `./#${anchors.item(code.id)}`})
    expect(search(mlIndex, 'utilization.gpu')[0]?.id).toBe(anchors.item(code.id))
  })

  it('ignores case, spaces and hyphens between Latin words, in the text and in the query', () => {
    for (const query of ['kvcache', 'KVCACHE', 'kv-cache', 'Kv Cache', 'ｋｖｃａｃｈｅ']) expect(search(mlIndex, query)[0]?.id, query).toBe('sec-2.2')
    expect(search(mlIndex, 'beamsearch')[0]?.id).toBe('sec-2.2')
    expect(search(mlIndex, 'top p')[0]?.id).toBe('sec-2.2')
    expect(search(mlIndex, 'kvcacheoffload')).toEqual([])
  })

  it('marks the matched terms in the snippet, synonyms and joined words included', () => {
    const marked = (query: string) => {
      const [first] = search(mlIndex, query)
      return first!.marks.map(([start, end]) => first!.snippet.slice(start, end))
    }
    expect(marked('量化')).toContain('量化')
    expect(marked('quantization')).toContain('量化')
    expect(marked('kvcache')).toContain('KV Cache')
    expect(marked('beam search top-p')).toEqual(expect.arrayContaining(['Beam Search', 'Top-p']))
  })

  it('returns nothing when no document matches every term', () => {
    for (const query of ['区块链', 'xyzzy', '量子计算', 'KV 区块链', '', '   ']) expect(search(mlIndex, query), query).toEqual([])
  })

  it('matches short Latin terms only where a word starts', () => {
    // "pu" is inside "GPU" only; "GPU" itself is in 3.1 alone: an item, and the code block's `--query-gpu`.
    expect(search(mlIndex, 'PU')).toEqual([])
    expect(search(mlIndex, 'GPU').map((r) => r.id).sort()).toEqual(['sec-3.1', stuckTraining].sort())
  })

  it('is deterministic and honours the limit', () => {
    const again = createIndex(searchDocuments(mlPlatform))
    for (const [query] of queries) expect(search(again, query)).toEqual(search(mlIndex, query))
    // 训练 is in the objectives or items of 1.1, 1.2 and 3.1, the part title of 1.1-1.3, the advice,
    // and the question of 3.1's code block (its own document).
    expect(search(mlIndex, '训练', 100).map((r) => r.id).sort()).toEqual(['advice', 'sec-1.1', 'sec-1.2', 'sec-1.3', 'sec-3.1', stuckTraining].sort())
    expect(search(mlIndex, '训练', 2)).toHaveLength(2)
  })
})

/** The documents of backend-interview's `next`, written out from the fixture. */
const codeQuestion = itemAnchor(backend, '下面的代码有什么问题')
const bareCode = itemAnchor(backend, 'SELECT')
const backendDocuments = [
  {id: 'sec-1.1', title: '1.1 网络协议', part: '基础知识', href: './#sec-1.1', text: '理解常见网络协议 · 基础概念 · TCP与UDP · 三次握手的过程 · 为什么需要 TIME_WAIT？ · HTTP/2 的多路复用是什么?'},
  {id: 'sec-1.2', title: '1.2 操作系统', part: '基础知识', href: './#sec-1.2', text: '了解进程与线程 · 进程管理 · 进程与线程的区别与联系 · 上下文切换：开销从何而来'},
  {id: 'sec-2.1', title: '2.1 缓存设计', part: '系统设计', href: './#sec-2.1', text: '能设计可靠的缓存 · 缓存策略 · 缓存穿透与缓存雪崩有什么区别？ · 代码阅读 · 下面的代码有什么问题？'},
  // Each code block is a document of its own, opening its item.
  {id: codeQuestion, title: '2.1 缓存设计 · 代码阅读', part: '系统设计', href: `./#${codeQuestion}`, text: '下面的代码有什么问题？ · func get(k string) string { return cache[k] }'},
  {id: bareCode, title: '2.1 缓存设计 · 代码阅读', part: '系统设计', href: `./#${bareCode}`, text: 'SELECT * FROM users WHERE id = ?'},
  {id: 'rubric', title: '评分标准', part: '', href: './#rubric', text: '技术深度 · 原理掌握程度 · 沟通表达 · 表达清晰'},
  {id: 'advice', title: '面试建议', part: '', href: './#advice', text: '分级策略 · 初级候选人 · 重点考核基础知识 · 高级候选人 · 重点考核系统设计 · 技巧 · 先易后难'},
  {id: 'references', title: '参考资料', part: '', href: './#references', text: '书籍 · Designing Data-Intensive Applications · 旧版教程 见 https://example.com/guide'}
]

describe('searchDocuments', () => {
  it('has one document per section (objective, group titles, nested items) and per code block, then the rubric, the advice and the references', () => {
    expect(searchDocuments(backend).map(({anchors: _, ...document}) => document)).toEqual(backendDocuments)
  })

  it('says where each item, group and criterion starts in the text, each anchored on the full guide page', () => {
    const ids = new Set(Array.from(render(backend, {page: 'guide'}).matchAll(/ id="([^"]+)"/g), (m) => m[1]))
    const texts = new Map<string, string>()
    const walk = (items: readonly Item[]): void => {
      for (const item of items) {
        texts.set(anchors.item(item.id), item.text)
        walk(item.items)
      }
    }
    for (const group of [...backend.parts.flatMap((p) => p.sections.flatMap((s) => s.groups)), ...backend.tips, ...backend.references]) {
      if (group.title) texts.set(anchors.group(group.id), group.title)
      walk(group.items)
    }
    for (const criterion of backend.rubric) {
      texts.set(criterion.id, criterion.title)
      walk(criterion.points)
    }
    let count = 0
    for (const document of searchDocuments(backend)) {
      for (const {at, id} of document.anchors ?? []) {
        expect(ids, id).toContain(id)
        if (id !== document.id) expect(document.text.slice(at).startsWith(texts.get(id)!.trim()), id).toBe(true)
        count++
      }
    }
    expect(count).toBeGreaterThan(10)
    const cache = backend.parts[1]!.sections[0]!
    const strategy = cache.groups[0]!
    expect(searchDocuments(backend)[2]!.anchors?.slice(0, 2)).toEqual([
      {at: backendDocuments[2]!.text.indexOf('缓存策略'), id: anchors.group(strategy.id)},
      {at: backendDocuments[2]!.text.indexOf('缓存穿透'), id: anchors.item(strategy.items[0]!.id)}
    ])
  })

  it('leaves out the blocks a guide lacks', () => {
    const bare = {...backend, rubric: [], levels: [], tips: [], references: []}
    expect(searchDocuments(bare).map((d) => d.id)).toEqual(['sec-1.1', 'sec-1.2', 'sec-2.1', codeQuestion, bareCode])
  })
})

describe('search on another role', () => {
  const index = createIndex(searchDocuments(backend))
  const cases: [string, string][] = [
    ['TCP', 'sec-1.1'],
    ['三次握手', 'sec-1.1'],
    ['TIME_WAIT', 'sec-1.1'],
    ['上下文切换', 'sec-1.2'],
    ['线程', 'sec-1.2'],
    ['cache', 'sec-2.1'],
    ['缓存雪崩', 'sec-2.1'],
    ['评分标准', 'rubric'],
    ['Data-Intensive', 'references'],
    ['初级候选人', 'advice']
  ]
  it.each(cases)('finds %s in %s first', (query, id) => {
    expect(search(index, query)[0]?.id).toBe(id)
  })

  it('returns nothing for ML terms the guide lacks', () => {
    expect(search(index, 'KV Cache')).toEqual([])
    expect(search(index, '张量并行')).toEqual([])
  })
})

describe('highlight', () => {
  const parts = (text: string, query: string) => highlight(text, query).map(([start, end]) => text.slice(start, end))
  it('gives disjoint ranges of every occurrence of each term, in the original text', () => {
    expect(parts('ＫＶ　Ｃａｃｈｅ 与 KV cache', 'kv cache')).toEqual(['ＫＶ', 'Ｃａｃｈｅ', 'KV', 'cache'])
    expect(parts('the KV Cache', 'kvcache')).toEqual(['KV Cache'])
    expect(parts('剪枝与非结构化剪枝', '剪枝')).toEqual(['剪枝', '剪枝'])
    expect(parts('a url, an RL agent', 'rl')).toEqual(['RL'])
    expect(highlight('nothing here', '量化')).toEqual([])
    expect(highlight('nothing here', '   ')).toEqual([])
  })

  it('falls back to the pieces of a CJK term found apart, as search does', () => {
    expect(parts('显存的水位', '显存水位')).toEqual(['显存', '水位'])
  })
})

describe('normalize', () => {
  it('applies NFKC, lower case and collapsed whitespace, keeping offsets into the original', () => {
    const text = '  ＫＶ　Ｃａｃｈｅ\n\t优化 '
    const {value, offsets} = normalize(text)
    expect(value).toBe('kv cache 优化')
    expect(text[offsets[value.indexOf('优')]!]).toBe('优')
  })
})

describe('searchIndexJson', () => {
  it('is stable across calls and holds the format, the guide, its version and language, and its documents', () => {
    const json = searchIndexJson(backend)
    expect(searchIndexJson(backend)).toBe(json)
    expect(json.endsWith('\n')).toBe(true)
    expect(JSON.parse(json)).toEqual({format: 2, guide: 'backend-interview', version: 'next', lang: 'zh-CN', documents: searchDocuments(backend)})
    expect(JSON.parse(json).documents.map(({anchors: _, ...d}: {anchors?: unknown}) => d)).toEqual(backendDocuments)
  })
})

describe('searchContent', () => {
  it('renders the form, the noscript pointer, the status and the result list', () => {
    const html = toHtml({type: 'root', children: searchContent({indexHref: '../search-index.json', lang: 'zh-CN'})} satisfies Root)
    expect(html).toContain('<form id="search-form" method="get" role="search"')
    expect(html).toContain('data-index="../search-index.json"')
    expect(html).toContain('data-result-count="找到 {n} 个结果"')
    expect(html).toMatch(/<label for="search-input">[^<]+<\/label>/)
    expect(html).toContain('<input id="search-input" name="q" type="search"')
    expect(html).toMatch(/<noscript><p>[^<]*JavaScript[^<]*<a href="\.\.\/">/)
    expect(html).toContain('<p id="search-status" role="status"></p><ol id="search-results"></ol>')
    const [heading] = searchContent({indexHref: 'x.json', lang: 'zh-CN'}) as Element[]
    expect(heading!.tagName).toBe('h2')
  })
})
