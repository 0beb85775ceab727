// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { playChime } from '../../../src/renderer/src/features/timer/chime'
import { Timer } from '../../../src/renderer/src/features/timer/Timer'
import { createTimer, start } from '../../../src/renderer/src/features/timer/timer-logic'
import { timerKey, useTimerStore } from '../../../src/renderer/src/features/timer/timer-store'

const key1 = timerKey('sessie-a', 'vraag-1')

const t0 = new Date('2025-03-10T14:00:00Z').getTime()

function advance(ms: number): void {
  act(() => {
    vi.advanceTimersByTime(ms)
  })
}

function clock(): HTMLElement {
  return screen.getByRole('timer')
}

function click(name: string): void {
  fireEvent.click(screen.getByRole('button', { name }))
}

function renderTimer(screenId = 'vraag-1', session = 'sessie-a') {
  const chime = vi.fn()
  const view = render(<Timer sessionId={session} screenId={screenId} chime={chime} />)
  return { chime, view }
}

beforeEach(() => {
  vi.useFakeTimers({ now: t0 })
  sessionStorage.clear()
  localStorage.clear()
  useTimerStore.setState({ timers: {}, muted: false })
})

afterEach(() => {
  cleanup()
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('Timer', () => {
  it('counts down once started, with the time left spelled out for screen readers', () => {
    renderTimer()
    expect(clock().textContent).toBe('5:00')
    click('Start')
    advance(30_000)
    expect(clock().textContent).toBe('4:30')
    expect(clock().getAttribute('aria-label')).toBe('Resterende tijd 4 minuten 30 seconden')
  })

  it('stops counting while paused and resumes where it stopped', () => {
    renderTimer()
    click('Start')
    advance(10_000)
    click('Pauze')
    advance(60_000)
    expect(clock().textContent).toBe('4:50')
    expect(screen.getByText('Gepauzeerd', { selector: '.timer-phase' })).toBeTruthy()
    click('Start')
    advance(5_000)
    expect(clock().textContent).toBe('4:45')
  })

  it('adds a minute with "+1 min", also while running', () => {
    renderTimer()
    click('+1 min')
    expect(clock().textContent).toBe('6:00')
    click('Start')
    advance(20_000)
    click('+1 min')
    advance(250)
    expect(clock().textContent).toBe('6:40')
  })

  it('uses the duration typed in, and resets to it', () => {
    renderTimer()
    fireEvent.change(screen.getByLabelText('Minuten'), { target: { value: '2' } })
    expect(clock().textContent).toBe('2:00')
    click('Start')
    expect(screen.getByLabelText<HTMLInputElement>('Minuten').disabled).toBe(true)
    advance(45_000)
    click('Reset')
    expect(clock().textContent).toBe('2:00')
    expect(screen.getByRole('button', { name: 'Start' })).toBeTruthy()
  })

  it('shows "Tijd is om" at zero and chimes exactly once', () => {
    const { chime, view } = renderTimer()
    fireEvent.change(screen.getByLabelText('Minuten'), { target: { value: '1' } })
    click('Start')
    advance(59_000)
    expect(chime).not.toHaveBeenCalled()
    advance(1_000)
    expect(clock().textContent).toBe('0:00')
    expect(screen.getByText('Tijd is om', { selector: '.timer-phase' })).toBeTruthy()
    expect(view.container.querySelector('.timer--done')).not.toBeNull()
    advance(30_000)
    view.rerender(<Timer sessionId="sessie-a" screenId="vraag-1" chime={chime} />)
    expect(chime).toHaveBeenCalledTimes(1)
  })

  it('does not chime for a time that ran out before the timer was shown', () => {
    const ranOut = start(createTimer(60_000), t0 - 5 * 60_000)
    useTimerStore.setState({ timers: { [key1]: ranOut } })
    const { chime } = renderTimer()
    advance(1_000)
    expect(screen.getByText('Tijd is om', { selector: '.timer-phase' })).toBeTruthy()
    expect(chime).not.toHaveBeenCalled()
  })

  it('stays silent at zero when the sound is switched off', () => {
    const { chime } = renderTimer()
    fireEvent.click(screen.getByLabelText('Geluidssignaal als de tijd om is'))
    expect(localStorage.getItem('samenspel.timer.muted')).toBe('true')
    fireEvent.change(screen.getByLabelText('Minuten'), { target: { value: '1' } })
    click('Start')
    advance(61_000)
    expect(screen.getByText('Tijd is om', { selector: '.timer-phase' })).toBeTruthy()
    expect(chime).not.toHaveBeenCalled()
  })

  it('turns orange at 20% and red at 5% of the time', () => {
    const { view } = renderTimer()
    click('Start')
    advance(4 * 60_000 - 1_000)
    expect(view.container.querySelector('.timer--running')).not.toBeNull()
    advance(1_000)
    expect(view.container.querySelector('.timer--warning')).not.toBeNull()
    advance(45_000)
    expect(view.container.querySelector('.timer--critical')).not.toBeNull()
  })

  it('announces whole minutes and phase changes, not every second', () => {
    renderTimer()
    const live = screen.getByRole('status')
    click('Start')
    advance(1_000)
    expect(live.textContent).toBe('Nog 5 minuten')
    advance(58_000)
    expect(live.textContent).toBe('Nog 5 minuten')
    advance(1_000)
    expect(live.textContent).toBe('Nog 4 minuten')
    advance(3 * 60_000)
    expect(live.textContent).toBe('Bijna tijd, nog 1 minuut')
    advance(60_000)
    expect(live.textContent).toBe('Tijd is om')
  })

  it('keeps each screen its own timer, and a running one runs on while another is shown', () => {
    const { chime, view } = renderTimer('vraag-1')
    click('Start')
    advance(10_000)
    view.rerender(<Timer sessionId="sessie-a" screenId="vraag-2" chime={chime} />)
    expect(clock().textContent).toBe('5:00')
    advance(20_000)
    view.rerender(<Timer sessionId="sessie-a" screenId="vraag-1" chime={chime} />)
    advance(250)
    expect(clock().textContent).toBe('4:30')
  })

  it("keeps one session's timer out of another's, on the same screen", () => {
    const { chime, view } = renderTimer('vraag-1', 'sessie-a')
    click('Start')
    advance(6 * 60_000)
    expect(screen.getAllByText('Tijd is om').length).toBeGreaterThan(0)
    view.rerender(<Timer sessionId="sessie-b" screenId="vraag-1" chime={chime} />)
    expect(clock().textContent).toBe('5:00')
    expect(screen.getAllByText('Klaar om te starten').length).toBeGreaterThan(0)
    expect(screen.queryAllByText('Tijd is om')).toEqual([])
  })

  it('says which minutes are allowed instead of silently using another number', () => {
    renderTimer()
    const field = screen.getByLabelText('Minuten')
    for (const typed of ['0', '-5', '999', '2.5']) {
      fireEvent.change(field, { target: { value: typed } })
      expect(screen.getByRole('alert').textContent, typed).toBe(
        'Kies een heel aantal minuten, van 1 tot en met 180. De timer blijft op 5.'
      )
      expect(field.getAttribute('aria-invalid')).toBe('true')
    }
    fireEvent.blur(field)
    expect(screen.getByRole('alert')).toBeTruthy()
    fireEvent.change(field, { target: { value: '7' } })
    expect(screen.queryByRole('alert')).toBeNull()
    expect(clock().textContent).toBe('7:00')
  })

  it('does no timed work while the timer is not running', () => {
    renderTimer()
    expect(vi.getTimerCount()).toBe(0)
    click('Start')
    expect(vi.getTimerCount()).toBe(1)
    click('Pauze')
    expect(vi.getTimerCount()).toBe(0)
  })

  it('exposes toggle and addMinute for keyboard shortcuts', () => {
    renderTimer()
    act(() => useTimerStore.getState().toggle(key1))
    advance(5_000)
    expect(clock().textContent).toBe('4:55')
    act(() => useTimerStore.getState().addMinute(key1))
    act(() => useTimerStore.getState().toggle(key1))
    expect(clock().textContent).toBe('5:55')
    expect(screen.getByRole('button', { name: 'Start' })).toBeTruthy()
  })
})

describe('timer store after a reload', () => {
  it('restores a running timer from session storage with the right time left', async () => {
    useTimerStore.getState().start(key1)
    vi.advanceTimersByTime(90_000)
    vi.resetModules()
    const reloaded = await import('../../../src/renderer/src/features/timer/timer-store')
    const { remainingMs } = await import('../../../src/renderer/src/features/timer/timer-logic')
    const restored = reloaded.useTimerStore.getState().timers[key1]!
    expect(remainingMs(restored, Date.now())).toBe(5 * 60_000 - 90_000)
  })

  it('ignores stored timers it cannot read', async () => {
    sessionStorage.setItem(
      'samenspel.timers',
      JSON.stringify({ state: { timers: { 'vraag-1': { durationMs: 'lang' } } }, version: 1 })
    )
    vi.resetModules()
    const reloaded = await import('../../../src/renderer/src/features/timer/timer-store')
    expect(reloaded.useTimerStore.getState().timers).toEqual({})
  })
})

describe('playChime', () => {
  function fakeAudio() {
    const tones: number[] = []
    const close = vi.fn(async () => undefined)
    const param = { value: 0, setValueAtTime: vi.fn(), exponentialRampToValueAtTime: vi.fn() }
    class FakeAudioContext {
      currentTime = 0
      destination = {}
      resume = vi.fn(async () => undefined)
      close = close
      createGain() {
        return { gain: param, connect: (next: unknown) => next }
      }
      createOscillator() {
        const oscillator = {
          type: '',
          frequency: { value: 0 },
          connect: (next: unknown) => next,
          start: () => tones.push(oscillator.frequency.value),
          stop: vi.fn()
        }
        return oscillator
      }
    }
    vi.stubGlobal('AudioContext', FakeAudioContext)
    return { tones, close }
  }

  it('plays two soft descending tones and then releases the audio device', () => {
    const { tones, close } = fakeAudio()
    playChime()
    expect(tones).toEqual([659.25, 523.25])
    expect(close).not.toHaveBeenCalled()
    vi.advanceTimersByTime(2_000)
    expect(close).toHaveBeenCalledTimes(1)
  })

  it('does nothing where Web Audio is missing', () => {
    vi.stubGlobal('AudioContext', undefined)
    expect(() => playChime()).not.toThrow()
  })
})
