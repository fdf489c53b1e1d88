/**
 * Every reader-facing string of the rendered pages, by language. Pages in a
 * language without its own strings use zh-CN.
 */
export const strings = {
  'zh-CN': {
    skipToContent: '跳到正文',
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
