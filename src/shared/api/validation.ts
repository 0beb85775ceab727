import { z } from 'zod'

// Users read validation messages, so zod speaks Dutch everywhere it is used.
z.config(z.locales.nl())

/**
 * Parse options for the main process's parses: zod's interpreted path, not its compiled one.
 * The first parse of an object schema compiles a fast path for it (`new Function`), which pays
 * back over thousands of parses in a loop; here nearly every parse is a schema's first of a
 * process (the report command, a session file, a content pack) or runs cold between requests,
 * and compiling cost more than it saved (docs/performance.md, "Storing a card over HTTP"). The
 * renderer's CSP forbids `eval`, so zod interprets there anyway.
 */
export const interpreted = { jitless: true } as const

/** One readable Dutch line per problem, naming the field. */
export function describeValidationError(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      const field = issue.path.length > 0 ? `veld "${issue.path.map(String).join('.')}"` : 'invoer'
      return `${field}: ${issue.message}`
    })
    .join('; ')
}
