import { appRoot } from '../data/appRoot.ts'
import { DAY_MS, dayTime, formatLongDate } from '../data/dates.ts'
import { RELEASE } from '../data/release.ts'
import { t } from '../i18n/i18n.ts'

/** The whole dataset's citation in the page's language: name, version, release date, address, today. */
export function datasetCitation(today = Date.now()): string {
  return t('site.cite.text', {
    site: t('site.name'),
    version: RELEASE.version,
    date: formatLongDate(dayTime(RELEASE.date)),
    url: appRoot().href,
    today: formatLongDate(Math.floor(today / DAY_MS) * DAY_MS),
  })
}
