import type {DebriefProblem} from './merge.js'

// The CLI's messages about refused files, in the house style
// ("Unexpected X, expected Y", with a hint); the page says the same in the
// reader's language (`problemLines`).

/** One message (reason and hint) per refused file, for `llm-interview debrief`. */
export function problemMessage(problem: DebriefProblem): {reason: string; hint: string} {
  switch (problem.kind) {
    case 'json':
      return {reason: 'Unexpected file content, expected JSON', hint: 'pass the file that 导出 JSON on an interview page saved'}
    case 'format':
      return {reason: `Unexpected format ${problem.found ? `\`${problem.found}\`` : '(none)'}, expected \`llm-interview/interview@1\``, hint: 'only interview exports (导出 JSON) can be merged'}
    case 'shape':
      return {reason: `Unexpected value at \`${problem.path}\`, expected an interview export`, hint: 'the file was edited or damaged: export it again from the interview page'}
    case 'guide':
      return {reason: `Unexpected guide version \`${problem.found}\`, expected \`${problem.expected}\``, hint: 'a debrief merges interviews of one guide version only'}
    case 'candidate':
      return {reason: `Unexpected candidate \`${problem.found}\`, expected \`${problem.expected}\``, hint: 'a debrief merges interviews of one candidate only'}
    case 'rubric':
      return {reason: `Unexpected rubric criteria, expected those of ${problem.other}`, hint: 'the file was edited: export it again from the interview page'}
    case 'duplicate':
      return {reason: `Unexpected second copy of ${problem.other}`, hint: 'pass each interviewer\'s export once'}
  }
}
