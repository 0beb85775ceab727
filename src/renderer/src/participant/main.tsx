import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { phoneLocale, t } from './i18n'
import { ParticipantApp } from './ParticipantApp'
import './participant.css'

// The page speaks the phone's language; the session's own texts carry lang="nl" themselves.
document.documentElement.lang = phoneLocale()
document.title = t('phone.pageTitle')

const root = document.getElementById('root')
if (!root) throw new Error('participant.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <ParticipantApp />
  </StrictMode>
)
