import type { ApiTransport } from '../shared/api/contract'

declare global {
  interface Window {
    /** Present in Electron only; in a browser the renderer talks HTTP to the browser host. */
    api?: ApiTransport
  }
}

export {}
