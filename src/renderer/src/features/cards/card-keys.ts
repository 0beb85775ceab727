import type { ContributionTag } from '../../../../shared/domain/workspace'

export type CardIntent =
  | { type: 'edit' }
  | { type: 'delete' }
  | { type: 'move'; delta: 1 | -1 }
  | { type: 'focus'; delta: 1 | -1 }
  | { type: 'tag'; tag: ContributionTag | null }
  | { type: 'toggle-plan' }
  | { type: 'approve' }
  | { type: 'toggle-hidden' }
  | { type: 'merge-up' }

const tagKeys: Record<string, ContributionTag | null> = {
  '1': 'gaat-goed',
  '2': 'kan-beter',
  '3': 'idee',
  '0': null
}

/** Keys on a focused card. Left/Right stay free for moving between screens. */
export function cardIntent(key: string, altKey: boolean, ctrlKey: boolean): CardIntent | null {
  if (ctrlKey) return null
  if (altKey) {
    if (key === 'ArrowUp') return { type: 'move', delta: -1 }
    if (key === 'ArrowDown') return { type: 'move', delta: 1 }
    return null
  }
  if (key === 'Enter' || key === 'F2') return { type: 'edit' }
  if (key === 'Delete' || key === 'Backspace') return { type: 'delete' }
  if (key === 'ArrowUp') return { type: 'focus', delta: -1 }
  if (key === 'ArrowDown') return { type: 'focus', delta: 1 }
  if (key in tagKeys) return { type: 'tag', tag: tagKeys[key] ?? null }
  if (key === 'p' || key === 'P') return { type: 'toggle-plan' }
  if (key === 'a' || key === 'A') return { type: 'approve' }
  if (key === 'h' || key === 'H') return { type: 'toggle-hidden' }
  if (key === 'm' || key === 'M') return { type: 'merge-up' }
  return null
}
