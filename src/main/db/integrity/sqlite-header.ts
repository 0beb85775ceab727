/** What the first bytes of a file say about it, read without SQLite (which may refuse it). */

const magic = Buffer.from('SQLite format 3\0', 'latin1')
export const headerSize = 100

export function hasSqliteMagic(head: Buffer): boolean {
  return head.length >= magic.length && head.subarray(0, magic.length).equals(magic)
}

/** The page size the header declares, or undefined when it is not one SQLite can write. */
export function declaredPageSize(head: Buffer): number | undefined {
  if (head.length < headerSize) return undefined
  const raw = head.readUInt16BE(16)
  const size = raw === 1 ? 65536 : raw
  const powerOfTwo = (size & (size - 1)) === 0
  return size >= 512 && size <= 65536 && powerOfTwo ? size : undefined
}

/**
 * The page count the header declares; SQLite only trusts it when the change counter matches
 * the version-valid-for number, and so do we (undefined otherwise).
 */
export function declaredPageCount(head: Buffer): number | undefined {
  if (head.length < headerSize) return undefined
  const count = head.readUInt32BE(28)
  const valid = count > 0 && head.readUInt32BE(24) === head.readUInt32BE(92)
  return valid ? count : undefined
}

/**
 * Whether a file without SQLite's header still has SQLite's page structure behind it: whole
 * pages, and a b-tree page (table 0x0D or interior 0x05) where the schema's root starts at
 * byte 100. That is a database whose header was overwritten rather than some other file.
 */
export function looksLikeSqlitePages(head: Buffer, fileSize: number): boolean {
  if (fileSize < 512 || fileSize % 512 !== 0 || head.length <= headerSize) return false
  return head[headerSize] === 0x0d || head[headerSize] === 0x05
}
