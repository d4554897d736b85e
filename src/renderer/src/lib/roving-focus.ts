import type { Attachment } from 'svelte/attachments'

/** The controls of a toolbar that can take focus now (hidden ones, e.g. on wide screens, are skipped). */
function items(toolbar: HTMLElement): HTMLElement[] {
  return [...toolbar.querySelectorAll<HTMLElement>('[data-toolbar-item]')].filter(
    (item) => !item.hasAttribute('disabled') && item.checkVisibility()
  )
}

/**
 * A toolbar is one Tab stop: arrow keys, Home and End move between its controls (WAI-ARIA APG
 * toolbar pattern). The control last focused keeps tabindex 0 so Tab returns to it.
 */
export const rovingFocus: Attachment<HTMLElement> = (toolbar) => {
  const settle = (current: HTMLElement | undefined): void => {
    const list = items(toolbar)
    const keep = current && list.includes(current) ? current : list[0]
    for (const item of toolbar.querySelectorAll<HTMLElement>('[data-toolbar-item]')) {
      item.tabIndex = item === keep ? 0 : -1
    }
  }
  const onkeydown = (event: KeyboardEvent): void => {
    const list = items(toolbar)
    const at = list.indexOf(document.activeElement as HTMLElement)
    if (at === -1) return
    const target = {
      ArrowRight: list[(at + 1) % list.length],
      ArrowLeft: list[(at - 1 + list.length) % list.length],
      Home: list[0],
      End: list.at(-1)
    }[event.key]
    if (!target) return
    event.preventDefault()
    target.focus()
  }
  const onfocusin = (event: FocusEvent): void => settle(event.target as HTMLElement)
  // Which controls are visible changes with the window's width.
  const observer = new ResizeObserver(() =>
    settle(toolbar.querySelector<HTMLElement>('[tabindex="0"]') ?? undefined)
  )
  settle(undefined)
  observer.observe(toolbar)
  toolbar.addEventListener('keydown', onkeydown)
  toolbar.addEventListener('focusin', onfocusin)
  return () => {
    observer.disconnect()
    toolbar.removeEventListener('keydown', onkeydown)
    toolbar.removeEventListener('focusin', onfocusin)
  }
}
