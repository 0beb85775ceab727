const tokenKey = 'samenspel.token'

/**
 * The browser host prints its address with the token in the fragment (never sent to a
 * server). Keep it for this tab and take it out of the address bar.
 */
export function takeTokenFromLocation(location: Location, storage: Storage): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(location.hash)
  if (match?.[1]) {
    storage.setItem(tokenKey, match[1])
    history.replaceState(null, '', location.pathname + location.search)
  }
  return storage.getItem(tokenKey)
}
