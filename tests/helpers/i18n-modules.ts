import { messageModules } from '../../src/renderer/src/i18n/messages'
import { participantModules } from '../../src/renderer/src/participant/i18n'
import { cliMessages } from '../../src/shared/i18n/messages/cli'

/** Every message module of every surface (screens, phones, terminal): what the i18n checks read. */
export const allMessageModules = [
  ...new Set([...messageModules, ...participantModules, cliMessages])
] as const
