import type { ApiHandlers } from '../../shared/api/contract'
import type { CardTheme } from '../../shared/domain/votes'
import { ServiceError } from './service-error'
import type { ServiceContext } from './service-context'
import { changeSession, sessionNotFound } from './session-service'

type ThemeHandlers = Pick<
  ApiHandlers,
  'theme.list' | 'theme.create' | 'theme.rename' | 'theme.delete' | 'theme.assign'
>

const themeNotFound = (): ServiceError => new ServiceError('not_found', 'error.themeNotFound')

/** Cards grouped under a name per screen, so the team can vote on a theme as one. */
export function createThemeService(ctx: ServiceContext): ThemeHandlers {
  const { repos } = ctx
  const existing = (id: string): CardTheme => {
    const theme = repos.themes.get(id)
    if (!theme) throw themeNotFound()
    return theme
  }
  return {
    'theme.list': ({ sessionId }) => {
      if (!repos.sessions.get(sessionId)) throw sessionNotFound()
      return repos.themes.listForSession(sessionId)
    },
    'theme.create': ({ sessionId, id, screenId, title }) =>
      changeSession(ctx, sessionId, (now) => {
        const stored = repos.themes.get(id)
        if (stored?.sessionId === sessionId) return stored
        if (stored) throw new ServiceError('validation', 'error.themeForeign')
        ctx.ids.check('cardScreen', screenId)
        repos.themes.insert({ id, sessionId, screenId, title }, now)
        return existing(id)
      }),
    'theme.rename': ({ id, title }) => {
      const theme = existing(id)
      return changeSession(ctx, theme.sessionId, () => {
        repos.themes.rename(id, title)
        return existing(id)
      })
    },
    'theme.delete': ({ id }) => {
      const theme = existing(id)
      return changeSession(ctx, theme.sessionId, () => {
        repos.themes.delete(id)
        return { id }
      })
    },
    'theme.assign': ({ contributionId, themeId }) => {
      const stored = repos.contributions.get(contributionId)
      if (!stored || stored.deleted) {
        throw new ServiceError('not_found', 'error.themeCardNotFound')
      }
      const { card } = stored
      const theme = themeId === null ? null : existing(themeId)
      if (theme && (theme.sessionId !== card.sessionId || theme.screenId !== card.screenId)) {
        throw new ServiceError('validation', 'error.themeOtherQuestion')
      }
      return changeSession(ctx, card.sessionId, () => {
        repos.themes.assign(contributionId, themeId)
        return repos.themes.listForSession(card.sessionId)
      })
    }
  }
}
