import { create } from 'zustand'

export const minTextScale = 0.8
export const maxTextScale = 2.4
const scaleStep = 0.1
const storageKey = 'samenspel.presenter'

export const themes = ['light', 'dark', 'contrast'] as const
export type Theme = (typeof themes)[number]

interface PresenterState {
  /** Presenter mode: the audience view fullscreen, driven by keyboard or clicker. */
  presenting: boolean
  theme: Theme
  /** B on a clicker: the audience view shows black until any key is pressed. */
  blanked: boolean
  /** The join address, code and QR code are on the audience view. */
  showJoin: boolean
  textScale: number
  setPresenting(on: boolean): void
  setTheme(theme: Theme): void
  setBlanked(on: boolean): void
  setShowJoin(on: boolean): void
  changeTextScale(direction: 1 | -1): void
  resetTextScale(): void
}

function storedTheme(parsed: { theme?: unknown; highContrast?: unknown }): Theme {
  if (themes.includes(parsed.theme as Theme)) return parsed.theme as Theme
  // Before themes there was only a high-contrast switch.
  return parsed.highContrast === true ? 'contrast' : 'light'
}

function stored(): Pick<PresenterState, 'theme' | 'textScale'> {
  try {
    const parsed = JSON.parse(localStorage.getItem(storageKey) ?? '{}') as Record<string, unknown>
    return {
      theme: storedTheme(parsed),
      textScale: typeof parsed.textScale === 'number' ? parsed.textScale : 1
    }
  } catch {
    return { theme: 'light', textScale: 1 }
  }
}

const clampScale = (value: number) =>
  Math.round(Math.min(maxTextScale, Math.max(minTextScale, value)) * 10) / 10

export const usePresenterStore = create<PresenterState>((set, get) => {
  const save = () => {
    const { theme, textScale } = get()
    localStorage.setItem(storageKey, JSON.stringify({ theme, textScale }))
  }
  return {
    presenting: false,
    blanked: false,
    showJoin: false,
    ...stored(),
    setPresenting: (on) => set({ presenting: on, blanked: false }),
    setTheme(theme) {
      set({ theme })
      save()
    },
    setBlanked: (on) => set({ blanked: on }),
    setShowJoin: (on) => set({ showJoin: on }),
    changeTextScale(direction) {
      set({ textScale: clampScale(get().textScale + direction * scaleStep) })
      save()
    },
    resetTextScale() {
      set({ textScale: 1 })
      save()
    }
  }
})
