import { useMemo } from 'react'
import type { QuickscanPack } from '../../../../shared/content/quickscan'
import type { PreviousQuickscan, Quickscan } from '../../../../shared/domain/quickscan'
import {
  compareQuickscans,
  type QuickscanComparison
} from '../../../../shared/domain/quickscan-comparison'

/** The comparison with the earlier scan, or null when there is none or it cannot be compared. */
export function useComparison(
  pack: QuickscanPack,
  quickscan: Quickscan,
  previous: PreviousQuickscan | null
): QuickscanComparison | null {
  return useMemo(() => {
    if (!previous) return null
    const result = compareQuickscans(
      pack,
      { packVersion: quickscan.packVersion, respondents: quickscan.respondents },
      { packVersion: previous.quickscan.packVersion, respondents: previous.quickscan.respondents }
    )
    return result.ok ? result.comparison : null
  }, [pack, quickscan.packVersion, quickscan.respondents, previous])
}
