/** The ids with `id` moved `delta` places, clamped to the ends. */
export function moveId(ids: readonly string[], id: string, delta: number): string[] {
  const from = ids.indexOf(id)
  if (from < 0) return [...ids]
  const to = Math.min(ids.length - 1, Math.max(0, from + delta))
  const next = ids.filter((other) => other !== id)
  next.splice(to, 0, id)
  return next
}

/** The ids with `id` placed just before `targetId` (a drop on that card). */
export function placeBefore(ids: readonly string[], id: string, targetId: string): string[] {
  if (id === targetId || !ids.includes(id) || !ids.includes(targetId)) return [...ids]
  const next = ids.filter((other) => other !== id)
  next.splice(next.indexOf(targetId), 0, id)
  return next
}

/** Tag prefixes typed at the start of a card: "+ goed bezocht" is tagged "gaat goed". */
export const tagPrefixes = { '+': 'gaat-goed', '-': 'kan-beter', '!': 'idee' } as const

export function splitTagPrefix(text: string): {
  text: string
  tag: (typeof tagPrefixes)[keyof typeof tagPrefixes] | null
} {
  const match = /^([+!-])\s+(.*)$/s.exec(text.trim())
  if (!match?.[1] || !match[2]) return { text: text.trim(), tag: null }
  return { text: match[2].trim(), tag: tagPrefixes[match[1] as keyof typeof tagPrefixes] }
}

/** The label a lone "+", "-" or "!" stands for: typed alone, it chooses the next card's label. */
export function loneTagPrefix(text: string): (typeof tagPrefixes)[keyof typeof tagPrefixes] | null {
  const trimmed = text.trim()
  return trimmed in tagPrefixes ? tagPrefixes[trimmed as keyof typeof tagPrefixes] : null
}
