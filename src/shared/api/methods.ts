/**
 * Every method of the API, once. Kept free of zod so the sandboxed preload can import it
 * without bundling the schemas; `contract.ts` checks that it lists exactly these methods.
 */
export const apiMethodNames = [
  'app.info',
  'session.list',
  'session.get',
  'session.create',
  'session.update',
  'session.delete',
  'participant.add',
  'participant.update',
  'participant.remove'
] as const

export type ApiMethodName = (typeof apiMethodNames)[number]

export function isApiMethodName(name: string): name is ApiMethodName {
  return (apiMethodNames as readonly string[]).includes(name)
}
