import {en} from './strings-en.js'

// The zh-CN catalogue; the English one (strings-en.ts) has the same keys.
const catalogues = {
  'zh-CN': {
    skipToContent: '跳到正文',
    site: {
      title: '面试大纲',
      guides: '全部大纲',
      versions: '版本',
      versionLabel: (v: string, latest: boolean) => (v === 'next' ? 'next（未发布）' : latest ? `${v}（最新）` : v),
      switcher: (v: string) => `版本：${v === 'next' ? 'next（未发布）' : v}`,
      diffLink: (from: string, to: string) => `${from} → ${to} 的变化`,
      searchLabel: '搜索本版本',
      pdf: '下载 PDF',
      latest: '最新版本',
      released: '已发布版本',
      unreleased: '未发布的修改',
      columns: {version: '版本', sections: '章节', minutes: '计划时长 (分钟)', changes: '变化'},
      redirect: (target: string) => `此页已移至 ${target}`,
      notFound: '页面不存在',
      notFoundText: '找不到这个页面。它可能属于另一个版本，或已被移动。',
      backHome: '返回大纲首页',
      labelled: (label: string, value: string) => `${label}：${value}`,
      listSeparator: '、',
      homeIntro: '每份大纲可以整份阅读，也可以按候选人级别阅读（只含该级别要考的章节和时长），并附计时表、评分表、打印版和在浏览器中计时打分的面试模式。',
      guideSize: (parts: number, sections: number) => `${parts} 个部分，${sections} 个章节`,
      homeDescription: (titles: readonly string[]) => `面试大纲：${titles.join('、')}。每份大纲有完整版、各候选人级别的版本、计时表、评分表、打印版和面试模式。`,
      versionsDescription: (title: string) => `${title}的全部版本，以及每个版本相对上一版的变化。`
    },
    contents: '目录',
    label: (text: string) => `${text}：`,
    partNumber: (ordinal: string) => `${ordinal}、`,
    titleSeparator: '｜',
    sentenceEnd: '。',
    minutes: (n: string) => `${n} 分钟`,
    recommendedDuration: (n: string) => `建议时长 ${n} 分钟`,
    plannedTotal: (n: string) => `计划总时长 ${n} 分钟`,
    version: (v: string) => (v === 'next' ? '未发布版本' : `版本 ${v}`),
    objective: '考核目标',
    closing: '结语',
    question: '提问',
    questionCount: (n: number) => `${n} 题`,
    questionCountLabel: (n: number) => `${n} 道提问`,
    overPlan: (planned: string, recommended: string) => `计划 ${planned} 分钟，超出建议的 ${recommended} 分钟`,
    navLevels: '级别：',
    navPages: '页面：',
    backToGuide: (page: string) => `← 返回${page}`,
    pageDescription: (title: string) => `${title}：面试大纲，附计时表、评分表和面试模式。`,
    codeQuestion: '代码阅读',
    fullGuide: '完整大纲',
    guideView: '大纲',
    levelPages: '候选人级别',
    levelPlan: '面试计划',
    levelFocus: '考核重点',
    levelContent: '面试内容',
    skippedSections: (n: number) => `本级别跳过的 ${n} 个章节`,
    roles: {core: '必考', optional: '选考', skip: '跳过'},
    planTotal: (core: number, optional: number) => `必考 ${core} 分钟 + 选考 ${optional} 分钟 = ${core + optional} 分钟`,
    withinRecommended: (n: string) => `在建议时长 ${n} 分钟之内`,
    outsideRecommended: (n: string) => `超出建议时长 ${n} 分钟`,
    guideMinutes: (n: string) => `大纲原定 ${n} 分钟`,
    runSheet: '计时表',
    scorecard: '评分表',
    printVersion: '打印版',
    otherViews: '其他视图',
    planColumns: {id: '编号', section: '章节', role: '类型', minutes: '时长 (分钟)'},
    runSheetColumns: {index: '序号', section: '章节', role: '类型', minutes: '时长', start: '开始', end: '结束', cumulative: '累计'},
    runSheetTotal: '合计',
    runSheetNote: (total: string, recommended: string) => `共 ${total} 分钟；建议时长 ${recommended} 分钟。`,
    scorecardColumns: {criterion: '考核维度', weight: '权重', points: '考察要点', score: '得分 (1-5)', weighted: '加权得分'},
    scorecardTotal: '加权总分 (满分 100)',
    scorecardFormula: '加权得分 = 得分 × 权重 ÷ 5；各项相加为加权总分。',
    scorecardFields: ['候选人', '面试官', '日期', '应聘岗位'],
    scorecardLevel: '候选人级别',
    scorecardNotes: '面试记录',
    scorecardOverall: '总体评价',
    scorecardDecision: '录用建议',
    scorecardDecisions: ['强烈推荐', '推荐', '待定', '不推荐'],
    search: {
      heading: '搜索大纲',
      label: '关键词',
      submit: '搜索',
      noscript: '搜索需要启用 JavaScript。',
      contentsLink: '请从目录浏览全部章节',
      loading: '正在加载搜索索引…',
      loadError: '搜索索引加载失败，请从目录浏览全部章节。',
      resultCount: (n: string) => `找到 ${n} 个结果`,
      noResults: (query: string) => `没有找到与“${query}”相关的内容`,
      rubric: '评分标准',
      advice: '面试建议',
      references: '参考资料'
    },
    diff: {
      title: (from: string, to: string) => `大纲变更：${from} → ${to}`,
      noChanges: '两个版本之间没有任何变更。',
      newGuide: '新大纲（尚未发布）',
      notInBase: '新大纲（对比的基础内容中没有这份大纲）',
      newGuideSummary: (parts: number, sections: number, duration: string) => `${parts} 个部分，${sections} 个章节，计划总时长 ${duration}`,
      total: (from: string, to: string, delta: string) => `计划总时长：${from} → ${to}（${delta}）`,
      totalUnchanged: (duration: string) => `计划总时长：${duration}（不变）`,
      delta: (min: string, max: string) => (min === max ? `${min} 分钟` : `最短 ${min} 分钟，最长 ${max} 分钟`),
      summary: (count: number, kinds: readonly string[]) => `共 ${count} 处变更：${kinds.join('；')}`,
      kindCount: (kind: string, count: number) => `${kind} ${count} 处`,
      heading: (kind: string, count: number) => `${kind}（${count}）`,
      kinds: {
        topicsAdded: '新增题目',
        topicsRemoved: '删除题目',
        topicsReworded: '改写题目',
        topicsMoved: '移动题目',
        sections: '章节变更',
        parts: '部分变更',
        rubric: '评分标准变更',
        levels: '候选人级别计划变更'
      },
      columns: {place: '位置', topic: '题目', section: '章节', part: '部分', criterion: '考核维度', level: '级别', field: '项目', before: '修改前', after: '修改后'},
      fields: {section: '章节', part: '部分', criterion: '考核维度', level: '级别', title: '标题', duration: '时长', objective: '考核目标', weight: '权重', planned: '计划总时长'},
      absent: '（无）',
      added: '+ 新增',
      removed: '− 删除',
      codeBlock: (firstLine: string) => `代码块：${firstLine}`,
      section: (id: string, title: string) => `${id} ${title}`,
      part: (ordinal: string, title: string) => `${ordinal}、${title}`,
      place: (steps: readonly string[]) => steps.join(' › '),
      labelled: (label: string, value: string) => `${label}：${value}`,
      change: (from: string, to: string) => `${from} → ${to}`,
      withDuration: (title: string, duration: string) => `${title}（${duration}）`,
      plan: (role: string, minutes: string) => `${role} ${minutes}`,
      weight: (n: number) => `${n}%`
    },
    interview: {
      title: '面试模式',
      intro: '按计划逐节面试：计时，勾选已考察的题目，记下要点，再按评分尺度为每个维度打分，加权总分随之算出。记录只保存在本浏览器中，不会发送到任何地方。',
      noscript: '计时、自动保存、导出和实时加权总分需要启用 JavaScript。未启用时，本页仍可直接填写并打印为评分表。',
      session: '面试信息',
      label: '面试标签',
      labelHint: '同一页面可保存多场面试，以标签区分（例如候选人姓名）。',
      open: '新建或打开',
      saved: '已保存的面试',
      clear: '清除本场面试',
      confirmClear: '确认清除',
      cancel: '取消',
      exportMarkdown: '导出 Markdown',
      exportJson: '导出 JSON',
      importJson: '导入 JSON',
      importHint: '导入本页导出的 JSON 记录，在这台设备上继续面试。',
      printScorecard: '打印评分表',
      clock: '计时',
      start: '开始计时',
      pause: '暂停计时',
      next: '下一节',
      elapsed: '已用时间',
      remaining: '剩余时间',
      current: '当前章节',
      runningTotal: '加权总分',
      plan: '面试计划与记录',
      planned: (n: string) => `计划 ${n} 分钟`,
      sectionElapsed: '本节用时',
      timeSection: '计时本节',
      timeSectionLabel: (id: string, title: string) => `计时本节：${id} ${title}`,
      notes: (id: string) => `${id} 记录`,
      scoring: '评分',
      scale: '评分尺度（1-5 分）',
      scaleColumns: {score: '分数', level: '等级', meaning: '含义'},
      scalePoints: [
        ['1', '不足', '概念不清，基本问题难以作答'],
        ['2', '较弱', '了解基本概念，但理解零散，需要较多提示'],
        ['3', '合格', '掌握核心概念，能独立回答常规问题'],
        ['4', '良好', '理解深入，能结合实践分析问题、说明取舍'],
        ['5', '优秀', '融会贯通，能系统阐述原理、权衡与前沿进展']
      ],
      unscored: '未评',
      weighted: '加权得分',
      // Used by the page's script (passed as JSON in `data-strings`); {x} are placeholders.
      script: {
        defaultLabel: '面试 {n}',
        notStarted: '未开始',
        running: '计时中',
        paused: '已暂停',
        overrun: '超时 {time}',
        over: '已超出计划 {time}',
        noScores: '尚未评分',
        missing: '尚有 {n} 项未评分',
        complete: '已全部评分',
        partialTotal: '暂计 {total}',
        partialSummary: '暂计 {total}（{n} 项未评分）',
        completeSummary: '{total}（已全部评分）',
        imported: '已导入 {file}：{label}',
        importNotJson: '无法导入 {file}：它不是 JSON 文件。',
        importFormat: '无法导入 {file}：它不是面试模式导出的 JSON 记录。',
        importShape: '无法导入 {file}：记录不完整或已损坏（{path}）。',
        importOtherPage: '无法导入 {file}：它是 {found} 的记录，本页是 {expected}。请在对应的面试页面导入。',
        opened: '已打开：{label}',
        saved: '已保存在本浏览器：{label}',
        cleared: '已清除：{label}',
        exported: '已导出 {file}',
        storageError: '无法保存到本浏览器（存储不可用或已满），请及时导出。',
        record: '面试记录',
        plan: '面试计划与记录',
        scoring: '评分',
        planned: '计划',
        elapsed: '用时',
        notes: '记录',
        criterion: '考核维度',
        weight: '权重',
        score: '得分 (1-5)',
        weighted: '加权得分',
        total: '加权总分 (满分 100)',
        recommendation: '录用建议',
        overall: '总体评价',
        none: '—',
        separator: '：'
      }
    },
    debrief: {
      title: '面试团评议',
      link: '面试团评议：汇总多位面试官导出的记录',
      intro: '选择同一位候选人、同一大纲版本的多份面试 JSON 导出（面试模式的“导出 JSON”），汇总为一份评议：各维度得分并列，分差 2 分及以上的维度标出待讨论，并列出加权总分、录用建议和记录。文件只在本浏览器中读取，不会上传。',
      noscript: '汇总需要启用 JavaScript。也可以在命令行运行 llm-interview debrief a.json b.json。',
      pick: '面试 JSON 导出文件（可多选）',
      // Used by the page's script (`data-strings`) and by `llm-interview debrief`; {x} are placeholders.
      script: {
        needTwo: '请至少选择两份导出文件。',
        merged: '已汇总 {n} 份面试记录。',
        refused: '未汇总：以下文件不能合并，请更正后重新选择。',
        notJson: '{file}：不是 JSON 文件。',
        format: '{file}：不是面试模式导出的 JSON 记录。',
        shape: '{file}：记录不完整或已损坏（{path}）。',
        otherGuide: '{file}：属于 {found}，应为 {expected}。',
        otherCandidate: '{file}：候选人是“{found}”，其他文件是“{expected}”。',
        otherRubric: '{file}：评分维度与 {other} 不同。',
        duplicate: '{file}：与 {other} 是同一份记录。',
        heading: '面试团评议：{candidate}',
        noCandidate: '（未填写候选人）',
        guide: '大纲 {guide} · 版本 {version}',
        scores: '各维度得分',
        criterion: '考核维度',
        weight: '权重',
        mean: '平均',
        spread: '分差',
        flagged: '{n} 分 · 需讨论',
        total: '加权总分 (满分 100)',
        partialTotal: '暂计 {total}',
        flaggedCount: '{n} 个维度分差达到 2 分及以上，需讨论。',
        noFlags: '各维度分差均小于 2 分。',
        recommendations: '录用建议',
        interviewer: '面试官',
        level: '级别',
        fullGuide: '完整大纲',
        recommendation: '录用建议',
        unscored: '未评分 {n} 项',
        notes: '记录',
        overall: '总体评价',
        none: '—'
      }
    },
    print: {
      /** The running header of print documents; a level's names the level. */
      header: (title: string, version: string, level?: string) => [title, level, version].filter(Boolean).join(' · '),
      pageCounter: ['第 ', ' 页 / 共 ', ' 页']
    }
  }
} as const

/** Literal types widened (`'目录'` to `string`), tuples and functions kept: the shape every catalogue shares. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends readonly unknown[]
      ? {readonly [K in keyof T]: Widen<T[K]>}
      : T extends object
        ? {readonly [K in keyof T]: Widen<T[K]>}
        : T

/** The reader-facing strings of one language. */
export type Strings = Widen<(typeof catalogues)['zh-CN']>

/** A language with its own catalogue of reader-facing strings. */
export type StringsLang = 'zh-CN' | 'en'

/**
 * Every reader-facing string of the rendered pages, by language: zh-CN and
 * English, with the same keys. Pages take them from the guide's `lang`
 * (see `stringsLangOf`).
 */
export const strings: {readonly [L in StringsLang]: Strings} = {'zh-CN': catalogues['zh-CN'], en}

/**
 * The catalogue for a guide's `lang` (a BCP 47 tag): Chinese tags (`zh`,
 * `zh-CN`, `zh-Hans`, ...) get zh-CN, English ones (`en`, `en-GB`, ...) en;
 * any other language falls back to English, with `known: false` so a build
 * can warn about it.
 */
export function stringsLangOf(lang: string): {lang: StringsLang; known: boolean} {
  const primary = lang.toLowerCase().split('-')[0]
  if (primary === 'zh') return {lang: 'zh-CN', known: true}
  return {lang: 'en', known: primary === 'en'}
}

/** The strings for a guide language (English for a language without its own catalogue). */
export function stringsFor(lang: string): Strings {
  return strings[stringsLangOf(lang).lang]
}
