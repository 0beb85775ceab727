import { create } from 'zustand'

export type Route = { name: 'start' } | { name: 'session'; sessionId: string }

/** `#/sessies/<id>`: the hash keeps the place across a reload. */
export function parseRoute(hash: string): Route {
  const match = /^#\/sessies\/([0-9a-f-]{36})$/.exec(hash)
  return match?.[1] ? { name: 'session', sessionId: match[1] } : { name: 'start' }
}

export function routeToHash(route: Route): string {
  return route.name === 'session' ? `#/sessies/${route.sessionId}` : '#/'
}

interface RouteState {
  route: Route
  navigate(route: Route): void
}

export const useRouteStore = create<RouteState>((set) => ({
  route: parseRoute(window.location.hash),
  navigate(route) {
    if (window.location.hash !== routeToHash(route)) window.location.hash = routeToHash(route)
    set({ route })
  }
}))

window.addEventListener('hashchange', () => {
  useRouteStore.setState({ route: parseRoute(window.location.hash) })
})
