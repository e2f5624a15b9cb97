import { useState } from 'react'
import { eventPageUrl } from '../data/appRoot.ts'
import type { Event } from '../data/schema.ts'
import { citation } from './citation.ts'

/** "Copy citation": to the clipboard, or shown for copying by hand when the browser refuses. */
export function CopyCitation({ event }: { event: Event }) {
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle')
  // Made when asked for, so "accessed" is the day of copying.
  const [text, setText] = useState('')
  return (
    <section className="space-y-2" aria-label="Cite this event">
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          onClick={() => {
            const made = citation(event, eventPageUrl(event.id), new Date())
            setText(made)
            if (!navigator.clipboard) return setState('manual')
            navigator.clipboard.writeText(made).then(
              () => setState('copied'),
              () => setState('manual'),
            )
          }}
          className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-blue-700"
        >
          Copy citation
        </button>
        <span role="status" className="text-sm text-slate-700">
          {state === 'copied' ? 'Citation copied.' : state === 'manual' ? 'Copy it from the box below.' : ''}
        </span>
      </div>
      {state === 'manual' && (
        <textarea
          readOnly
          aria-label="Citation"
          value={text}
          rows={4}
          className="w-full rounded-md border border-slate-300 bg-white p-2 text-sm text-slate-900"
          onFocus={(e) => e.target.select()}
        />
      )}
    </section>
  )
}
