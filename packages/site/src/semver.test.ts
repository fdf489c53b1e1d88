import {describe, expect, it} from 'vitest'
import {compareSemver, isSemver} from './semver.js'

describe('release versions', () => {
  it('accepts canonical x.y.z only', () => {
    expect(['0.0.0', '1.0.0', '10.20.30', `${Number.MAX_SAFE_INTEGER}.0.0`].filter(isSemver)).toHaveLength(4)
    expect(['1.00.1', '01.2.3', '1.2.03', `${Number.MAX_SAFE_INTEGER + 1}.0.0`, '99999999999999999999.0.0', '1.2', '1.2.3-rc.1', 'v1.2.3', '1.2.3 '].filter(isSemver)).toEqual([])
  })

  it('orders by number, not by text', () => {
    expect(['1.10.0', '1.2.0', '0.9.9', '1.2.10', '1.2.9'].sort(compareSemver)).toEqual(['0.9.9', '1.2.0', '1.2.9', '1.2.10', '1.10.0'])
  })
})
