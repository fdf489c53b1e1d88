import {describe, expect, it} from 'vitest'
import {headingDurationOf} from './duration.js'

describe('headingDurationOf', () => {
  it('reads whole minutes and ranges', () => {
    expect(headingDurationOf('网络 (10分钟)')).toEqual({kind: 'ok', duration: {min: 10, max: 10}, index: 3})
    expect(headingDurationOf('网络（25-30 min）')).toEqual({kind: 'ok', duration: {min: 25, max: 30}, index: 2})
  })

  it('tells a labelled duration from a malformed one', () => {
    expect(headingDurationOf('1.1 基础 (必考基础，15-20分钟)')).toEqual({
      kind: 'labelled',
      index: 7,
      text: '(必考基础，15-20分钟)',
      minutes: '(15-20分钟)',
      label: '必考基础'
    })
    expect(headingDurationOf('基础 (约10分钟)')).toMatchObject({kind: 'labelled', minutes: '(10分钟)', label: '约'})
    expect(headingDurationOf('基础 (十五分钟)')).toMatchObject({kind: 'malformed', text: '(十五分钟)'})
    expect(headingDurationOf('基础 (1.5分钟)')).toMatchObject({kind: 'malformed', text: '(1.5分钟)'})
  })

  it('finds no duration where there is none', () => {
    expect(headingDurationOf('基础概念')).toEqual({kind: 'missing'})
  })
})
