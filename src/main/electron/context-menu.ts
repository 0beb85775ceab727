import type { ContextMenuParams, MenuItemConstructorOptions, WebContents } from 'electron'
import type { MainT } from './main-messages'

/** What the right-click menu needs from the page it was opened on. */
export interface ContextMenuTarget {
  replaceMisspelling(word: string): void
  addWordToDictionary(word: string): void
}

type Params = Pick<
  ContextMenuParams,
  'isEditable' | 'selectionText' | 'misspelledWord' | 'dictionarySuggestions' | 'editFlags'
>

/**
 * The right-click menu: in a text field knippen, kopiëren, plakken (and spelling suggestions
 * where spelling is checked); on selected text elsewhere only kopiëren; otherwise none.
 */
export function contextMenuTemplate(
  params: Params,
  t: MainT,
  spellcheck: boolean,
  target: ContextMenuTarget
): MenuItemConstructorOptions[] {
  const flags = params.editFlags
  if (!params.isEditable) {
    return params.selectionText.trim()
      ? [{ role: 'copy', label: t('menu.copy'), enabled: flags.canCopy }]
      : []
  }
  const spelling: MenuItemConstructorOptions[] = []
  if (spellcheck && params.misspelledWord) {
    const suggestions = params.dictionarySuggestions.slice(0, 5)
    spelling.push(
      ...(suggestions.length > 0
        ? suggestions.map((word) => ({
            label: word,
            click: () => target.replaceMisspelling(word)
          }))
        : [{ label: t('context.noSuggestions'), enabled: false }]),
      {
        label: t('context.addToDictionary'),
        click: () => target.addWordToDictionary(params.misspelledWord)
      },
      { type: 'separator' }
    )
  }
  return [
    ...spelling,
    { role: 'cut', label: t('menu.cut'), enabled: flags.canCut },
    { role: 'copy', label: t('menu.copy'), enabled: flags.canCopy },
    { role: 'paste', label: t('menu.paste'), enabled: flags.canPaste },
    { type: 'separator' },
    { role: 'selectAll', label: t('menu.selectAll'), enabled: flags.canSelectAll }
  ]
}

/** Shows the menu on every right-click in `contents`; `popup` is Menu's, injected for tests. */
export function attachContextMenu(
  contents: WebContents,
  t: MainT,
  spellcheck: boolean,
  popup: (template: MenuItemConstructorOptions[]) => void
): void {
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, t, spellcheck, {
      replaceMisspelling: (word) => contents.replaceMisspelling(word),
      addWordToDictionary: (word) => contents.session.addWordToSpellCheckerDictionary(word)
    })
    if (template.length > 0) popup(template)
  })
}
