import { defineMessages } from '../define-messages'

/** Nothing typed is lost: why a write waits, what was refused, undo and warnings. */
export const safetyMessages = defineMessages({
  nl: {
    'sync.storage.busy':
      'Nog niet opgeslagen ({count}): een ander programma houdt het gegevensbestand van Samenspel bezet. Sluit dat programma; Samenspel probeert het opnieuw.',
    'sync.storage.full':
      'Nog niet opgeslagen ({count}): de schijf is vol. Maak ruimte vrij; Samenspel probeert het opnieuw.',
    'sync.storage.read_only':
      'Nog niet opgeslagen ({count}): het bestand is alleen-lezen. Samenspel probeert het opnieuw.',
    'sync.storage.not_directory':
      'Nog niet opgeslagen ({count}): de gegevensmap van Samenspel is geen map. Samenspel probeert het opnieuw.',
    'sync.storage.permission':
      'Nog niet opgeslagen ({count}): Samenspel heeft geen toestemming om in de gegevensmap te schrijven. Samenspel probeert het opnieuw.',
    'sync.storage.io':
      'Nog niet opgeslagen ({count}): de schijf gaf een lees- of schrijffout. Samenspel probeert het opnieuw.',
    'sync.internal':
      'Nog niet opgeslagen ({count}): Samenspel kon dit niet verwerken en probeert het opnieuw.',
    'sync.refusedTexts': 'Deze tekst is niet opgeslagen. Kopieer hem als je hem wilt bewaren:',
    'sync.copy': 'Kopiëren',
    'sync.copied': 'Gekopieerd',
    'cards.mergedFrom': 'ook van {names}'
  },
  en: {
    'sync.storage.busy':
      'Not saved yet ({count}): another program is holding Samenspel’s data file. Close that program; Samenspel keeps trying.',
    'sync.storage.full':
      'Not saved yet ({count}): the disk is full. Free some space; Samenspel keeps trying.',
    'sync.storage.read_only':
      'Not saved yet ({count}): the file is read-only. Samenspel keeps trying.',
    'sync.storage.not_directory':
      'Not saved yet ({count}): Samenspel’s data folder is not a folder. Samenspel keeps trying.',
    'sync.storage.permission':
      'Not saved yet ({count}): Samenspel may not write to its data folder. Samenspel keeps trying.',
    'sync.storage.io':
      'Not saved yet ({count}): the disk reported a read or write error. Samenspel keeps trying.',
    'sync.internal': 'Not saved yet ({count}): Samenspel could not process this and keeps trying.',
    'sync.refusedTexts': 'This text was not saved. Copy it if you want to keep it:',
    'sync.copy': 'Copy',
    'sync.copied': 'Copied',
    'cards.mergedFrom': 'also from {names}'
  }
})
