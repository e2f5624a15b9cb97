import type { ReactNode } from 'react'
import type { CorpusIndex, IndexEvent } from '../data/indexFormat.ts'
import { formatLongDate } from '../data/dates.ts'
import { locale } from '../i18n/format.ts'
import { currentLang, t } from '../i18n/i18n.ts'
import type { Lang } from '../i18n/langs.ts'
import { CERTAINTY_LABEL, KIND_LABEL } from '../ui/recordLabels.ts'
import { EventButtonList } from './EventButtonList.tsx'
import { sameOccasion } from './sameOccasion.ts'
import { OccasionDot } from '../ui/OccasionDot.tsx'

type Props = { event: IndexEvent; corpus: CorpusIndex }

/** "● Victory Day · Telegram": the occasion (with its colour) and the kind. */
export function EventKindLine({ event, corpus }: Props) {
  const occasion = corpus.occasions.find((o) => o.id === event.occasion)
  return (
    <p className="flex flex-wrap items-center gap-2 text-xs font-medium text-slate-600">
      <span className="inline-flex items-center gap-1">
        <OccasionDot inks={corpus.inks[event.occasionIndex]} />
        {occasion?.label ?? event.occasion}
      </span>
      <span aria-hidden>·</span>
      <span>{KIND_LABEL[event.kind]}</span>
    </p>
  )
}

type FactsProps = Props & {
  /** Why the date is not exact, in the page's language (from eventWords). */
  dateNote?: string
  /** The language `dateNote` is really in (English where no translation is written). */
  dateNoteLang?: Lang
}

/** The date with how certain it is (and why, once the record is loaded), and who wrote to whom. */
export function EventFacts({ event, corpus, dateNote, dateNoteLang }: FactsProps) {
  const names = (ids: string[]) => ids.map((id) => corpus.people.find((p) => p.id === id)?.name ?? id)
  const joint = event.lane === 'joint'
  // "Kim Jong Un and Vladimir Putin", "김정은 및 블라디미르 푸틴", "Ким Чен Ын и Владимир Путин".
  const both = new Intl.ListFormat(locale(), { type: 'conjunction' })
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
      <dt className="text-slate-600">{t('detail.facts.date')}</dt>
      <dd>
        <span className="font-medium text-slate-900">{formatLongDate(event.time)}</span>{' '}
        <span
          className={`ml-1 rounded px-1.5 py-0.5 text-xs ${event.dateCertainty === 'exact' ? 'bg-slate-100 text-slate-700' : 'bg-amber-100 text-amber-900'}`}
        >
          {CERTAINTY_LABEL[event.dateCertainty]}
        </span>
        {dateNote && (
          <span
            className="mt-1 block text-slate-600"
            lang={dateNoteLang && dateNoteLang !== currentLang() ? dateNoteLang : undefined}
          >
            {dateNote}
          </span>
        )}
      </dd>
      <dt className="text-slate-600">{joint ? t('detail.facts.between') : t('detail.facts.fromTo')}</dt>
      <dd className="text-slate-900">
        {joint
          ? both.format(names(event.from))
          : `${names(event.from).join(', ')} → ${names(event.to).join(', ')}`}
      </dd>
    </dl>
  )
}

/** Related events, and the same occasion in other years: links, opening in the panel when there is one. */
export function EventRelations({
  event,
  corpus,
  onOpen,
  compare,
}: Props & { onOpen?: (id: string) => void; compare?: ReactNode }) {
  const occasion = corpus.occasions.find((o) => o.id === event.occasion)
  const related = event.related
    .map((id) => corpus.byId.get(id))
    .filter((e): e is IndexEvent => !!e)
    .sort((a, b) => a.time - b.time)
  return (
    <>
      <EventButtonList heading={t('detail.related')} events={related} onOpen={onOpen} />
      <EventButtonList
        heading={occasion ? t('detail.otherYears', { occasion: occasion.label }) : t('detail.otherYearsThis')}
        events={sameOccasion(corpus.events, event)}
        onOpen={onOpen}
      >
        {compare}
      </EventButtonList>
    </>
  )
}
