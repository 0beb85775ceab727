import type { MenuItemConstructorOptions } from 'electron'
import type { MainT } from './main-messages'

export interface MenuActions {
  closeProjector(): void
  openContentFolder(): void
  exportPack(name: string): void
  about(): void
}

export interface MenuOptions {
  platform: NodeJS.Platform
  /** A packaged build has no Reload and no developer tools. */
  packaged: boolean
  t: MainT
  /** The content packs a trainer can export, as `{ name, label }`. */
  packs: { name: string; label: string }[]
  actions: MenuActions
}

/**
 * The application menu: Bestand, Bewerken, Beeld, Help (macOS adds its app menu first). It
 * deliberately has no zoom items: Ctrl/Cmd + plus, minus and 0 are the app's own shortcuts for
 * type size, and a menu accelerator would take those keys before the page sees them.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { platform, packaged, t, packs, actions } = options
  const mac = platform === 'darwin'
  const contentMenu: MenuItemConstructorOptions = {
    label: t('menu.content'),
    submenu: [
      { label: t('menu.openContentFolder'), click: () => actions.openContentFolder() },
      {
        label: t('menu.exportPack'),
        submenu: packs.map(({ name, label }) => ({
          label,
          click: () => actions.exportPack(name)
        }))
      }
    ]
  }
  const about: MenuItemConstructorOptions = { label: t('menu.about'), click: () => actions.about() }
  const template: MenuItemConstructorOptions[] = []
  if (mac) {
    template.push({
      label: 'Samenspel',
      submenu: [
        about,
        { type: 'separator' },
        { role: 'hide', label: t('menu.hide') },
        { role: 'hideOthers', label: t('menu.hideOthers') },
        { role: 'unhide', label: t('menu.showAll') },
        { type: 'separator' },
        { role: 'quit', label: t('menu.quit') }
      ]
    })
  }
  template.push(
    {
      label: t('menu.file'),
      submenu: [
        contentMenu,
        { type: 'separator' },
        mac
          ? { role: 'close', label: t('menu.closeWindow') }
          : { role: 'quit', label: t('menu.quit') }
      ]
    },
    {
      label: t('menu.edit'),
      submenu: [
        { role: 'undo', label: t('menu.undo') },
        { role: 'redo', label: t('menu.redo') },
        { type: 'separator' },
        { role: 'cut', label: t('menu.cut') },
        { role: 'copy', label: t('menu.copy') },
        { role: 'paste', label: t('menu.paste') },
        { role: 'selectAll', label: t('menu.selectAll') }
      ]
    },
    {
      label: t('menu.view'),
      submenu: [
        { role: 'togglefullscreen', label: t('menu.fullscreen') },
        { label: t('menu.closeProjector'), click: () => actions.closeProjector() },
        ...(packaged
          ? []
          : ([
              { type: 'separator' },
              { role: 'reload', label: t('menu.reload') },
              { role: 'toggleDevTools', label: t('menu.devTools') }
            ] satisfies MenuItemConstructorOptions[]))
      ]
    },
    { label: t('menu.help'), submenu: [about] }
  )
  return template
}
