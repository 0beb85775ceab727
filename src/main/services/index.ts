import { randomUUID } from 'node:crypto'
import type { ApiHandlers, ApiOutput } from '../../shared/api/contract'
import type { ContentBundle } from '../../shared/content/content-bundle'
import { createBoardService } from '../board/board-service'
import { createBusyGate, shortBusyTimeoutMs, type BusyGate } from '../db/busy-retry'
import { createChangeVersionStore } from '../db/change-version-store'
import { createRepositories } from '../db/repositories'
import type { Db } from '../db/types'
import type { NetworkInterface } from '../../shared/domain/joining'
// A port only (its type): the participant server is built by the composition root (core.ts).
import type { ParticipantHost } from '../participant/participant-host'
import { createActionService } from './action-service'
import { createAppService, type DesktopCapabilities } from './app-service'
import { createBackupService, type BackupServiceOptions } from './backup-service'
import { createChangeNotifier, notifyingRepositories, type ChangeNotifier } from './change-notifier'
import { createContentIds } from './content-ids'
import { createContributionService } from './contribution-service'
import { createDemoService } from './demo-service'
import { createExchangeService } from './exchange-service'
import { endJoiningRoundAfterRestore } from './joining-after-restore'
import { createJoiningService } from './joining-service'
import { createParticipantService } from './participant-service'
import { createQuickscanService } from './quickscan-service'
import { createRespondentService } from './respondent-service'
import { createReviewService } from './review-service'
import { createSchoolService } from './school-service'
import type { ServiceContext } from './service-context'
import { createSessionService } from './session-service'
import { createStepService } from './step-service'
import { createThemeService } from './theme-service'
import { createVoteService } from './vote-service'
import { createWorkspaceService } from './workspace-service'

export type { DesktopCapabilities } from './app-service'

export interface ServicesOptions {
  db: Db
  /** The content packs, loaded and validated before the services start. */
  content: ContentBundle
  appInfo: ApiOutput<'app.info'>
  /**
   * Only the Electron host has these; without them `projector.open` answers `opened: false`
   * and `file.save` answers `saved: false`.
   */
  desktop?: DesktopCapabilities
  /** Where resources/ is, for the demo session. */
  resourcesDir: string
  /** Where participants join: the participant server, built and owned by the caller. */
  participants: ParticipantHost
  /** This computer's network addresses, to offer and check the one participants join on. */
  networkInterfaces: () => NetworkInterface[]
  /** Backups and the start-up problem; absent for an in-memory database. */
  backups?: BackupServiceOptions
  now?: () => string
  newId?: () => string
}

/**
 * What every service shares: repositories whose writes mark the session's change version (kept
 * in the database, so versions go on after a restart), content ids, the clock and the busy gate.
 */
export function createServiceContext(
  options: Pick<ServicesOptions, 'db' | 'content' | 'now' | 'newId'> & { appVersion: string }
): { ctx: ServiceContext; changes: ChangeNotifier } {
  const changes = createChangeNotifier(createChangeVersionStore(options.db))
  const ctx: ServiceContext = {
    repos: notifyingRepositories(createRepositories(options.db), changes),
    content: options.content,
    ids: createContentIds(options.content),
    now: options.now ?? (() => new Date().toISOString()),
    newId: options.newId ?? randomUUID,
    appVersion: options.appVersion,
    busyGate: createBusyGate({
      onHeld: (held) => options.db.pragma(`busy_timeout = ${held ? 0 : shortBusyTimeoutMs}`)
    })
  }
  return { ctx, changes }
}

/** The whole API, implemented; transports only ever see this through the dispatch. */
export function createServices(options: ServicesOptions): ApiHandlers {
  const { ctx, changes } = createServiceContext({ ...options, appVersion: options.appInfo.version })
  const joining = createJoiningService(
    ctx,
    { host: options.participants, listInterfaces: options.networkInterfaces },
    changes
  )
  // A backup made when a session closes is listed under that session's title.
  const backups = createBackupService(options.backups, (id) => ctx.repos.sessions.get(id)?.title)
  return throughGate(ctx.busyGate, {
    ...createAppService(ctx, options.appInfo, options.desktop),
    ...createSessionService(ctx),
    ...createSchoolService(ctx),
    ...createDemoService(ctx, options.resourcesDir),
    ...createParticipantService(ctx),
    ...createWorkspaceService(ctx),
    ...createContributionService(ctx),
    ...createStepService(ctx),
    ...createActionService(ctx),
    ...createReviewService(ctx),
    ...createQuickscanService(ctx),
    ...createRespondentService(ctx),
    ...createVoteService(ctx),
    ...createThemeService(ctx),
    ...joining,
    ...createExchangeService(ctx),
    ...backups,
    ...createBoardService(ctx),
    // The restored data does not know the devices that joined since: that round ends cleanly.
    'backup.restore': async (input) => {
      const restored = await backups['backup.restore'](input)
      await endJoiningRoundAfterRestore(ctx, options.participants, changes)
      return restored
    },
    // Leaving a session ends its participant joining before the backup is made.
    'session.close': async (input) => {
      await joining['joining.stop'](input)
      return backups['session.close'](input)
    }
  })
}

/** Every handler waits (without blocking) for a database another program holds. */
function throughGate(gate: BusyGate, handlers: ApiHandlers): ApiHandlers {
  const wrapped = Object.entries(handlers).map(([method, handler]) => [
    method,
    (input: unknown) => gate.run(() => (handler as (input: unknown) => unknown)(input))
  ])
  return Object.fromEntries(wrapped) as ApiHandlers
}
