import { describe, expect, it } from 'vitest'
import { guessDay, guessKind, guessOccasion, guessParties, guessYear } from '../../scripts/lib/guess.ts'
import { readCorpus } from '../../scripts/lib/corpus.ts'

const { occasions, people } = readCorpus('data')

describe('guessDay(text)', () => {
  it.each([
    ['On October 7, the leader sent', { month: 10, day: 7, year: undefined }, 'October 7'],
    ['on May 9th, 2023 he wrote', { month: 5, day: 9, year: 2023 }, 'May 9th, 2023'],
    ['dated 15 August 2025 in Pyongyang', { month: 8, day: 15, year: 2025 }, '15 August 2025'],
  ])('reads %j', (text, value, phrase) => {
    expect(guessDay(text)).toEqual({ value, phrase })
  })

  it('finds nothing in text without a date', () => {
    expect(guessDay('In a telegram on Victory Day, Kim affirmed support.')).toBeUndefined()
  })
})

describe('guessYear / guessKind', () => {
  it('takes the first plausible year', () => {
    expect(guessYear('In 2024, after the 1948 founding')?.value).toBe(2024)
    expect(guessYear('no year here, just 7 and 300')).toBeUndefined()
  })

  it('names the kind from the first kind word, or message', () => {
    expect(guessKind('sent a birthday telegram').value).toBe('telegram')
    expect(guessKind('in a letter to').value).toBe('letter')
    expect(guessKind('greetings to Putin').value).toBe('message')
  })
})

describe('guessOccasion(text)', () => {
  it.each([
    ['Kim Jong-un Congratulates Putin on Birthday', 'putin-birthday'],
    ['a telegram on Victory Day', 'victory-day'],
    ['greetings on the 70th anniversary of the armistice (Victory Day in the DPRK)', 'armistice-anniversary'],
    ['New Year cards to leaders', 'new-year'],
    ['congratulated Putin on Russia Day', 'russia-day'],
    ['on the 80th anniversary of Korea’s liberation', 'liberation-day'],
    ['on the 77th anniversary of the founding of the DPRK', 'dprk-founding-day'],
    ['on 75 years of diplomatic relations', 'diplomatic-relations-anniversary'],
    ['expressed condolences over the attack', 'condolence'],
  ])('reads %j as %s', (text, occasion) => {
    expect(guessOccasion(text, occasions)?.value).toBe(occasion)
  })
})

describe('guessParties(text)', () => {
  it('reads the recipient from "sent ... to" and makes the other leader the sender', () => {
    const g = guessParties(
      'Kim Jong-un sent a birthday telegram to Russian President Vladimir Putin.',
      people,
    )
    expect(g.to).toEqual({
      value: 'vladimir-putin',
      phrase: 'sent a birthday telegram to Russian President Vladimir Putin',
    })
    expect(g.from?.value).toBe('kim-jong-un')
  })

  it('reads "addressed to" the other way round', () => {
    const g = guessParties('In a letter addressed to Kim Jong Un, the Russian president wrote', people)
    expect([g.from?.value, g.to?.value]).toEqual(['vladimir-putin', 'kim-jong-un'])
  })

  it('guesses nothing when the text does not say', () => {
    expect(guessParties('The two leaders met in Beijing.', people)).toEqual({})
  })
})
