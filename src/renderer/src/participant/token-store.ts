/**
 * The device's join token lives in sessionStorage: it survives a reload but not closing the tab,
 * and it is never put in the address, where it would end up in history or on a screenshot.
 */
const tokenKey = 'samenspel-deelnemer-token'

export function loadToken(): string | null {
  try {
    return sessionStorage.getItem(tokenKey)
  } catch {
    // Storage can be switched off (private modes, strict settings): the page still works, only a
    // reload then asks for the code again.
    return null
  }
}

export function saveToken(token: string): void {
  try {
    sessionStorage.setItem(tokenKey, token)
  } catch {
    // See loadToken: without storage the token lives only in memory.
  }
}

export function clearToken(): void {
  try {
    sessionStorage.removeItem(tokenKey)
  } catch {
    // Nothing was stored.
  }
}
