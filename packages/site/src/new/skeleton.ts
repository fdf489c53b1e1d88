/**
 * The outline `new` starts from when no `--from` is given: the smallest
 * guide that passes every check, one of each kind of block, for the editor
 * to fill in.
 */
export function skeletonOutline(title: string): string {
  return `# ${title.replace(/\s+/g, ' ').trim()}

## 大纲说明
说明本大纲考核的岗位、候选人背景和使用方式。

## 一、第一部分 (10分钟)

### 1.1 第一节 (10分钟)
**考核目标：** 写下这一节要验证的能力

#### 基础概念
- **第一个主题**
  - 可以追问的一个要点
- 可以直接提出的一个问题？

---

## 评分标准

### 基础知识 (100%)
- 写下这一项的评分要点

---

## 面试建议

### 针对不同水平候选人的调整策略
- **入门候选人：** 写下对这一水平的考核重点
- **资深候选人：** 写下对这一水平的考核重点

### 面试技巧
- 写下一条给面试官的建议

---

## 参考资料

### 延伸阅读
- 写下一份参考资料

---

*建议面试时间控制在10分钟内。*
`
}
