import { useEffect } from 'react'
import { BoardView } from './features/board/BoardView'
import { ProjectorWindow } from './features/audience/ProjectorWindow'
import { useThemeAttribute } from './features/audience/use-theme-attribute'
import { usePresenterStore } from './features/presenter/presenter-store'
import { SchoolPage } from './features/school/SchoolPage'
import { SettingsButton } from './features/settings/SettingsButton'
import { SessionShell } from './features/session/SessionShell'
import { StartScreen } from './features/start/StartScreen'
import { useLocaleStore, useT } from './i18n'
import { useRouteStore } from './stores/route-store'

export function App() {
  const t = useT()
  const route = useRouteStore((state) => state.route)
  const locale = useLocaleStore((state) => state.locale)
  const theme = usePresenterStore((state) => state.theme)
  // The projector window takes its theme from the facilitator's window instead.
  useThemeAttribute(route.name === 'projector' ? null : theme)
  useEffect(() => {
    document.documentElement.lang = locale
    if (route.name === 'start') document.title = t('app.name')
  }, [locale, t, route.name])

  if (route.name === 'projector') return <ProjectorWindow sessionId={route.sessionId} />
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
        <SettingsButton />
      </header>
      {route.name === 'board' ? (
        <BoardView />
      ) : route.name === 'school' ? (
        <SchoolPage key={route.schoolId} schoolId={route.schoolId} />
      ) : (
        <StartScreen />
      )}
    </>
  )
}
