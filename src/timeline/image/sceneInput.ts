import { appRoot } from '../../data/appRoot.ts'
import { DAY_MS, formatLongDate, formatRange } from '../../data/dates.ts'
import type { IndexEvent } from '../../data/indexFormat.ts'
import type { Occasion } from '../../data/schema.ts'
import { t } from '../../i18n/i18n.ts'
import { currentLang } from '../../i18n/i18n.ts'
import { fillOf } from '../drawMarks.ts'
import { LANES } from '../lanes.ts'
import { shapeLegend } from '../markShape.ts'
import { readInk } from '../useInk.ts'
import type { SceneInput } from './scene.ts'

export type ViewNow = Omit<SceneInput, 'ink' | 'lang' | 'words'> & {
  /** The events the filters leave (the legend names the occasions of those in view). */
  events: readonly IndexEvent[]
  occasionById: ReadonlyMap<string, Occasion>
}

/** What the picture of the view needs: the view as it is, the page's ink and language, its words. */
export function sceneInput(v: ViewNow): SceneInput {
  const ink = readInk()
  const [t0, t1] = v.x.domain()
  const from = Math.max(t0, v.domain[0])
  const to = Math.min(t1, v.domain[1] - 1)
  const inView = new Set<string>()
  for (const e of v.events) if (e.time >= t0 && e.time <= t1) inView.add(e.occasion)
  const address = typeof window === 'undefined' ? '' : `${appRoot().href}${window.location.search}`
  const { events: _events, occasionById, ...view } = v
  return {
    ...view,
    ink,
    lang: currentLang(),
    words: {
      title: t('site.name'),
      range: formatRange(from, to),
      laneNames: LANES.map((l) => l.label),
      shapes: [
        ...shapeLegend(),
        { shape: 'cluster', label: t('timeline.shape.cluster') },
        ...(v.silences.length > 0 ? [{ shape: 'silence' as const, label: t('timeline.silences') }] : []),
      ],
      eras: v.eras
        .filter((e) => e.endTime > t0 && e.startTime < t1)
        .map((e) => `${e.label}, ${formatRange(e.startTime, e.endTime - DAY_MS)}`),
      occasions: [...occasionById.values()]
        .filter((o) => inView.has(o.id))
        .map((o) => ({ label: o.label, colour: fillOf(v.inkOf(o.id), ink.theme) })),
      credit: t('share.image.credit', {
        site: t('site.name'),
        url: address,
        date: formatLongDate(Math.floor(Date.now() / DAY_MS) * DAY_MS),
      }),
    },
  }
}
