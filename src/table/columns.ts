import { t } from '../i18n/i18n.ts'
import type { Lang } from '../i18n/langs.ts'
import type { SortKey } from './sortRows.ts'

/**
 * The columns: each label is read in the page's language when the header renders, and each
 * width fits that language's words ("2024년 10월 12일", "12 сент. 2024 г." and Russian
 * occasions are longer than the English).
 */
export const COLUMNS: { key: SortKey; label: () => string; width: Record<Lang, string> }[] = [
  { key: 'date', label: () => t('table.col.date'), width: { en: 'w-28', ko: 'w-36', ru: 'w-36' } },
  { key: 'direction', label: () => t('table.col.direction'), width: { en: 'w-28', ko: 'w-28', ru: 'w-32' } },
  { key: 'occasion', label: () => t('table.col.occasion'), width: { en: 'w-40', ko: 'w-40', ru: 'w-52' } },
  { key: 'kind', label: () => t('table.col.kind'), width: { en: 'w-32', ko: 'w-32', ru: 'w-36' } },
  {
    key: 'title',
    label: () => t('table.col.title'),
    width: { en: 'min-w-64', ko: 'min-w-64', ru: 'min-w-64' },
  },
  {
    key: 'confidence',
    label: () => t('table.col.confidence'),
    width: { en: 'w-28', ko: 'w-28', ru: 'w-32' },
  },
  { key: 'source', label: () => t('table.col.source'), width: { en: 'w-44', ko: 'w-44', ru: 'w-44' } },
]
