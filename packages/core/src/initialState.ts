import type { ChatState } from './types'

/** The state of a chat that does not exist yet (first render, server render). */
export const initialState: ChatState = {
  status: 'idle',
  open: false,
  visible: true,
  unread: null,
  buttonShown: null,
  error: null,
  fallback: false,
}
