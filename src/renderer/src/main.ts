import { hydrate, mount } from 'svelte'
import { FIRST_ANSWERS_ELEMENT_ID, parseFirstAnswers } from '@shared/first-answers'
import App from './App.svelte'
import { afterFirstPaint } from './after-first-paint'
import './styles/app.css'

const target = document.getElementById('app')
if (!target) throw new Error('index.html has no #app element')

// The reader restores the saved position itself; the browser's own restoration would fight it.
history.scrollRestoration = 'manual'

// Both hosts send the first screen already drawn, with the answers it was drawn from: take over
// that markup rather than draw it again, once it has painted (taking it over costs as much as the
// first frame). A page sent without them (an answer failed) comes empty, and is drawn at once.
const first = parseFirstAnswers(document.getElementById(FIRST_ANSWERS_ELEMENT_ID)?.textContent)
if (first) afterFirstPaint(() => hydrate(App, { target, props: { first } }))
else mount(App, { target })
