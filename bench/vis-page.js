// The benchmark's vis-timeline page: the same corpus, three groups for the lanes, default
// options (plus clustering when the URL says ?cluster). Plain script: it is not part of the app.
/* global vis */
const params = new URLSearchParams(location.search)
fetch(`./items-${params.get('n')}.json`)
  .then((r) => r.json())
  .then((rows) => {
    const items = new vis.DataSet(
      rows.map(([id, start, group, occasion, content]) => ({ id, start, group, occasion, content })),
    )
    const hidden = new Set()
    const view = new vis.DataView(items, { filter: (item) => !hidden.has(item.occasion) })
    const groups = new vis.DataSet([
      { id: 'to-moscow', content: 'Pyongyang → Moscow' },
      { id: 'to-pyongyang', content: 'Moscow → Pyongyang' },
      { id: 'joint', content: 'Meetings and joint acts' },
    ])
    const options = params.has('cluster') ? { cluster: {} } : {}
    const timeline = new vis.Timeline(document.getElementById('timeline'), view, groups, options)
    // For the benchmark's checks that its input moved the view.
    window.visTimeline = timeline
    let marked = false
    timeline.on('changed', () => {
      if (marked) return
      marked = true
      requestAnimationFrame(() => setTimeout(() => performance.mark('timeline-painted')))
    })
    document.getElementById('filter').addEventListener('click', () => {
      const first = rows[0][3]
      if (hidden.has(first)) hidden.delete(first)
      else hidden.add(first)
      view.refresh()
    })
  })
