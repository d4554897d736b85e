/** Whether the user is typing in a field (or a dialog is open), where keys belong to that. */
export function isTyping(target: EventTarget | null): boolean {
  return (
    document.querySelector('dialog[open]') !== null ||
    (target instanceof HTMLElement &&
      (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)))
  )
}

/**
 * Whether `event` asks to undo the last delete: Ctrl+Z (⌘Z on a Mac), outside text fields and with
 * no dialog open.
 */
export function isUndoKey(event: KeyboardEvent): boolean {
  return (
    (event.ctrlKey || event.metaKey) &&
    !event.shiftKey &&
    !event.altKey &&
    event.key.toLowerCase() === 'z' &&
    !isTyping(event.target)
  )
}
