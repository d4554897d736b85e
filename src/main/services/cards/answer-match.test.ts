/**
 * Typed answers are checked the way a fair teacher would: forgiving form, strict on substance. One
 * table of right and wrong spellings per kind of answer (dates, lists, names, numbers, events, terms),
 * including every example of issue 12, run against the shipped answer rules (answers.json).
 */
import { describe, expect, it } from 'vitest'
import { ANSWER_RULES } from './answer-rules'
import { checkAnswer, editDistance, listItems, normalizeAnswer, readDate } from './answer-match'

type Row = [given: string, accepted: string[], right: boolean, why: string]

const FEB_28 = ['28 February 2025', '28 Feb 2025', '28 February']
const AUG_18 = ['Monday 18 August 2025', '18 August 2025', '18 August', '18 Aug 2025']
const INVASION = [
  '24 February 2022, the full-scale invasion',
  '24 February 2022',
  '24 Feb 2022',
  'February 2022'
]
const CRIMEA = ['18 March 2014', 'March 2014']
const ISTANBUL = ['16 May 2025', '16 May']

const dates: Row[] = [
  ['28 Feb', FEB_28, true, 'issue: short month, no year in the article’s year'],
  ['Friday 28 February 2025', FEB_28, true, 'issue: the right weekday'],
  ['18 Aug 2025', AUG_18, true, 'issue: short month'],
  ['Feb 24, 2022', INVASION, true, 'issue: month first, American comma'],
  ['2022-02-24', INVASION, true, 'issue: ISO date'],
  ['28 February 2025', FEB_28, true, 'the answer itself'],
  ['28th February', FEB_28, true, 'an ordinal'],
  ['February 28th, 2025', FEB_28, true, 'month first with an ordinal'],
  ['the 28th of February 2025', FEB_28, true, '“the … of”'],
  ['on 28 February', FEB_28, true, 'a leading “on”'],
  ['Fri 28 Feb 2025', FEB_28, true, 'short weekday and month'],
  ['28 feb 2025.', FEB_28, true, 'lower case and a full stop'],
  ['2025-02-28', FEB_28, true, 'ISO'],
  ['28/02/2025', FEB_28, true, 'numeric, day first, unambiguous'],
  ['28.02.2025', FEB_28, true, 'numeric with dots'],
  ['2/28/2025', FEB_28, true, 'numeric, month first, unambiguous'],
  ['February 28', FEB_28, true, 'month first, no year'],
  ['28 February, 2025', FEB_28, true, 'a comma before the year'],
  ['27 February', FEB_28, false, 'issue: a wrong day'],
  ['28 March', FEB_28, false, 'issue: a wrong month'],
  ['28 February 2024', FEB_28, false, 'issue: a wrong year'],
  ['Thursday 28 February 2025', FEB_28, false, 'a wrong weekday'],
  ['Friday 27 February 2025', FEB_28, false, 'a right weekday name for a wrong date'],
  ['February 2025', FEB_28, false, 'no day'],
  ['February', FEB_28, false, 'only the month'],
  ['28', FEB_28, false, 'only the day'],
  ['2025', FEB_28, false, 'only the year'],
  ['28/03/2025', FEB_28, false, 'numeric, wrong month'],
  ['Monday 18 August 2025', AUG_18, true, 'the answer itself'],
  ['Monday, 18 August', AUG_18, true, 'weekday with a comma, no year'],
  ['August 18, 2025', AUG_18, true, 'American order'],
  ['18th Aug', AUG_18, true, 'ordinal, short month'],
  ['2025-08-18', AUG_18, true, 'ISO'],
  ['Mon 18 Aug', AUG_18, true, 'short weekday'],
  ['Tuesday 18 August 2025', AUG_18, false, 'a wrong weekday'],
  ['19 August 2025', AUG_18, false, 'the next day'],
  ['18 August 2024', AUG_18, false, 'a year early'],
  ['18 July 2025', AUG_18, false, 'a month early'],
  ['24 February 2022', INVASION, true, 'the date of a longer answer'],
  ['24th of February, 2022', INVASION, true, 'ordinal with “of”'],
  ['24/02/2022', INVASION, true, 'numeric, unambiguous'],
  ['February 2022', INVASION, true, 'an accepted month and year'],
  ['24 February', INVASION, false, 'the year is what is asked (not the article’s)'],
  ['24 February 2023', INVASION, false, 'a wrong year'],
  ['23 February 2022', INVASION, false, 'a wrong day'],
  ['12 February 2022', INVASION, false, 'a day not in the month-only answer'],
  ['2022-02-23', INVASION, false, 'ISO, wrong day'],
  ['18 March 2014', CRIMEA, true, 'the answer'],
  ['March 18, 2014', CRIMEA, true, 'American order'],
  ['March 2014', CRIMEA, true, 'an accepted month and year'],
  ['18 March', CRIMEA, false, 'no year where the year is asked'],
  ['16 March 2014', CRIMEA, false, 'the referendum, not the annexation'],
  ['18 March 2015', CRIMEA, false, 'a wrong year'],
  ['16 May', ISTANBUL, true, 'no year'],
  ['May 16th', ISTANBUL, true, 'month first, ordinal'],
  ['Friday 16 May 2025', ISTANBUL, true, 'the right weekday'],
  ['15 May 2025', ISTANBUL, false, 'the day Zelenskyy proposed'],
  ['Saturday 16 May 2025', ISTANBUL, false, 'a wrong weekday'],
  ['3/4/2025', ['3 April 2025'], false, 'issue: ambiguous numeric dates are refused'],
  ['4/3/2025', ['4 March 2025'], false, 'ambiguous the other way'],
  ['5/5/2025', ['5 May 2025'], true, 'day and month equal: not ambiguous']
]

const lists: Row[] = [
  ['Japan, Australia', ['Japan and Australia'], true, 'issue: any order, a comma'],
  ['Australia and Japan', ['Japan and Australia'], true, 'the other order with “and”'],
  ['Japan & Australia', ['Japan and Australia'], true, 'an ampersand'],
  ['Japan/Australia', ['Japan and Australia'], true, 'a slash'],
  ['japan; australia', ['Japan and Australia'], true, 'a semicolon'],
  ['Japan', ['Japan and Australia'], false, 'one left out'],
  ['Japan, Australia, Canada', ['Japan and Australia'], false, 'one too many'],
  ['Japan, Canada', ['Japan and Australia'], false, 'one wrong'],
  ['Japn and Australia', ['Japan and Australia'], true, 'a typo in one item'],
  ['Luhansk and Donetsk', ['Donetsk and Luhansk'], true, 'regions in any order'],
  ['Donetsk, Luhansk', ['Donetsk and Luhansk'], true, 'a comma'],
  ['Donetsk', ['Donetsk and Luhansk'], false, 'one region left out'],
  ['Donetsk and Kharkiv', ['Donetsk and Luhansk'], false, 'a wrong region'],
  ['Macron and Starmer', ['Keir Starmer and Emmanuel Macron'], true, 'surnames in any order'],
  ['Starmer, Macron', ['Keir Starmer and Emmanuel Macron'], true, 'surnames with a comma'],
  ['Emmanuel Macron & Keir Starmer', ['Keir Starmer and Emmanuel Macron'], true, 'full names, an ampersand'],
  ['Starmer', ['Keir Starmer and Emmanuel Macron'], false, 'one leader left out'],
  ['Starmer and Merz', ['Keir Starmer and Emmanuel Macron'], false, 'a wrong leader'],
  ['Merz and Macron', ['Friedrich Merz and Emmanuel Macron'], true, 'surnames'],
  ['Macron/Merz', ['Friedrich Merz and Emmanuel Macron'], true, 'a slash'],
  [
    'Meloni, Stubb and von der Leyen',
    ['Giorgia Meloni, Alexander Stubb and Ursula von der Leyen'],
    true,
    'three surnames'
  ],
  [
    'von der Leyen, Meloni, Stubb',
    ['Giorgia Meloni, Alexander Stubb and Ursula von der Leyen'],
    true,
    'three in another order'
  ],
  [
    'Meloni and Stubb',
    ['Giorgia Meloni, Alexander Stubb and Ursula von der Leyen'],
    false,
    'one of three left out'
  ],
  [
    'Meloni, Marin and von der Leyen',
    ['Giorgia Meloni, Alexander Stubb and Ursula von der Leyen'],
    false,
    'a wrong Finn'
  ]
]

const names: Row[] = [
  ['PM of the UK', ['Prime Minister of the United Kingdom'], true, 'issue: abbreviations'],
  ['Prime Minister of the UK', ['Prime Minister of the United Kingdom'], true, 'one abbreviation'],
  ['PM of Britain', ['Prime Minister of the United Kingdom'], true, 'an alias for the country'],
  ['prime minister of the united kingdom', ['Prime Minister of the United Kingdom'], true, 'case'],
  ['President of the UK', ['Prime Minister of the United Kingdom'], false, 'a wrong office'],
  ['PM of France', ['Prime Minister of the United Kingdom'], false, 'a wrong country'],
  ['Merz', ['Friedrich Merz, Chancellor of Germany'], true, 'a surname alone'],
  ['Friedrich Merz', ['Friedrich Merz, Chancellor of Germany'], true, 'the name without the office'],
  ['Mertz', ['Friedrich Merz, Chancellor of Germany'], true, 'a typo in the surname'],
  ['Macron', ['Friedrich Merz, Chancellor of Germany'], false, 'another leader'],
  ['Marx', ['Merz'], false, 'two letters wrong in a short name'],
  ['Mezr', ['Merz'], true, 'two neighbouring letters swapped'],
  ['Zelenskyy', ['Volodymyr Zelenskyy, President of Ukraine'], true, 'a surname'],
  ['Zelensky', ['Volodymyr Zelenskyy, President of Ukraine'], true, 'another spelling of the surname'],
  ['Zelenskiy', ['Volodymyr Zelenskyy, President of Ukraine'], true, 'a third spelling'],
  ['Putin', ['Volodymyr Zelenskyy, President of Ukraine'], false, 'the other president'],
  ['Vance', ['JD Vance, Vice President of the United States'], true, 'a surname'],
  ['J.D. Vance', ['JD Vance, Vice President of the United States'], true, 'initials with points'],
  ['Rubio', ['JD Vance, Vice President of the United States'], false, 'another official'],
  ['von der Leyen', ['Ursula von der Leyen'], true, 'a surname of three words'],
  ['Leyen', ['Ursula von der Leyen'], false, 'a fragment of a surname'],
  ['Landsbergis', ['Gabrielius Landsbergis, of Lithuania'], true, 'a surname'],
  [
    'Kluge',
    ['Janis Kluge, of the German Institute for International and Security Affairs'],
    true,
    'a surname'
  ],
  [
    'Ushakov',
    ['Janis Kluge, of the German Institute for International and Security Affairs'],
    false,
    'another man'
  ],
  ['Medinsky', ['Vladimir Medinsky'], true, 'a surname'],
  ['Vladimir', ['Vladimir Medinsky'], false, 'a first name alone is not enough'],
  ['NATO Sec. Gen.', ['NATO Secretary General'], true, 'issue: Sec. Gen.'],
  ["NATO's Secretary General", ['NATO Secretary General'], true, 'issue: NATO’s Secretary General'],
  ['NATO Secretary-General', ['NATO Secretary General'], true, 'a hyphen'],
  ['NATO Secretary Genral', ['NATO Secretary General'], true, 'a typo'],
  [
    'North Atlantic Treaty Organization Secretary General',
    ['NATO Secretary General'],
    true,
    'NATO spelt out'
  ],
  ['NATO Deputy Secretary General', ['NATO Secretary General'], false, 'a different post'],
  [
    'EU Commission President',
    ['President of the European Commission', 'EU Commission President'],
    true,
    'EU'
  ],
  ['President of the EU', ['President of the European Commission'], false, 'the EU is not the Commission'],
  ['VP of the US', ['Vice President of the United States'], true, 'VP and US'],
  ['Vice President of the USA', ['Vice President of the United States'], true, 'USA'],
  ['Vice President of America', ['Vice President of the United States'], true, 'America'],
  ['President of the US', ['Vice President of the United States'], false, 'not the vice president'],
  [
    'President of the United States',
    ['Donald Trump, President of the United States', 'President of the United States'],
    true,
    'the office'
  ],
  ['Trump', ['Donald Trump, President of the United States'], true, 'a surname'],
  ['Chancellor of Germany', ['Chancellor of Germany', 'German Chancellor'], true, 'the office'],
  ['German Chancellor', ['Chancellor of Germany', 'German Chancellor'], true, 'an accepted form'],
  ['President of Germany', ['Chancellor of Germany', 'German Chancellor'], false, 'a different office'],
  ['French President', ['President of France', 'French President'], true, 'accepted form'],
  ['Pres. of France', ['President of France'], true, 'Pres.'],
  ['Prime Minister of France', ['President of France'], false, 'a different office'],
  ['Turkey', ['Türkiye'], true, 'Turkey for Türkiye'],
  ['Turkiye', ['Türkiye'], true, 'no accent'],
  ['Greece', ['Türkiye'], false, 'another country'],
  ['St Peter’s Basilica', ["St Peter's Basilica"], true, 'curly apostrophe'],
  ["Saint Peter's Basilica", ["St Peter's Basilica"], true, 'Saint for St'],
  ['St Paul’s Cathedral', ["St Peter's Basilica"], false, 'another church'],
  [
    'Ukraine and its European supporters',
    ['Ukraine and its European supporters'],
    true,
    'a phrase with “and”, not a list'
  ]
]

const numbers: Row[] = [
  ['30', ['30', 'thirty', '30 countries'], true, 'the number'],
  ['thirty', ['30', 'thirty', '30 countries'], true, 'in words'],
  ['30 countries', ['30', 'thirty', '30 countries'], true, 'with the noun'],
  ['31', ['30', 'thirty', '30 countries'], false, 'a wrong number'],
  ['3', ['30', 'thirty', '30 countries'], false, 'a digit short'],
  ['300', ['30', 'thirty', '30 countries'], false, 'a digit more'],
  ['Article 5', ['Article 5', '5', 'Article Five'], true, 'the answer'],
  ['article five', ['Article 5', '5', 'Article Five'], true, 'in words'],
  ['5', ['Article 5', '5', 'Article Five'], true, 'the number alone'],
  ['Article 4', ['Article 5', '5', 'Article Five'], false, 'a wrong article'],
  ['Article', ['Article 5'], false, 'a missing number'],
  ['Article 51', ['Article 5', '5'], false, 'the UN Charter’s article'],
  ['1000 for 1000', ['1,000 for 1,000'], true, 'thousands separators'],
  ['1,000 for 1,000', ['1,000 for 1,000'], true, 'the answer'],
  ['100 for 100', ['1,000 for 1,000'], false, 'a wrong number'],
  ['40 minutes', ['About 40 minutes', '40 minutes', 'forty minutes'], true, 'the length'],
  ['forty minutes', ['About 40 minutes', '40 minutes', 'forty minutes'], true, 'in words'],
  ['about 40 minutes', ['About 40 minutes'], true, 'with “about”'],
  ['45 minutes', ['About 40 minutes', '40 minutes'], false, 'a wrong length'],
  ['4 minutes', ['About 40 minutes', '40 minutes'], false, 'a digit short'],
  ['six', ['Six, according to the article', 'six', '6'], true, 'in words'],
  ['6', ['Six, according to the article', 'six', '6'], true, 'a digit'],
  ['seven', ['Six, according to the article', 'six', '6'], false, 'arguably, but not the article’s count'],
  ['7', ['six', '6'], false, 'a wrong digit'],
  ['171 days', ['About six months (171 days)', 'six months', '171 days'], true, 'in days'],
  ['170 days', ['About six months (171 days)', 'six months', '171 days'], false, 'a day out'],
  ['6 months', ['About six months (171 days)', 'six months', '6 months'], true, 'in months']
]

const events: Row[] = [
  ['Alaska', ['Alaska summit'], true, 'issue: the key word of an event name'],
  ['the Alaska summit', ['Alaska summit'], true, 'with an article'],
  ['Alaska sumit', ['Alaska summit'], true, 'a typo'],
  ['Istanbul', ['Alaska summit'], false, 'another event'],
  ['summit', ['Alaska summit'], false, 'only the event word'],
  ['Istanbul', ['Istanbul talks'], true, 'talks'],
  ['the Istanbul talks', ['Istanbul talks'], true, 'with an article'],
  ['Anchorage', ['Istanbul talks'], false, 'another place'],
  ['Oval Office', ['Oval Office meeting'], true, 'a meeting by its room'],
  ['White House', ['Oval Office meeting'], false, 'not the same room'],
  ['Trump–Putin', ['Trump–Putin call'], true, 'a call by who held it'],
  ['Trump-Putin phone call', ['Trump–Putin call'], true, 'hyphen and “phone”'],
  ['Putin call', ['Trump–Putin call'], false, 'half of who'],
  ['the full-scale invasion', ['Full-scale invasion'], true, 'with an article'],
  ['Full scale', ['Full-scale invasion'], true, 'the key words'],
  ['the Donbas', ['Donbas'], true, 'a leading article'],
  ['Donbas', ['the Donbas'], true, 'a leading article on the expected side'],
  ['Crimea', ['the Donbas'], false, 'another region'],
  [
    'the disastrous one',
    ['The disastrous one, on 28 February 2025', 'the disastrous one', 'February'],
    true,
    'accepted short answer'
  ],
  [
    'the calm one',
    ['The disastrous one, on 28 February 2025', 'the disastrous one', 'February'],
    false,
    'the other one'
  ]
]

const terms: Row[] = [
  ['oval office', ['Oval Office'], true, 'case'],
  ['Turkiye', ['Türkiye'], true, 'accents'],
  ['An all Ukrainian referendum', ['an all-Ukrainian referendum'], true, 'hyphens'],
  ['  Secretary General.  ', ['Secretary General'], true, 'spaces and a full stop'],
  ['Secretry General', ['Secretary General'], true, 'one letter missing'],
  ['Secertary Genral', ['Secretary General'], true, 'two small typos in a long answer'],
  ['Anchorage', ['Joint Base Elmendorf-Richardson', 'Anchorage'], true, 'any accepted answer'],
  ['', ['Oval Office'], false, 'nothing typed'],
  ['the', ['the Donbas'], false, 'only an article'],
  ['Uk', ['UK'], true, 'case in a short answer'],
  ['US', ['UK'], false, 'one letter off in a two-letter answer'],
  ['coordination', ['US “coordination”', 'coordination'], true, 'the key word'],
  ['US coordination', ['US “coordination”'], true, 'without quotation marks'],
  ['US troops', ['US “coordination”', 'coordination'], false, 'what he did not promise'],
  ['very severe consequences', ['“Very severe consequences”'], true, 'without quotation marks'],
  [
    'extreme penalties',
    ['“Very severe consequences”', 'severe consequences'],
    false,
    'the paraphrase is not the words spoken'
  ],
  ['military might', ["America's military might", 'military might'], true, 'accepted'],
  ['US military might', ["America's military might"], true, 'US for America'],
  ['the US Navy', ["America's military might", 'military might'], false, 'the trap'],
  ['The Ingraham Angle', ['The Ingraham Angle, on Fox News', 'The Ingraham Angle'], true, 'the programme'],
  ['Fox & Friends', ['The Ingraham Angle, on Fox News', 'The Ingraham Angle'], false, 'another programme'],
  [
    'SWP',
    ['At the German Institute for International and Security Affairs (SWP), Berlin', 'SWP'],
    true,
    'the initials'
  ],
  ['the Constitution', ['The Ukrainian Constitution', 'the Constitution'], true, 'accepted'],
  ['the Minsk agreements', ['The Ukrainian Constitution', 'the Constitution'], false, 'a wrong answer'],
  ['a springboard', ['A springboard for a future invasion', 'a springboard'], true, 'accepted'],
  ['no', ['No: they have failed to seize it entirely', 'no'], true, 'a plain no'],
  ['yes', ['No: they have failed to seize it entirely', 'no'], false, 'the opposite']
]

describe('checkAnswer, against the shipped answer rules', () => {
  const table: [string, Row[]][] = [
    ['dates', dates],
    ['lists', lists],
    ['names and offices', names],
    ['numbers', numbers],
    ['events', events],
    ['terms', terms]
  ]
  it('holds at least 150 cases', () => {
    const total = table.reduce((sum, [, rows]) => sum + rows.length, 0)
    const byKind = table.map(([kind, rows]) => {
      const right = rows.filter(([, , isRight]) => isRight).length
      return `${kind} ${rows.length} (${right} right, ${rows.length - right} wrong)`
    })
    console.info(`[answer-match] ${total} cases: ${byKind.join('; ')}`)
    expect(total).toBeGreaterThanOrEqual(150)
  })
  for (const [kind, rows] of table) {
    const list = kind === 'lists'
    describe(kind, () => {
      it.each(rows)('"%s" against %j → %s (%s)', (given, accepted, right) => {
        expect(checkAnswer(given, accepted, ANSWER_RULES, { list }).correct).toBe(right)
      })
    })
  }
})

describe('what a refused answer is told', () => {
  it('names the items a list left out and the ones it added', () => {
    const rules = ANSWER_RULES
    expect(checkAnswer('Australia', ['Japan and Australia'], rules, { list: true }).feedback).toBe(
      'You left out: Japan.'
    )
    expect(
      checkAnswer('Japan, Canada and Australia', ['Japan and Australia'], rules, { list: true }).feedback
    ).toBe('Not part of the answer: Canada.')
    expect(checkAnswer('Japan, Canada', ['Japan and Australia'], rules, { list: true }).feedback).toBe(
      'You left out: Australia. Not part of the answer: Canada.'
    )
  })

  it('asks for the month in words when a numeric date could be read two ways', () => {
    expect(checkAnswer('3/4/2025', ['3 April 2025'], ANSWER_RULES).feedback).toBe(
      '3/4/2025 could be 3 April or 4 March: write the month in words.'
    )
  })

  it('says which weekday a date was, and asks for a year that is part of the answer', () => {
    expect(checkAnswer('Thursday 28 February 2025', FEB_28, ANSWER_RULES).feedback).toBe(
      '28 February 2025 was a Friday, not a Thursday.'
    )
    expect(checkAnswer('24 February', INVASION, ANSWER_RULES).feedback).toBe(
      'Give the year too: 2022 is part of the answer.'
    )
    expect(checkAnswer('Macron', ['Merz'], ANSWER_RULES).feedback).toBeNull()
  })
})

describe('the pieces', () => {
  it('reads only what a date says, and only when a date is all it says', () => {
    expect(readDate('Friday 28 February 2025')).toEqual({ day: 28, month: 2, year: 2025, weekday: 5 })
    expect(readDate('28 Feb')).toEqual({ day: 28, month: 2 })
    expect(readDate('March 2014')).toEqual({ month: 3, year: 2014 })
    expect(readDate('In London, on 2 March 2025')).toBeNull()
    expect(readDate('Tuesday')).toBeNull()
    expect(readDate('Article 5')).toBeNull()
  })

  it('splits a list at any separator', () => {
    expect(listItems('Japan, Australia & Canada / Peru and Chile')).toEqual([
      'Japan',
      'Australia',
      'Canada',
      'Peru',
      'Chile'
    ])
  })

  it('reduces an answer to its words and counts edits', () => {
    expect(normalizeAnswer('The “Coalition of the Willing”!')).toBe('the coalition of the willing')
    expect(normalizeAnswer("NATO's")).toBe('nato')
    expect(editDistance('kitten', 'sitting')).toBe(3)
    expect(editDistance('ab', 'ba')).toBe(1)
    expect(editDistance('', 'abc')).toBe(3)
  })
})
