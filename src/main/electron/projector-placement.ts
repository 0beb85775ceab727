import type { Rectangle } from 'electron'

export interface DisplayInfo {
  id: number
  bounds: Rectangle
}

export interface Placement {
  bounds: Rectangle
  /** Fullscreen straight away: only when it surely lands on the beamer. */
  fullscreen: boolean
  /** The display it is meant for, or null when the window manager decides. */
  displayId: number | null
}

const windowed = (display: DisplayInfo): Rectangle => ({
  x: display.bounds.x + 40,
  y: display.bounds.y + 40,
  width: Math.min(display.bounds.width - 80, 1280),
  height: Math.min(display.bounds.height - 80, 800)
})

/**
 * Where the projector window goes. The beamer is the display the facilitator's window is not
 * on (the laptop's own screen is usually, but not always, the primary one). With no second
 * display it opens as a normal window next to the main one. On Wayland the compositor ignores
 * positions (docs/desktop.md), so fullscreen would cover the laptop's screen instead: there it
 * opens windowed and the facilitator drags it to the beamer and presses F11.
 */
export function projectorPlacement(
  displays: DisplayInfo[],
  mainDisplayId: number | null,
  primaryId: number,
  wayland: boolean
): Placement {
  const own = mainDisplayId ?? primaryId
  const beamer =
    displays.find((display) => display.id !== own) ??
    displays.find((display) => display.id !== primaryId)
  const fallback = displays.find((display) => display.id === own) ?? displays[0]
  if (!beamer || wayland) {
    const display = beamer ?? fallback
    return display
      ? { bounds: windowed(display), fullscreen: false, displayId: wayland ? null : display.id }
      : { bounds: { x: 0, y: 0, width: 1280, height: 800 }, fullscreen: false, displayId: null }
  }
  return { bounds: { ...beamer.bounds }, fullscreen: true, displayId: beamer.id }
}

/** Whether Electron runs on Wayland (its default there since Electron 38). */
export function runsOnWayland(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): boolean {
  if (platform !== 'linux') return false
  const hint = env.ELECTRON_OZONE_PLATFORM_HINT
  if (hint === 'x11') return false
  return env.XDG_SESSION_TYPE === 'wayland' || Boolean(env.WAYLAND_DISPLAY) || hint === 'wayland'
}
