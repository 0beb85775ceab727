import type { CardTheme } from '../../shared/domain/votes'
import type { Db } from './types'

interface ThemeRow {
  id: string
  session_id: string
  screen_id: string
  title: string
  position: number
}

/** Named groups of cards on a screen; a card is in one theme at most. */
export function createThemeRepository(db: Db) {
  const themesStmt = db.prepare<[string], ThemeRow>(
    'SELECT * FROM card_themes WHERE session_id = ? ORDER BY screen_id, position, created_at'
  )
  const themeStmt = db.prepare<[string], ThemeRow>('SELECT * FROM card_themes WHERE id = ?')
  const membersStmt = db.prepare<[string], { contribution_id: string; theme_id: string }>(
    `SELECT m.contribution_id, m.theme_id FROM card_theme_members m
       JOIN card_themes t ON t.id = m.theme_id
       JOIN contributions c ON c.id = m.contribution_id
     WHERE t.session_id = ? AND c.deleted_at IS NULL
     ORDER BY m.position, c.position`
  )
  const insertStmt = db.prepare(
    `INSERT INTO card_themes (id, session_id, screen_id, title, position, created_at)
     VALUES (@id, @sessionId, @screenId, @title,
       (SELECT COUNT(*) FROM card_themes WHERE session_id = @sessionId AND screen_id = @screenId),
       @createdAt)`
  )
  const renameStmt = db.prepare('UPDATE card_themes SET title = ? WHERE id = ?')
  const deleteStmt = db.prepare('DELETE FROM card_themes WHERE id = ?')
  const joinStmt = db.prepare(
    `INSERT INTO card_theme_members (contribution_id, theme_id, position)
     VALUES (?, ?, (SELECT COUNT(*) FROM card_theme_members WHERE theme_id = ?))
     ON CONFLICT (contribution_id) DO UPDATE SET theme_id = excluded.theme_id,
       position = excluded.position`
  )
  const leaveStmt = db.prepare('DELETE FROM card_theme_members WHERE contribution_id = ?')

  const listForSession = (sessionId: string): CardTheme[] => {
    const cards = new Map<string, string[]>()
    for (const m of membersStmt.all(sessionId)) {
      cards.set(m.theme_id, [...(cards.get(m.theme_id) ?? []), m.contribution_id])
    }
    return themesStmt.all(sessionId).map((row) => ({
      id: row.id,
      sessionId: row.session_id,
      screenId: row.screen_id,
      title: row.title,
      position: row.position,
      cardIds: cards.get(row.id) ?? []
    }))
  }

  return {
    listForSession,
    get(id: string): CardTheme | undefined {
      const row = themeStmt.get(id)
      return row ? listForSession(row.session_id).find((t) => t.id === id) : undefined
    },
    insert(theme: Omit<CardTheme, 'position' | 'cardIds'>, createdAt: string): void {
      insertStmt.run({ ...theme, createdAt })
    },
    rename: (id: string, title: string) => renameStmt.run(title, id).changes > 0,
    delete: (id: string) => deleteStmt.run(id).changes > 0,
    /** Puts the card in the theme (out of any other), or out of every theme with null. */
    assign(contributionId: string, themeId: string | null): void {
      if (themeId === null) leaveStmt.run(contributionId)
      else joinStmt.run(contributionId, themeId, themeId)
    }
  }
}

export type ThemeRepository = ReturnType<typeof createThemeRepository>
