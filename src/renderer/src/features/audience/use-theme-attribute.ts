import { useEffect } from 'react'
import type { Theme } from '../presenter/presenter-store'

/** The theme's tokens hang on <html data-theme>, so native controls and the page follow it. */
export function useThemeAttribute(theme: Theme | null): void {
  useEffect(() => {
    if (theme) document.documentElement.dataset.theme = theme
  }, [theme])
}
