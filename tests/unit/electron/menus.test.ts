import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { contextMenuTemplate } from '../../../src/main/electron/context-menu'
import { mainMessages } from '../../../src/main/electron/main-messages'
import { buildMenuTemplate, type MenuActions } from '../../../src/main/electron/menu'

const t = mainMessages('nl')

function actions() {
  return {
    closeProjector: vi.fn<() => void>(),
    openContentFolder: vi.fn<() => void>(),
    exportPack: vi.fn<(name: string) => void>(),
    about: vi.fn<() => void>()
  } satisfies MenuActions
}

function menu(platform: NodeJS.Platform, packaged: boolean, menuActions = actions()) {
  return buildMenuTemplate({
    platform,
    packaged,
    t,
    packs: [{ name: 'quickscan', label: 'Quickscan (quickscan.json)' }],
    actions: menuActions
  })
}

/** Every item of a template, submenus included. */
function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu as MenuItemConstructorOptions[]) : [])
  ])
}

const find = (template: MenuItemConstructorOptions[], label: string) => {
  const item = items(template).find((candidate) => candidate.label === label)
  if (!item) throw new Error(`no menu item "${label}"`)
  return item
}

describe('the application menu', () => {
  it.each(['win32', 'linux'] as const)('is Bestand, Bewerken, Beeld, Help on %s', (platform) => {
    expect(menu(platform, true).map((item) => item.label)).toEqual([
      'Bestand',
      'Bewerken',
      'Beeld',
      'Help'
    ])
  })

  it('starts with the app menu on macOS, then the same four', () => {
    expect(menu('darwin', true).map((item) => item.label)).toEqual([
      'Samenspel',
      'Bestand',
      'Bewerken',
      'Beeld',
      'Help'
    ])
  })

  it('takes none of the keys the app uses for type size (Ctrl/Cmd + plus, minus, 0)', () => {
    for (const platform of ['win32', 'linux', 'darwin'] as const) {
      for (const packaged of [true, false]) {
        for (const item of items(menu(platform, packaged))) {
          expect(['zoomIn', 'zoomOut', 'resetZoom']).not.toContain(item.role)
          expect(String(item.accelerator ?? '')).not.toMatch(/(Plus|\+=|\+-|\+0|=|Minus)$/i)
        }
      }
    }
  })

  it('has no Reload and no developer tools once packaged', () => {
    for (const platform of ['win32', 'linux', 'darwin'] as const) {
      const roles = items(menu(platform, true)).map((item) => item.role)
      for (const role of ['reload', 'forceReload', 'toggleDevTools']) {
        expect(roles, `${platform} ${role}`).not.toContain(role)
      }
      expect(items(menu(platform, false)).map((item) => item.role)).toContain('toggleDevTools')
    }
  })

  it('speaks Dutch in the edit menu, with the roles that make copy and paste work', () => {
    const edit = menu('win32', true).find((item) => item.label === 'Bewerken')
    const submenu = edit?.submenu as MenuItemConstructorOptions[]
    expect(submenu.filter((item) => item.role).map((item) => [item.role, item.label])).toEqual([
      ['undo', 'Ongedaan maken'],
      ['redo', 'Opnieuw'],
      ['cut', 'Knippen'],
      ['copy', 'Kopiëren'],
      ['paste', 'Plakken'],
      ['selectAll', 'Alles selecteren']
    ])
  })

  it('closes the projector, opens the content folder and exports a pack', () => {
    const menuActions = actions()
    const template = menu('linux', true, menuActions)
    const click = (label: string) => (find(template, label).click as () => void)()
    click('Projectorvenster sluiten')
    click('Map met eigen inhoud openen')
    click('Quickscan (quickscan.json)')
    click('Over Samenspel')
    expect(menuActions.closeProjector).toHaveBeenCalledOnce()
    expect(menuActions.openContentFolder).toHaveBeenCalledOnce()
    expect(menuActions.exportPack).toHaveBeenCalledWith('quickscan')
    expect(menuActions.about).toHaveBeenCalledOnce()
  })
})

const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true }

function params(overrides: Partial<Parameters<typeof contextMenuTemplate>[0]> = {}) {
  return {
    isEditable: true,
    selectionText: '',
    misspelledWord: '',
    dictionarySuggestions: [],
    editFlags: { ...flags, canUndo: false, canRedo: false, canDelete: true, canEditRichly: false },
    ...overrides
  }
}

function target() {
  return { replaceMisspelling: vi.fn(), addWordToDictionary: vi.fn() }
}

describe('the right-click menu', () => {
  it('offers knippen, kopiëren, plakken in a text field', () => {
    const template = contextMenuTemplate(params(), t, false, target())
    expect(template.filter((item) => item.role).map((item) => item.label)).toEqual([
      'Knippen',
      'Kopiëren',
      'Plakken',
      'Alles selecteren'
    ])
  })

  it('offers spelling suggestions for a misspelt word where spelling is on', () => {
    const page = target()
    const misspelt = params({ misspelledWord: 'ouderz', dictionarySuggestions: ['ouders'] })
    const template = contextMenuTemplate(misspelt, t, true, page)
    expect(template[0]?.label).toBe('ouders')
    ;(template[0]?.click as () => void)()
    expect(page.replaceMisspelling).toHaveBeenCalledWith('ouders')
    ;(find(template, 'Aan woordenboek toevoegen').click as () => void)()
    expect(page.addWordToDictionary).toHaveBeenCalledWith('ouderz')
    // Where spelling is off there is nothing to suggest.
    expect(contextMenuTemplate(misspelt, t, false, page)[0]?.label).toBe('Knippen')
  })

  it('disables what cannot be done, and offers only kopiëren on selected text elsewhere', () => {
    const readOnly = params({ editFlags: { ...params().editFlags, canPaste: false } })
    expect(find(contextMenuTemplate(readOnly, t, false, target()), 'Plakken').enabled).toBe(false)
    const selection = params({ isEditable: false, selectionText: 'Stap 1' })
    expect(contextMenuTemplate(selection, t, false, target()).map((item) => item.label)).toEqual([
      'Kopiëren'
    ])
    expect(contextMenuTemplate(params({ isEditable: false }), t, false, target())).toEqual([])
  })
})
