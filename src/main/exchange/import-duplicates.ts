import { createHash } from 'node:crypto'
import type { ApiOutput } from '../../shared/api/contract'
import type { ServiceContext } from '../services/service-context'

export type EarlierImport = ApiOutput<'session.importCheck'>['earlier'][number]

/** The file's fingerprint: the same bytes (after a byte order mark) give the same digest. */
export function fileDigest(content: string): string {
  return createHash('sha256')
    .update(content.replace(/^\uFEFF/, ''))
    .digest('hex')
}

/** The id of the session the file was exported from, when the file says one. */
export function sourceSessionIdOf(content: string): string | null {
  try {
    const json = JSON.parse(content.replace(/^\uFEFF/, '')) as { session?: { id?: unknown } }
    const id = json?.session?.id
    return typeof id === 'string' ? id : null
  } catch {
    return null
  }
}

/**
 * Sessions on this laptop that hold what this file holds: one imported from the same file or
 * from another export of the same session, and the session it was exported from itself.
 */
export function earlierImports(ctx: ServiceContext, content: string): EarlierImport[] {
  const { repos } = ctx
  const digest = fileDigest(content)
  const sourceId = sourceSessionIdOf(content) ?? ''
  const found: EarlierImport[] = []
  const source = sourceId ? repos.sessions.get(sourceId) : undefined
  if (source) {
    found.push({ sessionId: source.id, title: source.title, date: source.date, importedAt: null })
  }
  for (const entry of repos.choices.importsLike(digest, sourceId)) {
    const session = repos.sessions.get(entry.sessionId)
    if (!session) continue
    found.push({
      sessionId: session.id,
      title: session.title,
      date: session.date,
      importedAt: entry.importedAt
    })
  }
  return found
}
