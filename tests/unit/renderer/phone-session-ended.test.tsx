// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

const submit = vi.fn()
vi.mock('../../../src/renderer/src/participant/api', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  participantApi: { submit: (...args: unknown[]) => submit(...args) as unknown }
}))

const { useSendContribution } =
  await import('../../../src/renderer/src/participant/use-send-contribution')

describe('a phone sending a card after the facilitator closed the session', () => {
  it('passes on why it ended, so the phone says "de sessie is afgelopen", not a lost connection', async () => {
    const ended = { kind: 'unauthorized', message: 'De sessie is afgelopen.', sessionEnded: true }
    submit.mockResolvedValue({ ok: false, error: ended })
    const onEnded = vi.fn()
    const { result } = renderHook(() =>
      useSendContribution({
        token: 't',
        refresh: () => Promise.resolve(),
        onEnded,
        restore: () => undefined
      })
    )
    await act(() => result.current.send('stap1-vraag-1', 'Nog een idee'))
    expect(onEnded).toHaveBeenCalledWith(ended)
  })
})
