import { atEvent, corpus, events, ofOccasion, occasionLabel } from './corpus.ts'
import { expect, test } from './fixtures.ts'

const names = (ids: string[]) => ids.map((id) => corpus.people.find((p) => p.id === id)?.name ?? id)

for (const event of events.filter((e) => e.bodyKind === 'report')) {
  test(`${event.id}: the panel shows the article reporting the message, whole and labelled as a report`, async ({
    page,
  }) => {
    await page.goto('./')
    await page
      .getByRole('region', { name: /Events in view/ })
      .locator(`[data-event-id="${event.id}"]`)
      .click()
    const panel = page.getByRole('complementary', { name: event.title })
    await expect(panel).toBeVisible()
    const paragraphs = panel.getByTestId('full-text').locator('p')
    await expect(paragraphs).toHaveCount(event.body!.length)
    await expect(paragraphs).toHaveText(event.body!)
    // A report is never passed off as the message's own text.
    await expect(panel.getByRole('heading', { name: 'Article reporting the message' })).toBeVisible()
    await expect(panel.getByRole('heading', { name: 'Full text' })).toHaveCount(0)
    const credit = event.bodySource?.publisher
      ? `Published by ${event.bodySource.publisher}`
      : 'Publisher not recorded'
    await expect(panel).toContainText(credit)
    if (event.bodySource?.title) await expect(panel).toContainText(`headline “${event.bodySource.title}”`)
    await expect(panel).toContainText(`${names(event.from).join(', ')} → ${names(event.to).join(', ')}`)
    await expect(page).toHaveURL(atEvent(event.id))
  })
}

test('the panel lists every source as a link and says what its confidence means', async ({ page }) => {
  const verified = events.find((e) => e.confidence === 'verified')!
  await page.goto(`./?event=${verified.id}`)
  const panel = page.getByRole('complementary')
  const sources = panel.getByRole('region', { name: /^Sources/ })
  await expect(sources).toContainText(
    'Verified: at least two publishers, independently of each other, report this event;',
  )
  const links = sources.getByRole('link')
  await expect(links).toHaveCount(verified.sources.filter((s) => s.url).length)
  for (const [i, s] of verified.sources.filter((x) => x.url).entries()) {
    await expect(links.nth(i)).toHaveAttribute('href', new URL(s.url!).href)
    await expect(links.nth(i)).toHaveAttribute('rel', /noopener/)
  }

  const single = events.find((e) => e.confidence === 'single-source' && !e.body && !e.texts?.length)!
  await page.goto(`./?event=${single.id}`)
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(single.title)
  await expect(page.getByRole('complementary')).toContainText(
    'Single source: only one publisher reporting this event has been found so far.',
  )
  await expect(page.getByRole('complementary')).toContainText('The full text is not in this timeline')
})

test('a paraphrase is shown as one, without quotation marks', async ({ page }) => {
  const event = events.find((e) => e.quotes.some((q) => q.paraphrase))!
  const quote = event.quotes.find((q) => q.paraphrase)!
  await page.goto(`./?event=${event.id}`)
  const section = page.getByRole('complementary').getByRole('region', { name: 'In their words' })
  const shown = section.getByText(quote.text)
  await expect(shown).toBeVisible()
  await expect(shown).toContainText('Paraphrase')
  await expect(shown).not.toContainText('“')
  await expect(section.locator('blockquote').filter({ hasText: quote.text })).toHaveCount(0)
})

test('related events, previous and next move the panel', async ({ page }) => {
  // A two-way exchange: one day, one occasion, both directions, linked to each other.
  const a = events.find((e) =>
    e.related.some((r) => {
      const b = events.find((x) => x.id === r)
      return b && b.date === e.date && b.occasion === e.occasion && b.from[0] !== e.from[0]
    }),
  )!
  const b = events.find((x) => a.related.includes(x.id) && x.date === a.date)!
  await page.goto(`./?event=${a.id}`)
  const panel = page.getByRole('complementary')
  await panel.getByRole('region', { name: 'Related events' }).getByRole('link', { name: b.title }).click()
  await expect(page).toHaveURL(atEvent(b.id))
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(b.title)
  const i = events.indexOf(b)
  await panel.getByRole('button', { name: /Next/ }).click()
  await expect(page).toHaveURL(atEvent(events[i + 1].id))
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(
    events[i + 1].title,
  )
  await page
    .getByRole('complementary')
    .getByRole('button', { name: /Previous/ })
    .click()
  await expect(page).toHaveURL(atEvent(b.id))
})

test('a related link shows in both panels, whichever file holds it, and on both event pages', async ({
  page,
}) => {
  // A link written in one file only: the other event's panel lists it all the same.
  const holder = events.find((e) =>
    e.related.some((r) => !events.find((x) => x.id === r)?.related.includes(e.id)),
  )!
  const other = events.find((x) => holder.related.includes(x.id) && !x.related.includes(holder.id))!
  await page.goto(`./?event=${other.id}`)
  const related = page.getByRole('complementary').getByRole('region', { name: 'Related events' })
  await expect(related.getByRole('link', { name: holder.title })).toBeVisible()
  await page.goto(`./event/${other.id}/`)
  await expect(
    page.getByRole('region', { name: 'Related events' }).getByRole('link', { name: holder.title }),
  ).toBeVisible()
})

test('the panel lists the same occasion in other years', async ({ page }) => {
  const birthdays = ofOccasion('putin-birthday')
  const [event, ...others] = birthdays
  await page.goto(`./?event=${event.id}`)
  const panel = page.getByRole('complementary')
  const section = panel.getByRole('region', { name: `${occasionLabel('putin-birthday')} in other years` })
  await expect(section).toBeVisible()
  for (const other of others.slice(0, 12))
    await expect(section.getByRole('link', { name: other.title })).toBeVisible()
})
