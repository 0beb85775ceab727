import {
  sessionFileExtension,
  sessionFileFormat,
  sessionFileFormatVersion,
  type SessionFile
} from '../../shared/exchange/session-file'
import { findQuickscan } from '../services/quickscan-service'
import type { ServiceContext } from '../services/service-context'
import { loadSession, sessionNotFound } from '../services/session-service'
import { anonymous } from '../services/vote-service'
import { loadWorkspace } from '../services/workspace-service'
import { safeFileName } from './file-name'

/** The whole session as one `*.samenspel.json` document; see `sessionFileSchema`. */
export function exportSessionFile(ctx: ServiceContext, sessionId: string): SessionFile {
  const { repos, content } = ctx
  const { participants, id, title, school, team, date, facilitator, createdAt, updatedAt } =
    loadSession(ctx, sessionId)
  const schoolId = repos.sessions.get(sessionId)?.schoolId
  const place = schoolId ? repos.schools.getSchool(schoolId) : undefined
  const nextMeeting = repos.sessions.nextMeeting(sessionId)
  if (!nextMeeting) throw sessionNotFound()
  return {
    format: sessionFileFormat,
    formatVersion: sessionFileFormatVersion,
    exportedAt: ctx.now(),
    appVersion: ctx.appVersion,
    content: {
      kwaliteitskaart: { id: content.kwaliteitskaart.id, version: content.kwaliteitskaart.version },
      quickscan: { id: content.quickscan.id, version: content.quickscan.version }
    },
    session: {
      id,
      title,
      school,
      team,
      date,
      facilitator,
      createdAt,
      updatedAt,
      ...(place ? { sector: place.sector, board: place.board } : {})
    },
    participants,
    workspace: loadWorkspace(ctx, sessionId),
    actions: repos.actions.listForSession(sessionId),
    actionReviews: repos.reviews
      .listForSession(sessionId)
      .map(({ actionId, outcome, note }) => ({ actionId, outcome, note })),
    nextMeeting,
    quickscan: findQuickscan(ctx, sessionId),
    themes: repos.themes
      .listForSession(sessionId)
      .map(({ id, screenId, title, position, cardIds }) => ({
        id,
        screenId,
        title,
        position,
        cardIds
      })),
    // Numbered voters, as the facilitator's screen shows them: no device id leaves the laptop.
    votes: repos.votes.listForSession(sessionId).map((stored) => {
      const { id, title, dotsPerPerson, status, options, ballots, paper, createdAt } =
        anonymous(stored)
      return { id, title, dotsPerPerson, status, options, ballots, paper, createdAt }
    })
  }
}

/** `<title> <yyyy-mm-dd>.samenspel.json`, safe on every system. */
export function sessionFileName(file: SessionFile): string {
  return safeFileName(`${file.session.title} ${file.session.date}`, sessionFileExtension)
}

/** Pretty-printed, so a trainer can read the file and a version control system diff it. */
export function serialiseSessionFile(file: SessionFile): string {
  return `${JSON.stringify(file, null, 2)}\n`
}
