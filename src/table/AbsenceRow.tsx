import { formatShortDate } from '../data/dates.ts'
import type { CorpusIndex } from '../data/indexFormat.ts'
import type { Silence } from '../data/silences.ts'
import { t } from '../i18n/i18n.ts'
import { LANE_SHORT, silenceLabel } from '../ui/labels.ts'
import { OccasionDot } from '../ui/OccasionDot.tsx'

/** The height of a table row (the table draws only those in view). */
export const ROW_H = 40

/** A year in which a recurring message was not found: marked as an absence, not an event. */
export function AbsenceRow({
  silence,
  index,
  corpus,
}: {
  silence: Silence
  index: number
  corpus: CorpusIndex
}) {
  const occasion = corpus.occasions[silence.occasionIndex]
  return (
    <tr
      aria-rowindex={index}
      className="border-t border-slate-200 text-slate-600 italic"
      style={{ height: ROW_H }}
      data-absence={silence.key}
    >
      <td className="truncate px-2 tabular-nums">{formatShortDate(silence.time)}</td>
      <td className="truncate px-2">{LANE_SHORT[silence.lane]}</td>
      <td className="truncate px-2">
        <OccasionDot inks={corpus.inks[silence.occasionIndex]} className="mr-1.5" />
        {occasion?.label ?? silence.occasion}
      </td>
      <td className="truncate px-2">{t('table.noneFound')}</td>
      <td className="truncate px-2">{silenceLabel(silence, corpus.occasions, corpus.people)}</td>
      <td className="truncate px-2">—</td>
      <td className="truncate px-2">—</td>
    </tr>
  )
}
