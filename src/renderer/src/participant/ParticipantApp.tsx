import { useCallback, useState } from 'react'
import { JoinScreen } from './JoinScreen'
import { MainScreen } from './MainScreen'
import type { ApiError } from './api'
import { t } from './i18n'
import { clearToken, loadToken, saveToken } from './token-store'

/** Joined (a token) or not: the page has only these two states, the rest lives in MainScreen. */
export function ParticipantApp() {
  const [token, setToken] = useState(loadToken)
  const [sessionTitle, setSessionTitle] = useState('')
  const [notice, setNotice] = useState<string | null>(null)

  const joined = useCallback((newToken: string, title: string) => {
    saveToken(newToken)
    setSessionTitle(title)
    setNotice(null)
    setToken(newToken)
  }, [])

  // The server no longer knows this device: removed by the facilitator, or joining was closed
  // (then the server says so for a few seconds, and the phone says the session is over).
  const ended = useCallback((error?: ApiError) => {
    clearToken()
    setNotice(error?.sessionEnded ? t('phone.main.sessionEnded') : t('phone.join.ended'))
    setToken(null)
  }, [])

  return (
    <div className="participant">
      {token ? (
        <MainScreen token={token} initialTitle={sessionTitle} onEnded={ended} />
      ) : (
        <JoinScreen notice={notice} onJoined={joined} />
      )}
    </div>
  )
}
