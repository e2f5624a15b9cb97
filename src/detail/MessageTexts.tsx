import { useId, useMemo, useState } from 'react'
import { CUT } from '../data/cut.ts'
import type { MessageText } from '../data/schema.ts'
import { currentLang, t } from '../i18n/i18n.ts'
import { ExternalLink } from '../ui/ExternalLink.tsx'
import { Highlight } from '../ui/Highlight.tsx'
import { languageGroups, languageName, sideBySide, versionLabel } from '../ui/messageVersions.ts'
import { richText } from './rich.tsx'

type MessageTextsProps = {
  /** Every published version of the message's own words. */
  texts: readonly MessageText[]
  /** Every language at first (an event's own page, read without script), else the original beside English. */
  allAtFirst?: boolean
}

const BOTH = 'both'
const ALL = 'all'

/**
 * "The message": the original and the English side by side where the panel is wide, one above
 * the other where it is not, each version in an element with its own `lang` and named in words;
 * a switch shows one language or both.
 */
export function MessageTexts({ texts, allAtFirst = false }: MessageTextsProps) {
  const groups = useMemo(() => languageGroups(texts), [texts])
  const pair = sideBySide(groups)
  const many = groups.length > 2
  const [choice, setChoice] = useState(allAtFirst && many ? ALL : pair ? BOTH : (groups[0]?.lang ?? ''))
  const name = useId()
  const shown = choice === ALL ? groups.map((g) => g.lang) : choice === BOTH && pair ? pair : [choice]
  const options = [
    ...(pair
      ? [
          {
            value: BOTH,
            label: t('detail.texts.pair', {
              first: languageName(pair[0]),
              second: languageName(pair[1], true),
            }),
          },
        ]
      : []),
    ...groups.map((g) => ({ value: g.lang, label: languageName(g.lang) })),
    ...(many ? [{ value: ALL, label: t('detail.texts.all') }] : []),
  ]
  return (
    <section className="@container space-y-3" aria-labelledby="message-heading">
      <h3 id="message-heading" className="text-sm font-semibold text-slate-900">
        {t('detail.texts.heading')}
      </h3>
      {options.length > 1 && (
        <fieldset className="flex flex-wrap items-center gap-1.5 text-sm">
          <legend className="sr-only">{t('detail.texts.legend')}</legend>
          <span aria-hidden className="mr-1 text-xs text-slate-600">
            {t('detail.texts.show')}
          </span>
          {options.map((o) => (
            <label
              key={o.value}
              className="cursor-pointer rounded-full border border-slate-300 px-2.5 py-0.5 text-xs font-medium text-slate-800 has-checked:border-blue-800 has-checked:bg-blue-50 has-checked:text-blue-900 has-focus-visible:outline-2 has-focus-visible:outline-blue-700"
            >
              <input
                type="radio"
                name={name}
                value={o.value}
                checked={choice === o.value}
                onChange={() => setChoice(o.value)}
                className="sr-only"
              />
              {o.label}
            </label>
          ))}
        </fieldset>
      )}
      <div className={`grid gap-4 ${shown.length >= 2 ? '@lg:grid-cols-2' : ''}`}>
        {shown.map((lang) => (
          <div key={lang} className="min-w-0 space-y-4">
            {groups
              .find((g) => g.lang === lang)
              ?.texts.map((text, i) => (
                <TextVersion key={i} text={text} />
              ))}
          </div>
        ))}
      </div>
    </section>
  )
}

/** One version: what it is, its words as the page prints them (cuts marked), and the page. */
function TextVersion({ text }: { text: MessageText }) {
  const excerpt = text.extent === 'excerpt'
  return (
    <figure className="space-y-2" data-testid="message-version" data-lang={text.lang}>
      <figcaption className="text-xs font-semibold text-slate-700">{versionLabel(text)}</figcaption>
      <div
        lang={text.lang}
        className="message-text space-y-2 border-l-2 border-slate-300 pl-3 font-serif text-[15px] leading-relaxed text-slate-900 [overflow-wrap:anywhere]"
      >
        {text.paragraphs.map((p, i) =>
          p.trim() === CUT ? (
            <Cut key={i} />
          ) : (
            <p key={i}>
              <Highlight text={p} />
            </p>
          ),
        )}
      </div>
      <p className="text-xs text-slate-600 [overflow-wrap:anywhere]">
        {richText(excerpt ? 'detail.texts.quotedBy' : 'detail.texts.printedBy', {
          source: (
            <>
              <ExternalLink url={text.source.url}>
                {/* A page's headline is in the language of the words it prints. */}
                {text.source.title ? (
                  <span lang={text.lang}>{text.source.title}</span>
                ) : (
                  text.source.publisher
                )}
              </ExternalLink>
              {text.source.title && <> — {text.source.publisher}</>}
            </>
          ),
        })}
        {text.note && (
          // Our note, in English.
          <span lang={currentLang() === 'en' ? undefined : 'en'}> {text.note}</span>
        )}
      </p>
    </figure>
  )
}

/** Where an excerpt leaves words out. */
function Cut() {
  return (
    // Inside a version's own language: the words about the cut are the page's.
    <p className="text-slate-500" lang={currentLang()}>
      <span aria-hidden>[…]</span>
      <span className="sr-only">{t('detail.texts.cut')}</span>
    </p>
  )
}
