import { describe, expect, it } from 'vitest'
import { acceptedEncodings } from '../../../src/main/host/compression'

describe('which compressed copy a client accepts', () => {
  it('prefers brotli, honours q=0 and *, and sends nothing compressed without the header', () => {
    expect(acceptedEncodings('gzip, deflate, br, zstd')).toEqual(['br', 'gzip'])
    expect(acceptedEncodings('gzip')).toEqual(['gzip'])
    expect(acceptedEncodings('br;q=0, gzip;q=0.5')).toEqual(['gzip'])
    expect(acceptedEncodings('*')).toEqual(['br', 'gzip'])
    expect(acceptedEncodings('*, br;q=0')).toEqual(['gzip'])
    expect(acceptedEncodings('identity')).toEqual([])
    expect(acceptedEncodings(undefined)).toEqual([])
    expect(acceptedEncodings('BR;Q=1')).toEqual(['br'])
    expect(acceptedEncodings('br;q=abc')).toEqual([])
  })
})
