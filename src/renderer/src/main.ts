import { mount } from 'svelte'
import App from './App.svelte'
import './styles/app.css'

const target = document.getElementById('app')
if (!target) throw new Error('index.html has no #app element')

// The reader restores the saved position itself; the browser's own restoration would fight it.
history.scrollRestoration = 'manual'
mount(App, { target })
