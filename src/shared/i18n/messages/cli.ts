import { defineMessages } from '../define-messages'

/** What the terminal commands say (`npm run serve`, `npm run report`), and the start-up log. */
export const cliMessages = defineMessages({
  nl: {
    'cli.host.usage':
      'Gebruik: npm run serve -- [--port <poort>] [--data-dir <map>] [--no-open]\n  --port      poort op 127.0.0.1 (standaard 5874; 0 kiest een vrije poort)\n  --data-dir  map voor de database (standaard {dataDir})\n  --no-open   geen browser openen',
    'cli.host.badPort': 'Ongeldige poort: {port}',
    'cli.host.dataDir': 'Gegevens: {dataDir}',
    'cli.host.running': 'Samenspel draait op {url}',
    'cli.host.openHint':
      'Open dit adres in je browser (het bevat de toegangscode). Stoppen: Ctrl+C.',
    'cli.host.portInUse':
      'Deze poort is al in gebruik. Kies een andere met --port, of 0 voor een vrije poort.',
    'cli.host.failed': 'Samenspel kon niet starten: {reason}',
    'cli.host.contentFallback': 'Samenspel gebruikt daarvoor het meegeleverde pakket.',
    'cli.report.usage':
      'Gebruik: npm run report -- <sessie.samenspel.json> [verslag.docx] [--attributions]\n  --attributions  met namen: wie wat zei (standaard zonder)',
    'cli.report.unreadable': 'Kan {path} niet lezen: {reason}',
    'cli.report.notJson': 'Kan {path} niet lezen als JSON: {reason}',
    'cli.report.notSessionFile': '{path} is geen Samenspel-sessiebestand',
    'cli.report.newer': '{path} komt uit een nieuwere Samenspel (versie {version})',
    'cli.report.invalid': '{path} is ongeldig: {detail}',
    'cli.schema.written': 'Geschreven: {path}',
    'cli.startup.geen-database': 'Het gegevensbestand van Samenspel bleek geen database te zijn.',
    'cli.startup.afgekapt':
      'Het gegevensbestand van Samenspel was onvolledig, bijvoorbeeld doordat de schijf vol was of het kopiëren werd onderbroken.',
    'cli.startup.kop-beschadigd': 'Het begin van het gegevensbestand van Samenspel was beschadigd.',
    'cli.startup.pagina-beschadigd':
      'Een deel van het gegevensbestand van Samenspel was beschadigd.',
    'cli.startup.movedTo': 'Het bestand is niet verwijderd maar verplaatst naar {path}.',
    'cli.startup.emptyDatabase': 'Samenspel is gestart met een lege database.',
    'cli.startup.newestBackup':
      'De nieuwste back-up is van {date} ({fileName}); die kun je terugzetten via Back-ups.',
    'cli.startup.noBackup': 'Er is geen back-up om terug te zetten.'
  },
  en: {
    'cli.host.usage':
      'Usage: npm run serve -- [--port <port>] [--data-dir <folder>] [--no-open]\n  --port      port on 127.0.0.1 (default 5874; 0 picks a free port)\n  --data-dir  folder for the database (default {dataDir})\n  --no-open   do not open a browser',
    'cli.host.badPort': 'Invalid port: {port}',
    'cli.host.dataDir': 'Data: {dataDir}',
    'cli.host.running': 'Samenspel is running at {url}',
    'cli.host.openHint':
      'Open this address in your browser (it holds the access code). Stop: Ctrl+C.',
    'cli.host.portInUse':
      'This port is already in use. Choose another with --port, or 0 for a free port.',
    'cli.host.failed': 'Samenspel could not start: {reason}',
    'cli.host.contentFallback': 'Samenspel uses the bundled pack instead.',
    'cli.report.usage':
      'Usage: npm run report -- <session.samenspel.json> [report.docx] [--attributions]\n  --attributions  with who-said-what (left out by default)',
    'cli.report.unreadable': 'Cannot read {path}: {reason}',
    'cli.report.notJson': 'Cannot read {path} as JSON: {reason}',
    'cli.report.notSessionFile': '{path} is not a Samenspel session file',
    'cli.report.newer': '{path} was written by a newer Samenspel (version {version})',
    'cli.report.invalid': '{path} is invalid: {detail}',
    'cli.schema.written': 'Written: {path}',
    'cli.startup.geen-database': "Samenspel's data file turned out not to be a database.",
    'cli.startup.afgekapt':
      "Samenspel's data file was incomplete, for example because the disk was full or copying was interrupted.",
    'cli.startup.kop-beschadigd': "The start of Samenspel's data file was damaged.",
    'cli.startup.pagina-beschadigd': "Part of Samenspel's data file was damaged.",
    'cli.startup.movedTo': 'The file was not deleted but moved to {path}.',
    'cli.startup.emptyDatabase': 'Samenspel started with an empty database.',
    'cli.startup.newestBackup':
      'The newest backup is from {date} ({fileName}); you can restore it under Backups.',
    'cli.startup.noBackup': 'There is no backup to restore.'
  }
})
