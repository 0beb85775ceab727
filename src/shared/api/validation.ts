import { z } from 'zod'

// Users read validation messages, so zod speaks Dutch everywhere it is used.
z.config(z.locales.nl())

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
