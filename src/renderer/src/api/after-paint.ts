/**
 * Runs `send` once the next frame has been painted (a message posted from its
 * requestAnimationFrame arrives after the paint), or after `fallbackMs`: a hidden or minimised
 * window paints no frames, and its writes must still go out.
 */
export function afterPaint(send: () => void, fallbackMs = 50): void {
  let sent = false
  const once = () => {
    if (sent) return
    sent = true
    clearTimeout(timer)
    send()
  }
  const timer = setTimeout(once, fallbackMs)
  requestAnimationFrame(() => {
    const channel = new MessageChannel()
    channel.port1.onmessage = once
    channel.port2.postMessage(null)
  })
}
