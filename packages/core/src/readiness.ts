import type { ChatError } from './chatError'

/** `ready()`'s answer: one promise for everyone who asks before the chat is ready, fails or goes. */
export function createReadiness() {
  let waiting: Promise<void> | undefined
  let answer: (error?: ChatError) => void
  return {
    wait: () =>
      (waiting ||= new Promise<void>(
        (resolve, reject) => (answer = (error) => (error ? reject(error) : resolve())),
      )),
    settle(error?: ChatError) {
      if (waiting) answer(error)
      waiting = undefined
    },
  }
}
