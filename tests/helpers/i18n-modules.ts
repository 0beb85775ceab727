import { messageModules } from '../../src/renderer/src/i18n/messages'
import { participantModules } from '../../src/renderer/src/participant/i18n'
import { cliMessages } from '../../src/shared/i18n/messages/cli'
import { shellMessages } from '../../src/shared/i18n/messages/shell'

/**
 * Every message module of every surface (screens, phones, terminal, the desktop shell's menus):
 * what the i18n checks read.
 */
export const allMessageModules = [
  ...new Set([...messageModules, ...participantModules, cliMessages, shellMessages])
] as const
