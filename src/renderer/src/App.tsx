import { useEffect } from 'react'
import { LanguageSwitch } from './components/LanguageSwitch'
import { ProjectorView } from './features/projector/ProjectorView'
import { SchoolPage } from './features/school/SchoolPage'
import { SessionShell } from './features/session/SessionShell'
import { StartScreen } from './features/start/StartScreen'
import { useLocaleStore, useT } from './i18n'
import { useRouteStore } from './stores/route-store'

export function App() {
  const t = useT()
  const route = useRouteStore((state) => state.route)
  const locale = useLocaleStore((state) => state.locale)
  useEffect(() => {
    document.documentElement.lang = locale
    if (route.name === 'start') document.title = t('app.name')
  }, [locale, t, route.name])

  if (route.name === 'projector') return <ProjectorView sessionId={route.sessionId} />
  if (route.name === 'session') {
    return (
      <SessionShell key={route.sessionId} sessionId={route.sessionId} screenId={route.screenId} />
    )
  }
  return (
    <>
      <header className="app-header">
        <div>
          <span className="app-name">{t('app.name')}</span>
          <span className="app-tagline">{t('app.tagline')}</span>
        </div>
        <LanguageSwitch />
      </header>
      {route.name === 'school' ? (
        <SchoolPage key={route.schoolId} schoolId={route.schoolId} />
      ) : (
        <StartScreen />
      )}
    </>
  )
}
