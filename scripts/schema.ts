// `npm run schema`: writes data/schema/event.schema.json from src/data/schema.ts.
import { mkdirSync, writeFileSync } from 'node:fs'
import { eventJsonSchema } from './lib/jsonSchema.ts'

mkdirSync('data/schema', { recursive: true })
writeFileSync('data/schema/event.schema.json', eventJsonSchema())
console.log('Wrote data/schema/event.schema.json')
