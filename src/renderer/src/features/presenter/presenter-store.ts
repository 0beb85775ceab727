import { create } from 'zustand'

export const minTextScale = 0.8
export const maxTextScale = 2.4
const scaleStep = 0.1
const storageKey = 'samenspel.presenter'

interface PresenterState {
  /** Presenter mode: fullscreen, large high-contrast text, no facilitator controls. */
  presenting: boolean
  highContrast: boolean
  /** B on a clicker: the projector shows black until any key is pressed. */
  blanked: boolean
  textScale: number
  setPresenting(on: boolean): void
  toggleHighContrast(): void
  setBlanked(on: boolean): void
  changeTextScale(direction: 1 | -1): void
  resetTextScale(): void
}

function stored(): Pick<PresenterState, 'highContrast' | 'textScale'> {
  try {
    const parsed = JSON.parse(localStorage.getItem(storageKey) ?? '{}') as Partial<PresenterState>
    return {
      highContrast: parsed.highContrast === true,
      textScale: typeof parsed.textScale === 'number' ? parsed.textScale : 1
    }
  } catch {
    return { highContrast: false, textScale: 1 }
  }
}

const clampScale = (value: number) =>
  Math.round(Math.min(maxTextScale, Math.max(minTextScale, value)) * 10) / 10

export const usePresenterStore = create<PresenterState>((set, get) => {
  const save = () => {
    const { highContrast, textScale } = get()
    localStorage.setItem(storageKey, JSON.stringify({ highContrast, textScale }))
  }
  return {
    presenting: false,
    blanked: false,
    ...stored(),
    setPresenting: (on) => set({ presenting: on, blanked: false }),
    toggleHighContrast() {
      set({ highContrast: !get().highContrast })
      save()
    },
    setBlanked: (on) => set({ blanked: on }),
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
