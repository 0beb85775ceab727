// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { JoiningSetup } from '../../../src/renderer/src/features/joining/JoiningSetup'
import {
  recallJoining,
  rememberJoining
} from '../../../src/renderer/src/features/joining/joining-memory'

const a = '11111111-1111-4111-8111-111111111111'
const b = '22222222-2222-4222-8222-222222222222'
const interfaces = [
  { name: 'eth0', address: '192.168.1.20', private: true },
  { name: 'wlan0', address: '10.0.0.5', private: true }
]

afterEach(() => {
  cleanup()
  localStorage.clear()
})

describe('joining settings, remembered when joining is switched off', () => {
  it('switches on again with what was chosen last time in this session', () => {
    rememberJoining(a, '10.0.0.5', {
      requireNames: true,
      moderation: true,
      openScreenIds: ['stap1-vraag-2'],
      quickscanOpen: false
    })
    const onStart = vi.fn()
    render(<JoiningSetup interfaces={interfaces} remembered={recallJoining(a)} onStart={onStart} />)
    expect((screen.getByLabelText(/Netwerk/) as HTMLSelectElement).value).toBe('10.0.0.5')
    expect((screen.getByLabelText(/Bijdragen eerst goedkeuren/) as HTMLInputElement).checked).toBe(
      true
    )
    fireEvent.click(screen.getByRole('button', { name: 'Zet meedoen aan' }))
    expect(onStart).toHaveBeenCalledWith('10.0.0.5', {
      requireNames: true,
      moderation: true,
      openScreenIds: ['stap1-vraag-2'],
      quickscanOpen: false
    })
  })

  it("gives another session the habits but not the other meeting's open screens", () => {
    rememberJoining(a, '10.0.0.5', {
      requireNames: true,
      moderation: true,
      openScreenIds: ['stap1-vraag-2'],
      quickscanOpen: true
    })
    expect(recallJoining(b)).toMatchObject({
      moderation: true,
      requireNames: true,
      openScreenIds: []
    })
  })

  it('falls back to the first network when the remembered one is gone, and ignores junk', () => {
    rememberJoining(a, '172.16.0.9', {
      requireNames: false,
      moderation: false,
      openScreenIds: [],
      quickscanOpen: false
    })
    render(<JoiningSetup interfaces={interfaces} remembered={recallJoining(a)} onStart={vi.fn()} />)
    expect((screen.getByLabelText(/Netwerk/) as HTMLSelectElement).value).toBe('192.168.1.20')
    localStorage.setItem(`samenspel.joining.${b}`, '{"moderation":"ja"}')
    localStorage.removeItem('samenspel.joining.last')
    expect(recallJoining(b).moderation).toBe(false)
  })
})
