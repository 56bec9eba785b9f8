import { ChatError } from '@chatmount/core'

/** The `ChatError('config')` for a bad prop: which one, what was expected, what came. */
export const invalidOption = (option: string, expected: string, value: unknown) =>
  new ChatError(
    'config',
    `Invalid option "${option}": expected ${expected}, got ${typeof value == 'string' ? JSON.stringify(value.slice(0, 40)) : typeof value}.`,
  )
