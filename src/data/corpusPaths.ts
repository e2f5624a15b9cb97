import { langPrefix, type Lang } from '../i18n/langs.ts'

/**
 * Where each corpus file is served from, below the site's root. The index and the search
 * index are written per language (our own words in it); English keeps the plain paths.
 */
export const CORPUS_PATHS = {
  index: (lang: Lang) => `corpus/${langPrefix(lang)}index.json`,
  search: (lang: Lang) => `corpus/${langPrefix(lang)}search.json`,
  records: 'corpus/records.json',
  event: (id: string) => `corpus/events/${id}.json`,
}
