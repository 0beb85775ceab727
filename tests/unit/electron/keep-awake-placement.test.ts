import { describe, expect, it, vi } from 'vitest'
import { createKeepAwake } from '../../../src/main/electron/keep-awake'
import { projectorPlacement, runsOnWayland } from '../../../src/main/electron/projector-placement'

function fakeBlocker() {
  const started = new Set<number>()
  let next = 1
  return {
    started,
    start: vi.fn(() => {
      started.add(next)
      return next++
    }),
    stop: vi.fn((id: number) => started.delete(id)),
    isStarted: (id: number) => started.has(id)
  }
}

describe('keeping the beamer awake', () => {
  it('holds one blocker while presenting or while the projector is open, and frees it after', () => {
    const blocker = fakeBlocker()
    const awake = createKeepAwake(blocker as never)
    expect(awake.active).toBe(false)
    awake.hold('projector')
    awake.hold('presenting')
    expect(blocker.start).toHaveBeenCalledOnce()
    expect(blocker.start).toHaveBeenCalledWith('prevent-display-sleep')
    awake.release('projector')
    expect(blocker.started.size).toBe(1)
    awake.release('presenting')
    expect(blocker.started.size).toBe(0)
    expect(awake.active).toBe(false)
    // Releasing again, or what was never held, changes nothing.
    awake.release('presenting')
    expect(blocker.stop).toHaveBeenCalledOnce()
    awake.hold('presenting')
    expect(blocker.started.size).toBe(1)
  })
})

const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } }
const beamer = { id: 2, bounds: { x: 1440, y: -200, width: 1024, height: 768 } }

describe('where the projector window goes', () => {
  it('fills the display the facilitator is not on', () => {
    expect(projectorPlacement([laptop, beamer], 1, 1, false)).toEqual({
      bounds: beamer.bounds,
      fullscreen: true,
      displayId: 2
    })
    // The facilitator moved the app to the beamer (the primary display): the laptop it is.
    expect(projectorPlacement([laptop, beamer], 2, 1, false)).toMatchObject({
      bounds: laptop.bounds,
      fullscreen: true
    })
  })

  it('opens as a normal window, not over the facilitator, with one display', () => {
    const placement = projectorPlacement([laptop], 1, 1, false)
    expect(placement.fullscreen).toBe(false)
    expect(placement.bounds.width).toBeLessThanOrEqual(laptop.bounds.width)
  })

  it('on Wayland, where positions are ignored, opens windowed to be dragged to the beamer', () => {
    expect(projectorPlacement([laptop, beamer], 1, 1, true)).toMatchObject({
      fullscreen: false,
      displayId: null
    })
  })

  it('knows Wayland from the session, unless Electron is told to use X11', () => {
    expect(runsOnWayland({ XDG_SESSION_TYPE: 'wayland' }, 'linux')).toBe(true)
    expect(runsOnWayland({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBe(true)
    expect(
      runsOnWayland({ WAYLAND_DISPLAY: 'wayland-0', ELECTRON_OZONE_PLATFORM_HINT: 'x11' }, 'linux')
    ).toBe(false)
    expect(runsOnWayland({ XDG_SESSION_TYPE: 'x11' }, 'linux')).toBe(false)
    expect(runsOnWayland({ XDG_SESSION_TYPE: 'wayland' }, 'darwin')).toBe(false)
  })
})
