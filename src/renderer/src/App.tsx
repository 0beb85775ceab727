import { useEffect } from 'react'
import { LanguageSwitch } from './components/LanguageSwitch'
import { SessionScreen } from './features/session/SessionScreen'
import { StartScreen } from './features/start/StartScreen'
import { useLocaleStore, useT } from './i18n'
import { useRouteStore } from './stores/route-store'

export function App() {
  const t = useT()
  const route = useRouteStore((state) => state.route)
  const locale = useLocaleStore((state) => state.locale)
  useEffect(() => {
    document.documentElement.lang = locale
    document.title = t('app.name')
  }, [locale, t])

  return (
    <>
      <header className="app-header">
        <div>
          <span className="app-name">{t('app.name')}</span>
          <span className="app-tagline">{t('app.tagline')}</span>
        </div>
        <LanguageSwitch />
      </header>
      {route.name === 'session' ? (
        <SessionScreen key={route.sessionId} sessionId={route.sessionId} />
      ) : (
        <StartScreen />
      )}
    </>
  )
}
