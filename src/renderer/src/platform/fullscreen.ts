/**
 * The HTML Fullscreen API works in both hosts: Electron turns it into a fullscreen window, a
 * browser into a fullscreen tab. Refusals (no user gesture, policy) are not errors to the user.
 */
export const fullscreen = {
  isActive: (): boolean => document.fullscreenElement !== null,
  async enter(): Promise<void> {
    if (document.fullscreenElement || !document.documentElement.requestFullscreen) return
    await document.documentElement.requestFullscreen().catch(() => undefined)
  },
  async exit(): Promise<void> {
    if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined)
  }
}
