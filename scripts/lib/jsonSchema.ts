import { z } from 'zod'
import { EventSchema } from '../../src/data/schema.ts'

/** The event JSON Schema editors use (draft 2020-12), generated from the zod schema. */
export function eventJsonSchema(): string {
  const schema = z.toJSONSchema(EventSchema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' })
  return `${JSON.stringify({ ...schema, title: 'Pyongyang–Moscow Timeline event', $id: 'event.schema.json' }, null, 2)}\n`
}
