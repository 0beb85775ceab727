import { create } from 'zustand'

export type Route =
  | { name: 'start' }
  | { name: 'session'; sessionId: string; screenId?: string }
  | { name: 'projector'; sessionId: string }
  | { name: 'school'; schoolId: string }

const uuid = '([0-9a-f-]{36})'
const sessionPattern = new RegExp(`^#/sessies/${uuid}(?:/([a-z0-9-]+))?$`)
const projectorPattern = new RegExp(`^#/projectie/${uuid}$`)
const schoolPattern = new RegExp(`^#/scholen/${uuid}$`)

/** `#/sessies/<id>/<screen>`: the hash keeps the place across a reload. */
export function parseRoute(hash: string): Route {
  const projector = projectorPattern.exec(hash)
  if (projector?.[1]) return { name: 'projector', sessionId: projector[1] }
  const school = schoolPattern.exec(hash)
  if (school?.[1]) return { name: 'school', schoolId: school[1] }
  const session = sessionPattern.exec(hash)
  if (session?.[1]) {
    return session[2]
      ? { name: 'session', sessionId: session[1], screenId: session[2] }
      : { name: 'session', sessionId: session[1] }
  }
  return { name: 'start' }
}

export function routeToHash(route: Route): string {
  switch (route.name) {
    case 'session':
      return `#/sessies/${route.sessionId}${route.screenId ? `/${route.screenId}` : ''}`
    case 'projector':
      return `#/projectie/${route.sessionId}`
    case 'school':
      return `#/scholen/${route.schoolId}`
    default:
      return '#/'
  }
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
