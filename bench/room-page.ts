/**
 * Scripts the room bench runs inside the facilitator's tab, as source text: Playwright sends
 * them to the page, which has none of this project's modules (and tsx's helpers).
 */

/** Long tasks from now on, kept in `window.samenspelLongTasks` as [start, duration]. */
export const watchLongTasks = `(() => {
  window.samenspelLongTasks = []
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.samenspelLongTasks.push([entry.startTime, entry.duration])
  }).observe({ type: 'longtask', buffered: false })
})()`

/**
 * Proves the observer sees long tasks in this browser (a 0 must mean "none", not "unseen"):
 * runs one 80 ms task, waits for its entry, then forgets it.
 */
export const checkLongTasks = `new Promise((resolve, reject) => {
  setTimeout(() => {
    const end = performance.now() + 80
    while (performance.now() < end) {}
    setTimeout(() => {
      const seen = window.samenspelLongTasks.some(([, d]) => d >= 80)
      window.samenspelLongTasks = []
      seen ? resolve(true) : reject(new Error('the long-task observer saw no 80 ms task'))
    }, 200)
  }, 0)
})`

/** The longest task after `since` (page clock), and how many there were over 50 ms. */
export const longTasksSince = (since: number) => `(() => {
  const tasks = window.samenspelLongTasks.filter(([start]) => start >= ${since})
  return { longest: Math.max(0, ...tasks.map(([, d]) => d)), count: tasks.length }
})()`

/** The page's clock now, and the wall clock it corresponds to. */
export const clocks = `({ now: performance.now(), epoch: performance.timeOrigin + performance.now() })`

/** A plain-DOM anchor in the same page: an input whose Enter appends an <li>, nothing more. */
export const installAnchor = `(() => {
  if (document.getElementById('bench-anchor-input')) return
  const box = document.createElement('div')
  box.style.cssText = 'position:fixed;right:8px;bottom:8px;width:280px;height:160px;overflow:hidden;background:#fff;border:1px solid #999;z-index:9999'
  const input = document.createElement('input')
  input.id = 'bench-anchor-input'
  input.setAttribute('aria-label', 'Anker')
  const list = document.createElement('ol')
  list.id = 'bench-anchor-list'
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return
    const li = document.createElement('li')
    li.textContent = input.value
    list.prepend(li)
    input.value = ''
  })
  box.append(input, list)
  document.body.append(box)
})()`

/**
 * Arms a probe for the next Enter: from the key event's own timeStamp to after the frame that
 * shows the result (a message posted from that frame's rAF, handled once it is painted). The
 * result is the app's list counting \`count\` cards, or the anchor's list holding \`count\` items.
 */
export const armEnterProbe = (target: 'app' | 'anchor', count: number) => `(() => {
  let keydown = NaN
  window.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') keydown = event.timeStamp
  }, { capture: true, once: true })
  const shown = () => ${
    target === 'app'
      ? // The composer emptied by this Enter and the list counting its card: a phone's card
        // landing first does not count (its frame has the composer still full).
        `document.querySelector('#card-composer-input')?.value === '' && Number((document.querySelector('.card-list')?.getAttribute('aria-label') ?? '').replace(/\\D/g, '')) >= ${count}`
      : `document.getElementById('bench-anchor-list').children.length >= ${count}`
  }
  window.samenspelEnter = new Promise((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error('nothing shown within 10 s')), 10000)
    const observer = new MutationObserver(() => {
      // Changes before the key (a phone's card) are not its result.
      if (Number.isNaN(keydown) || !shown()) return
      observer.disconnect()
      clearTimeout(timeout)
      requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => resolve(performance.now() - keydown)
        channel.port2.postMessage(null)
      })
    })
    observer.observe(document.body, { childList: true, subtree: true, attributes: true })
  })
})()`

export const readEnterProbe = `window.samenspelEnter`

/**
 * Resolves (wall clock, ms) after the frame in which the app's list first counts \`count\`
 * cards has been painted: when a burst of phones' cards is all on the facilitator's screen.
 */
export const whenCounted = (count: number) => `new Promise((resolve) => {
  const check = () => {
    const label = document.querySelector('.card-list')?.getAttribute('aria-label') ?? ''
    if (Number(label.replace(/\\D/g, '')) < ${count}) return requestAnimationFrame(check)
    const channel = new MessageChannel()
    channel.port1.onmessage = () => resolve(performance.timeOrigin + performance.now())
    channel.port2.postMessage(null)
  }
  requestAnimationFrame(check)
})`

/**
 * Opens the session's screen by its address and resolves after the frame that painted the
 * last card inside the window (ms since the navigation began).
 */
export const openAndPaint = (hash: string) => `new Promise((resolve) => {
  const started = performance.now()
  location.hash = ${JSON.stringify(hash)}
  const check = () => {
    const cards = document.querySelectorAll('.card-list > li')
    const last = cards[cards.length - 1]
    // The window is full of cards (or the list ended inside it).
    if (!last || (last.getBoundingClientRect().bottom < innerHeight && cards.length < 20)) return requestAnimationFrame(check)
    const channel = new MessageChannel()
    channel.port1.onmessage = () => resolve(performance.now() - started)
    channel.port2.postMessage(null)
  }
  requestAnimationFrame(check)
})`

/**
 * From now on, every character key typed into a text field: from the key event's own timeStamp
 * to after the frame that shows the typed character (the field's \`input\` event, then a message
 * posted from the next frame's rAF, handled once it is painted). Kept in
 * \`window.samenspelKeys\`; Enter is measured by its own probe.
 */
export const watchKeystrokes = `(() => {
  if (window.samenspelKeys) return
  window.samenspelKeys = []
  let keydown = NaN
  window.addEventListener('keydown', (event) => {
    if (event.key.length === 1) keydown = event.timeStamp
  }, { capture: true })
  window.addEventListener('input', () => {
    if (Number.isNaN(keydown)) return
    const started = keydown
    keydown = NaN
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => window.samenspelKeys.push(performance.now() - started)
      channel.port2.postMessage(null)
    })
  }, { capture: true })
})()`

/** The keystrokes measured since the last call, emptied. */
export const takeKeystrokes = `window.samenspelKeys.splice(0)`
