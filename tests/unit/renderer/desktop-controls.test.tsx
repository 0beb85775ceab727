// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'

// The desktop app's preload: window.api exists before the renderer's modules load.
const invoke = vi.fn(async (method: string, _input: unknown) => ({
  ok: true,
  data: method === 'projector.close' ? { closed: true } : null
}))
const api = new Proxy(
  {},
  { get: (_target, method: string) => (input: unknown) => invoke(method, input) }
)
Object.defineProperty(window, 'api', { value: api, configurable: true })

const { FirewallNote } = await import('../../../src/renderer/src/features/desktop/FirewallNote')
const { CloseProjectorButton } =
  await import('../../../src/renderer/src/features/desktop/CloseProjectorButton')

afterEach(cleanup)

describe('in the desktop app', () => {
  it('the joining panel explains the firewall prompt and what to choose', () => {
    render(<FirewallNote />)
    expect(
      screen.getByRole('heading', {
        name: 'Vraagt de computer of Samenspel het netwerk mag gebruiken?'
      })
    ).toBeTruthy()
    expect(screen.getByText(/laat alleen "Privénetwerken" aangevinkt/)).toBeTruthy()
    expect(screen.getByText('Komt geen enkele telefoon binnen?')).toBeTruthy()
    expect(screen.getByText(/hetzelfde wifi-netwerk/)).toBeTruthy()
  })

  it('closes the projector window through the API', async () => {
    render(<CloseProjectorButton />)
    fireEvent.click(screen.getByRole('button', { name: 'Projectorvenster sluiten' }))
    await vi.waitFor(() => expect(invoke).toHaveBeenCalledWith('projector.close', {}))
  })
})
