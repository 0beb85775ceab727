import { existsSync } from 'node:fs'
import { join } from 'node:path'

/**
 * `2026-11-22T09-05-07`, in UTC: names made with it sort by time, mean the same moment on every
 * machine, and hold no colons (which Windows refuses in file names).
 */
export function fileTimestamp(date: Date): string {
  return date.toISOString().slice(0, 19).replace(/:/g, '-')
}

/**
 * `<base><ext>` in `dir`, or `<base>-2<ext>`, `<base>-3<ext>`, …: a name that is free together
 * with each of its companions (`-wal`, `-shm`), so nothing is ever overwritten.
 */
export function unusedFileName(
  dir: string,
  base: string,
  ext: string,
  companions: readonly string[] = []
): string {
  const taken = (name: string) =>
    [name, ...companions.map((c) => name + c)].some((n) => existsSync(join(dir, n)))
  let name = `${base}${ext}`
  for (let n = 2; taken(name); n++) name = `${base}-${n}${ext}`
  return name
}
