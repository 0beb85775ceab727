import { afterEach, describe, expect, it, vi } from 'vitest'
import { afterPaint } from '../../../src/renderer/src/api/after-paint'

const frames: (() => void)[] = []
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback))

afterEach(() => {
  frames.length = 0
})

describe('a write sent after the frame that shows it', () => {
  it('goes once the frame has been painted, and only once', async () => {
    const send = vi.fn()
    afterPaint(send, 40)
    await wait(5)
    expect(send).not.toHaveBeenCalled()
    frames.shift()?.()
    // The message posted from the frame arrives after its paint.
    await wait(5)
    expect(send).toHaveBeenCalledTimes(1)
    await wait(60)
    expect(send).toHaveBeenCalledTimes(1)
  })

  it('still goes from a hidden window, which paints no frames', async () => {
    const send = vi.fn()
    afterPaint(send, 40)
    await wait(60)
    expect(send).toHaveBeenCalledTimes(1)
    frames.shift()?.()
    await wait(5)
    expect(send).toHaveBeenCalledTimes(1)
  })
})
