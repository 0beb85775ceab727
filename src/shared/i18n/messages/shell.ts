import { defineMessages } from '../define-messages'

/**
 * What the Electron main process itself shows (menus, the right-click menu, native dialogs). It
 * draws these before any page exists, so they cannot come from the renderer; they are one more
 * message module of the one i18n mechanism, checked with the others.
 */
export const shellMessages = defineMessages({
  nl: {
    'menu.file': 'Bestand',
    'menu.edit': 'Bewerken',
    'menu.view': 'Beeld',
    'menu.help': 'Help',
    'menu.quit': 'Afsluiten',
    'menu.closeWindow': 'Venster sluiten',
    'menu.content': 'Eigen inhoud',
    'menu.openContentFolder': 'Map met eigen inhoud openen',
    'menu.exportPack': 'Inhoudspakket exporteren als startpunt',
    'menu.undo': 'Ongedaan maken',
    'menu.redo': 'Opnieuw',
    'menu.cut': 'Knippen',
    'menu.copy': 'Kopiëren',
    'menu.paste': 'Plakken',
    'menu.selectAll': 'Alles selecteren',
    'menu.fullscreen': 'Volledig scherm',
    'menu.closeProjector': 'Projectorvenster sluiten',
    'menu.reload': 'Opnieuw laden (ontwikkeling)',
    'menu.devTools': 'Ontwikkelaarshulpmiddelen (ontwikkeling)',
    'menu.about': 'Over Samenspel',
    'menu.hide': 'Samenspel verbergen',
    'menu.hideOthers': 'Andere verbergen',
    'menu.showAll': 'Alles tonen',
    'context.noSuggestions': 'Geen spellingsuggesties',
    'context.addToDictionary': 'Aan woordenboek toevoegen',
    'about.title': 'Over Samenspel',
    'about.detail':
      'Versie {version}. Samenwerken met ouders: teamsessies, quickscan en actieplan. Alles blijft op deze computer.',
    'projector.title': 'Samenspel – projector',
    'start.failedTitle': 'Samenspel kan niet starten',
    'start.chooseFolder': 'Andere map kiezen…',
    'content.problemTitle': 'Eigen inhoud niet gebruikt',
    'content.problemIntro':
      'Een eigen inhoudspakket in {folder} is niet in orde. Samenspel gebruikt daarvoor het meegeleverde pakket; er is niets gewijzigd.',
    'content.exported': 'Het pakket staat nu in {path}. Pas het aan en start Samenspel opnieuw.',
    'content.exportExists':
      'Er staat al een eigen pakket in {path}. Het is niet overschreven; hernoem of verwijder het eerst als je opnieuw wilt beginnen.',
    'content.exportFailed': 'Het pakket kon niet worden geschreven naar {path} ({code}).',
    'content.exportTitle': 'Inhoudspakket exporteren'
  },
  en: {
    'menu.file': 'File',
    'menu.edit': 'Edit',
    'menu.view': 'View',
    'menu.help': 'Help',
    'menu.quit': 'Quit',
    'menu.closeWindow': 'Close window',
    'menu.content': 'Own content',
    'menu.openContentFolder': 'Open own content folder',
    'menu.exportPack': 'Export content pack as a starting point',
    'menu.undo': 'Undo',
    'menu.redo': 'Redo',
    'menu.cut': 'Cut',
    'menu.copy': 'Copy',
    'menu.paste': 'Paste',
    'menu.selectAll': 'Select all',
    'menu.fullscreen': 'Full screen',
    'menu.closeProjector': 'Close projector window',
    'menu.reload': 'Reload (development)',
    'menu.devTools': 'Developer tools (development)',
    'menu.about': 'About Samenspel',
    'menu.hide': 'Hide Samenspel',
    'menu.hideOthers': 'Hide others',
    'menu.showAll': 'Show all',
    'context.noSuggestions': 'No spelling suggestions',
    'context.addToDictionary': 'Add to dictionary',
    'about.title': 'About Samenspel',
    'about.detail':
      'Version {version}. Working with parents: team sessions, quickscan and action plan. Everything stays on this computer.',
    'projector.title': 'Samenspel – projector',
    'start.failedTitle': 'Samenspel cannot start',
    'start.chooseFolder': 'Choose another folder…',
    'content.problemTitle': 'Own content not used',
    'content.problemIntro':
      'An own content pack in {folder} is not valid. Samenspel uses the shipped pack instead; nothing was changed.',
    'content.exported': 'The pack is now in {path}. Adapt it and restart Samenspel.',
    'content.exportExists':
      'There already is an own pack in {path}. It was not overwritten; rename or delete it first to start again.',
    'content.exportFailed': 'The pack could not be written to {path} ({code}).',
    'content.exportTitle': 'Export content pack'
  }
})
