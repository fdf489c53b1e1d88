import {readFileSync} from 'node:fs'
import {parse} from '@org/llm-interview-parser'
import type {Guide} from '@org/llm-interview-schema'
import type {Element, Root} from 'hast'
import {toHtml} from 'hast-util-to-html'
import {describe, expect, it} from 'vitest'
import {createIndex, normalize, search, searchContent, searchDocuments, searchIndexJson} from '../src/search/index.js'

function guideAt(url: URL): Guide {
  const {guide, messages} = parse(readFileSync(url), {path: url.pathname})
  expect(guide, messages.map(String).join('\n')).toBeDefined()
  return guide!
}

const seed = guideAt(new URL('../../../content/llm-interview/guide.md', import.meta.url))
const backend = guideAt(new URL('../../parser/test/fixtures/valid/input.md', import.meta.url))
const seedIndex = createIndex(searchDocuments(seed))

/** Queries an interviewer would type, with the anchors (any one of them) expected in the top 3. */
const queries: [query: string, expected: string[]][] = [
  ['注意力', ['sec-1.1']],
  ['量化', ['sec-3.1']],
  ['KV Cache', ['sec-3.3']],
  ['混合精度', ['sec-2.1', 'sec-2.3']],
  ['张量并行', ['sec-1.2']],
  ['RLHF', ['sec-2.2']],
  ['位置编码', ['sec-1.1']],
  ['灰度发布', ['sec-4.2']],
  ['LoRA', ['sec-2.2']],
  ['剪枝', ['sec-3.1']],
  ['分布式训练', ['sec-2.3']],
  ['ZeRO', ['sec-2.3']],
  ['多模态', ['sec-5.1']],
  ['Agent', ['sec-5.2']],
  ['缩放定律', ['sec-1.2']],
  ['涌现能力', ['sec-1.2']],
  ['解码策略', ['sec-3.3']],
  ['Beam Search', ['sec-3.3']],
  ['奖励模型', ['sec-2.2']],
  ['PPO', ['sec-2.2']],
  ['数据去重', ['sec-2.1']],
  ['Tokenization', ['sec-2.1']],
  ['服务降级', ['sec-4.2']],
  ['熔断', ['sec-4.2']],
  ['容器化', ['sec-4.1']],
  ['联邦学习', ['sec-5.3']],
  ['推理加速', ['sec-3.2']],
  ['Kernel Fusion', ['sec-3.2']],
  ['评分标准', ['rubric']],
  ['vLLM', ['references']],
  ['RoPE', ['sec-1.1']],
  ['Self-Attention', ['sec-1.1']],
  ['激活函数', ['sec-1.1']],
  ['Chinchilla', ['sec-1.2']],
  ['流水线并行', ['sec-1.2']],
  ['InstructGPT', ['sec-1.3']],
  ['梯度检查点', ['sec-2.3']],
  ['AllReduce', ['sec-2.3']],
  ['TensorRT', ['sec-3.2']],
  ['Top-p', ['sec-3.3']],
  ['Kubernetes', ['sec-4.1']],
  ['缓存穿透', ['sec-4.1']],
  ['告警', ['sec-4.2']],
  ['CLIP', ['sec-5.1']],
  ['In-context Learning', ['sec-5.3']],
  ['面试技巧', ['advice']],
  ['DeepSpeed', ['references']],
  // Across languages, through the glossary.
  ['kv缓存', ['sec-3.3']],
  ['tensor parallel', ['sec-1.2']],
  ['fine-tuning', ['sec-2.2']],
  ['SFT', ['sec-2.2']],
  ['quantization', ['sec-3.1']],
  ['mixed precision', ['sec-2.1', 'sec-2.3']],
  ['positional encoding', ['sec-1.1']],
  // Case, full width and several terms.
  ['kv cache', ['sec-3.3']],
  ['ＫＶ　Ｃａｃｈｅ', ['sec-3.3']],
  ['学习率 warmup', ['sec-2.1']],
  ['量化 误差', ['sec-3.1']],
  ['模型并行', ['sec-1.2', 'sec-2.3']]
]

const top = queries.map(([query, expected]) => {
  const ids = search(seedIndex, query, 3).map((r) => r.id)
  return {query, expected, ids, hit: ids.some((id) => expected.includes(id))}
})
const recall = top.filter((t) => t.hit).length / top.length
console.log(
  `search recall@3 on the seed: ${(recall * 100).toFixed(1)}% (${top.filter((t) => t.hit).length}/${top.length})\n` +
    top.map((t) => `  ${t.hit ? 'ok  ' : 'MISS'} ${t.query} -> ${t.ids.join(', ') || '(nothing)'}`).join('\n')
)

describe('search on the seed guide', () => {
  it(`has recall@3 of ${(recall * 100).toFixed(1)}% over ${queries.length} queries`, () => {
    expect(top.filter((t) => !t.hit)).toEqual([])
  })

  it.each(queries)('finds %s', (query, expected) => {
    const results = search(seedIndex, query, 3)
    expect(results.map((r) => r.id).some((id) => expected.includes(id)), JSON.stringify(results)).toBe(true)
  })

  it('links each result to its anchor on the full guide page, with a snippet of the match', () => {
    const [first] = search(seedIndex, 'KV Cache')
    expect(first).toMatchObject({id: 'sec-3.3', title: '3.3 生成优化策略', href: './#sec-3.3'})
    expect(first!.snippet).toContain('KV Cache')
    expect(search(seedIndex, '灰度发布')[0]!.snippet).toContain('灰度发布策略')
  })

  it('returns nothing when no document matches every term', () => {
    for (const query of ['区块链', 'xyzzy', '量子计算', 'KV 区块链', '', '   ']) expect(search(seedIndex, query), query).toEqual([])
  })

  it('does not match short Latin terms inside words', () => {
    // "rl" must not match inside other words; the RLHF section is a real match.
    expect(search(seedIndex, 'RL').map((r) => r.id)).toEqual(['sec-2.2'])
  })

  it('is deterministic', () => {
    const again = createIndex(searchDocuments(seed))
    for (const [query] of queries) expect(search(again, query)).toEqual(search(seedIndex, query))
    expect(search(seedIndex, '模型', 100).length).toBeGreaterThan(3)
    expect(search(seedIndex, '模型', 2)).toHaveLength(2)
  })
})

describe('searchDocuments', () => {
  it('has one document per section, then the rubric, the advice and the references', () => {
    const documents = searchDocuments(seed)
    const sections = seed.parts.flatMap((p) => p.sections)
    expect(documents.map((d) => d.id)).toEqual([...sections.map((s) => `sec-${s.id}`), 'rubric', 'advice', 'references'])
    expect(documents[0]).toMatchObject({id: 'sec-1.1', title: '1.1 Transformer架构核心机制', part: '理论基础与架构理解', href: './#sec-1.1'})
    // Objective, group titles and nested items.
    for (const text of ['验证候选人对现代大模型核心架构的深入理解', '基础概念', 'Self-Attention机制原理', 'Q、K、V矩阵的作用和计算过程']) {
      expect(documents[0]!.text).toContain(text)
    }
    const advice = documents.find((d) => d.id === 'advice')!
    expect(advice.text).toContain('重点考核理论基础和基本概念')
    expect(advice.text).toContain('由浅入深，循序渐进')
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

describe('normalize', () => {
  it('applies NFKC, lower case and collapsed whitespace, keeping offsets into the original', () => {
    const text = '  ＫＶ　Ｃａｃｈｅ\n\t优化 '
    const {value, offsets} = normalize(text)
    expect(value).toBe('kv cache 优化')
    expect(text[offsets[value.indexOf('优')]!]).toBe('优')
  })
})

describe('searchIndexJson', () => {
  it('is stable across calls and holds the documents', () => {
    const json = searchIndexJson(seed)
    expect(searchIndexJson(seed)).toBe(json)
    expect(json.endsWith('\n')).toBe(true)
    const file = JSON.parse(json) as {format: number; guide: string; version: string; documents: unknown[]}
    expect(file).toMatchObject({format: 1, guide: 'llm-interview', version: seed.version})
    expect(file.documents).toEqual(searchDocuments(seed))
    console.log(`seed search-index.json: ${Buffer.byteLength(json)} bytes`)
  })
})

describe('searchContent', () => {
  it('renders the form, the noscript pointer, the status and the result list', () => {
    const html = toHtml({type: 'root', children: searchContent({indexHref: '../search-index.json'})} satisfies Root)
    expect(html).toContain('<form id="search-form" method="get" role="search"')
    expect(html).toContain('data-index="../search-index.json"')
    expect(html).toContain('data-result-count="找到 {n} 个结果"')
    expect(html).toMatch(/<label for="search-input">[^<]+<\/label>/)
    expect(html).toContain('<input id="search-input" name="q" type="search"')
    expect(html).toMatch(/<noscript><p>[^<]*JavaScript[^<]*<a href="\.\.\/">/)
    expect(html).toContain('<p id="search-status" role="status"></p><ol id="search-results"></ol>')
    const [heading] = searchContent({indexHref: 'x.json'}) as Element[]
    expect(heading!.tagName).toBe('h2')
  })
})
