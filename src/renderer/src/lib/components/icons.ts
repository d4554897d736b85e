/** 24×24 stroke icons, drawn inline so nothing is fetched. Each is one SVG path. */
export const ICONS = {
  book: 'M4 5.5C4 4.7 4.7 4 5.5 4H11v15H5.5C4.7 19 4 18.3 4 17.5v-12ZM20 5.5c0-.8-.7-1.5-1.5-1.5H13v15h5.5c.8 0 1.5-.7 1.5-1.5v-12Z',
  contents: 'M4 6h16M4 12h16M4 18h10',
  search: 'M10.5 17a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13ZM15.5 15.5 20 20',
  terms: 'M5 19 10 5l5 14M6.8 14h6.4M16 10h4M16 14h4',
  type: 'M4 19 8.5 7 13 19M5.6 15h5.8M14.5 19l3-8 3 8M15.4 17h4.2',
  close: 'M6 6l12 12M18 6 6 18',
  up: 'M6 15l6-6 6 6',
  down: 'M6 9l6 6 6-6',
  minus: 'M6 12h12',
  plus: 'M6 12h12M12 6v12',
  notes: 'M6 4h9l3 3v13H6V4ZM9 10h6M9 14h6M9 18h3',
  timeline: 'M3 12h18M6 8v8M12 6v12M18 9v6',
  data: 'M4 7c0-1.7 3.6-3 8-3s8 1.3 8 3-3.6 3-8 3-8-1.3-8-3Zm0 0v10c0 1.7 3.6 3 8 3s8-1.3 8-3V7M4 12c0 1.7 3.6 3 8 3s8-1.3 8-3',
  recall: 'M4 20V10M10 20V4M16 20v-7M22 20H2',
  people:
    'M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7ZM3 20c0-3.3 2.7-6 6-6s6 2.7 6 6M16 4.5a3.5 3.5 0 0 1 0 6.5M18 14c2 .8 3 2.9 3 6',
  cards: 'M8 4h11a1 1 0 0 1 1 1v11M5 8h10a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V9a1 1 0 0 1 1-1Z'
} as const

export type IconName = keyof typeof ICONS
