/** What went wrong, in a form an app can switch on. */
export type ChatErrorCode =
  | 'config' // an option is missing or malformed
  | 'load_failed' // the vendor script could not be fetched (blocked, 404, offline)
  | 'timeout' // the script arrived but the vendor never said it was ready in time
  | 'unsupported' // this provider cannot do what was asked
  | 'destroyed' // the chat was destroyed before it could answer
  | 'vendor' // the vendor's own code threw

/** Every error chatmount raises or reports is one of these. */
export class ChatError extends Error {
  override readonly name = 'ChatError'
  readonly code: ChatErrorCode

  constructor(code: ChatErrorCode, message: string, options?: { cause?: unknown }) {
    super(`[chatmount] ${message}`, options)
    this.code = code
  }
}

export function isChatError(value: unknown): value is ChatError {
  return value instanceof ChatError
}
