import type { StartupProblem } from '../../shared/api/backup-methods'

const whatWasWrong: Record<StartupProblem['kind'], string> = {
  'geen-database': 'Het gegevensbestand van Samenspel bleek geen database te zijn.',
  afgekapt:
    'Het gegevensbestand van Samenspel was onvolledig, bijvoorbeeld doordat de schijf vol was of het kopiëren werd onderbroken.',
  'kop-beschadigd': 'Het begin van het gegevensbestand van Samenspel was beschadigd.',
  'pagina-beschadigd': 'Een deel van het gegevensbestand van Samenspel was beschadigd.'
}

/** The start-up problem in plain Dutch, for the browser host's terminal and the app's log. */
export function describeStartupProblem(problem: StartupProblem): string {
  const backup = problem.newestBackup
  const offer = backup
    ? `De nieuwste reservekopie is van ${new Date(backup.createdAt).toLocaleString('nl-NL')} ` +
      `(${backup.fileName}); die kun je terugzetten via Reservekopieën.`
    : 'Er is geen reservekopie om terug te zetten.'
  return [
    whatWasWrong[problem.kind],
    `Het bestand is niet verwijderd maar verplaatst naar ${problem.movedTo}.`,
    'Samenspel is gestart met een lege database.',
    offer
  ].join('\n')
}
