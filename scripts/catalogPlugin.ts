import { resolve } from 'node:path'
import type { Plugin } from 'vite'
import { isLang } from '../src/i18n/langs.ts'
import { catalogProblems, compileCatalog, MESSAGES_DIR, readMessages } from './lib/catalog.ts'

const PREFIX = 'virtual:messages/'

/**
 * `import('virtual:messages/ko')`: that language's interface messages, compiled (a chunk per
 * language, so a page loads only its own). A message that is not valid ICU fails the build;
 * a missing translation is a warning here (English stands in) and a failure in the tests.
 */
export function catalogPlugin(): Plugin {
  let warned = false
  return {
    name: 'catalog',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined
      const lang = id.slice(PREFIX.length + 1)
      if (!isLang(lang)) this.error(`There is no interface language "${lang}"`)
      this.addWatchFile(resolve(MESSAGES_DIR))
      const messages = readMessages()
      if (!warned) {
        warned = true
        const problems = catalogProblems(messages)
        if (problems.length > 0)
          this.warn(`The message catalogues have ${problems.length} problems:\n${problems.join('\n')}`)
      }
      return `export default ${JSON.stringify(compileCatalog(lang, messages))}`
    },
  }
}
