/**
 * Every reader-facing string of the rendered pages, by language. Pages in a
 * language without its own strings use zh-CN.
 */
export const strings = {
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
      latest: '最新版本',
      released: '已发布版本',
      unreleased: '未发布的修改',
      columns: {version: '版本', sections: '章节', minutes: '计划时长 (分钟)', changes: '变化'},
      redirect: (target: string) => `此页已移至 ${target}`,
      notFound: '页面不存在',
      notFoundText: '找不到这个页面。它可能属于另一个版本，或已被移动。',
      backHome: '返回大纲首页'
    },
    contents: '目录',
    minutes: (n: string) => `${n} 分钟`,
    recommendedDuration: (n: string) => `建议时长 ${n} 分钟`,
    plannedTotal: (n: string) => `计划总时长 ${n} 分钟`,
    version: (v: string) => (v === 'next' ? '未发布版本' : `版本 ${v}`),
    objective: '考核目标',
    closing: '结语',
    question: '提问',
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
    print: {
      header: (title: string, version: string) => `${title} · ${version}`,
      pageCounter: ['第 ', ' 页 / 共 ', ' 页']
    }
  }
} as const

export type Strings = (typeof strings)['zh-CN']

/** The strings for a guide language. */
export function stringsFor(lang: string): Strings {
  return lang in strings ? strings[lang as keyof typeof strings] : strings['zh-CN']
}
