import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { ParticipantApp } from './ParticipantApp'
import '../theme.css'
import './participant.css'

const root = document.getElementById('root')
if (!root) throw new Error('participant.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <ParticipantApp />
  </StrictMode>
)
