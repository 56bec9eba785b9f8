/** How long a burst of navigations may last and still count as one page view. */
export const PAGE_VIEW_WAIT = 300

/** Run `send` once, `wait` ms after the last of a burst of `schedule()` calls. */
export function debounce(send: () => void, wait = PAGE_VIEW_WAIT) {
  let timer: ReturnType<typeof setTimeout> | undefined
  return {
    schedule() {
      clearTimeout(timer)
      timer = setTimeout(send, wait)
    },
    cancel: () => clearTimeout(timer),
  }
}
