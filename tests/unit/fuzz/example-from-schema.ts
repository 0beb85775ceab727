import { z } from 'zod'

/** Leaf values to try, in order; the first the leaf's own schema accepts is taken. */
const candidates: readonly unknown[] = [
  '6f1c2b7e-3a4d-4e5f-8a9b-0c1d2e3f4a5b',
  '2026-11-22',
  '2026-11-22T09:00:00.000Z',
  '127.0.0.1',
  'stap1-vraag-1',
  'Tekst',
  'x',
  '',
  1,
  0,
  5,
  true,
  null
]

function firstAccepted(schema: z.ZodType): unknown {
  return candidates.find((candidate) => schema.safeParse(candidate).success)
}

/**
 * A valid input built from a zod schema alone, for a method that the examples table does not
 * know yet: every field of an object (optional ones too, so mutants reach them), one item in
 * an array, the first option of an enum or union. Leaves are tried against a list of typical
 * values; ids are well-formed but refer to nothing, which is enough to mutate from.
 */
export function exampleFromSchema(schema: z.ZodType): unknown {
  const def = schema._zod.def
  switch (def.type) {
    case 'object': {
      const shape = (def as z.core.$ZodObjectDef).shape
      return Object.fromEntries(
        Object.entries(shape).map(([key, field]) => [key, exampleFromSchema(field as z.ZodType)])
      )
    }
    case 'array':
      return [exampleFromSchema((def as z.core.$ZodArrayDef).element as z.ZodType)]
    case 'record':
      return {}
    case 'enum':
      return Object.values((def as z.core.$ZodEnumDef).entries)[0]
    case 'literal':
      return (def as z.core.$ZodLiteralDef<z.core.util.Literal>).values[0]
    case 'union':
      return exampleFromSchema((def as z.core.$ZodUnionDef).options[0] as z.ZodType)
    case 'nullable':
    case 'optional':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
      return exampleFromSchema((def as z.core.$ZodNullableDef).innerType as z.ZodType)
    case 'pipe':
      return exampleFromSchema((def as z.core.$ZodPipeDef).in as z.ZodType)
    default:
      return firstAccepted(schema)
  }
}
