import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter'

/** The list reporter shows a skipped test as a dash; say why, so a skip is never silent. */
export default class SkipReasonReporter implements Reporter {
  private readonly skipped: string[] = []

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return
    const reason = test.annotations.find((a) => a.type === 'skip')?.description ?? 'no reason given'
    this.skipped.push(`  SKIPPED ${test.titlePath().slice(1).join(' › ')}\n    because: ${reason}`)
  }

  onEnd(): void {
    if (this.skipped.length > 0) console.log(`\n${this.skipped.join('\n')}\n`)
  }

  printsToStdio(): boolean {
    return false
  }
}
