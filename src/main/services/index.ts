import { randomUUID } from 'node:crypto'
import type { ApiHandlers, ApiOutput } from '../../shared/api/contract'
import type { ContentBundle } from '../../shared/content/content-bundle'
import { createChangeVersionStore } from '../db/change-version-store'
import { createRepositories } from '../db/repositories'
import type { Db } from '../db/types'
import { createParticipantHost, type ParticipantHost } from '../participant/participant-host'
import { createActionService } from './action-service'
import { createAppService, type DesktopCapabilities } from './app-service'
import { createBackupService, type BackupServiceOptions } from './backup-service'
import { createChangeNotifier, notifyingRepositories } from './change-notifier'
import { createContentIds } from './content-ids'
import { createContributionService } from './contribution-service'
import { createDemoService } from './demo-service'
import { createExchangeService } from './exchange-service'
import { createJoiningService } from './joining-service'
import { createParticipantService } from './participant-service'
import { createQuickscanService } from './quickscan-service'
import { createRespondentService } from './respondent-service'
import { createReviewService } from './review-service'
import { createSchoolService } from './school-service'
import type { ServiceContext } from './service-context'
import { createSessionService } from './session-service'
import { createStepService } from './step-service'
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
  /** Where participants join; without one, joining starts a server that serves no page. */
  participants?: ParticipantHost
  /** Backups and the start-up problem; absent for an in-memory database. */
  backups?: BackupServiceOptions
  now?: () => string
  newId?: () => string
}

/** The whole API, implemented; transports only ever see this through the dispatch. */
export function createServices(options: ServicesOptions): ApiHandlers {
  const changes = createChangeNotifier(createChangeVersionStore(options.db))
  const ctx: ServiceContext = {
    repos: notifyingRepositories(createRepositories(options.db), changes),
    content: options.content,
    ids: createContentIds(options.content),
    now: options.now ?? (() => new Date().toISOString()),
    newId: options.newId ?? randomUUID,
    appVersion: options.appInfo.version
  }
  const joining = createJoiningService(
    ctx,
    options.participants ?? createParticipantHost(),
    changes
  )
  const backups = createBackupService(options.backups)
  return {
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
    ...joining,
    ...createExchangeService(ctx),
    ...backups,
    // Leaving a session ends its participant joining before the backup is made.
    'session.close': async (input) => {
      await joining['joining.stop'](input)
      return backups['session.close'](input)
    }
  }
}
