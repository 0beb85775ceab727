/**
 * Runs inside the page (passed to `page.evaluate`), so it may only use what the page has.
 * Playwright sends the functions' source text: a named inner function would make tsx add a
 * `__name(...)` call the page does not know, hence only inline callbacks below.
 */

/** Milliseconds on the page's `performance.now()` clock. */
export interface ProbeTiming {
  keydown: number
  /** The MutationObserver saw the new card's element: React has committed it. */
  inDom: number
  /** The next requestAnimationFrame callback: the start of the frame that paints the card. */
  frame: number
  /** A message posted from that frame is handled once it has been painted. */
  painted: number
}

interface ProbeNode {
  nodeType: number
  textContent: string | null
  matches?(selector: string): boolean
}

/** The few DOM members the probe uses: the Node project has no DOM lib (and should not). */
interface ProbeWindow {
  document: { body: unknown }
  performance: { now(): number }
  addEventListener(
    type: 'keydown',
    listener: (event: { key: string }) => void,
    options: { capture: boolean; once: boolean }
  ): void
  MutationObserver: new (callback: (records: { addedNodes: ArrayLike<ProbeNode> }[]) => void) => {
    observe(target: unknown, options: { childList: boolean; subtree: boolean }): void
    disconnect(): void
  }
  requestAnimationFrame(callback: () => void): number
  MessageChannel: new () => {
    port1: { onmessage: (() => void) | null }
    port2: { postMessage(message: null): void }
  }
  samenspelProbe?: Promise<ProbeTiming>
}

/** Watches for the card with `text`; call before pressing Enter, then `readProbe`. */
export function armProbe(text: string): void {
  const win = globalThis as unknown as ProbeWindow
  let keydown = Number.NaN
  // Capturing on window: the earliest moment the page sees the key, before React's handler.
  win.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Enter') keydown = win.performance.now()
    },
    { capture: true, once: true }
  )
  win.samenspelProbe = new Promise<ProbeTiming>((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error(`no card "${text}" within 10 s`)), 10_000)
    const observer = new win.MutationObserver((records) => {
      const added = records.some((record) =>
        Array.from(record.addedNodes).some(
          (node) =>
            node.nodeType === 1 &&
            node.matches?.('.contribution-card') === true &&
            (node.textContent ?? '').includes(text)
        )
      )
      if (!added) return
      const inDom = win.performance.now()
      observer.disconnect()
      clearTimeout(timeout)
      win.requestAnimationFrame(() => {
        const frame = win.performance.now()
        const channel = new win.MessageChannel()
        channel.port1.onmessage = () =>
          resolve({ keydown, inDom, frame, painted: win.performance.now() })
        channel.port2.postMessage(null)
      })
    })
    observer.observe(win.document.body, { childList: true, subtree: true })
  })
}

export function readProbe(): Promise<ProbeTiming> {
  const win = globalThis as unknown as ProbeWindow
  if (!win.samenspelProbe) return Promise.reject(new Error('probe not armed'))
  return win.samenspelProbe
}
