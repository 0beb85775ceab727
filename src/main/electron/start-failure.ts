/**
 * The Dutch explanation when the app's core cannot open: what went wrong, in words a
 * facilitator can act on. File-system errors on the data folder get their own advice; other
 * errors (a broken shipped content pack, …) already carry a Dutch message of their own.
 */
export function describeStartFailure(error: unknown, dataDir: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  const message = error instanceof Error ? error.message : String(error)
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
    case 'SQLITE_CANTOPEN':
    case 'SQLITE_READONLY':
      return (
        `Samenspel mag niet schrijven in zijn gegevensmap:\n${dataDir}\n\n` +
        'Er is niets gewijzigd. Kies een andere map om deze keer mee te werken, of vraag de ' +
        'beheerder van deze computer om je schrijfrechten op die map te geven.'
      )
    case 'ENOSPC':
      return (
        `De schijf met de gegevensmap is vol:\n${dataDir}\n\n` +
        'Er is niets gewijzigd. Maak ruimte vrij of kies een andere map.'
      )
    case 'ENOTDIR':
    case 'ENOENT':
      return (
        `De gegevensmap bestaat niet of is geen map:\n${dataDir}\n\n` +
        'Er is niets gewijzigd. Kies een andere map om mee te werken.'
      )
    default:
      return `${message}\n\nGegevensmap: ${dataDir}`
  }
}

/** Whether choosing another folder could help (a file-system problem with the data folder). */
export function isDataDirProblem(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  const codes = ['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'ENOTDIR', 'ENOENT']
  return [...codes, 'SQLITE_CANTOPEN', 'SQLITE_READONLY'].includes(code ?? '')
}
