/** The one IPC channel; the method travels inside the message. No zod here: the preload imports it. */
export const apiIpcChannel = 'samenspel:api'
