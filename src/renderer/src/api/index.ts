import { createApiClient } from './client'
import { takeTokenFromLocation } from './access-token'
import { createHttpTransport } from './http-transport'

const currentToken = () => takeTokenFromLocation(window.location, window.sessionStorage)

/** `window.api` in Electron; over HTTP to the browser host anywhere else. Same contract. */
export const api = createApiClient(window.api ?? createHttpTransport(currentToken))

export const runsInElectron = window.api !== undefined
export { ApiCallError } from './client'
