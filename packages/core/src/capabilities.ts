import type { LazyProvider } from './builtins'
import type { AnyProvider } from './defineProvider'
import type { ChatState } from './types'

/**
 * What a chat for this provider can do (`supports()`): its declared capabilities and operations.
 * A built-in provider by name says it in its facts, before its module arrives.
 */
export function capabilitiesOf(provider: AnyProvider | LazyProvider): Set<string> {
  const capabilities = new Set<string>(
    'load' in provider
      ? provider.capabilities
      : [
          ...(provider.capabilities ?? []),
          ...Object.keys(provider.operations),
          ...(provider.button ? ['button'] : []),
        ],
  )
  // A vendor that reports open and close lets us toggle from what we know.
  if (capabilities.has('open') && capabilities.has('close') && capabilities.has('events.open'))
    capabilities.add('toggle')
  return capabilities
}

/**
 * The state of a chat as it is created: nothing asked yet, unread counted and the vendor's button
 * watched where the vendor can tell.
 */
export const initialStateOf = (capabilities: Set<string>): ChatState => ({
  status: 'idle',
  open: false,
  visible: true,
  unread: capabilities.has('unread') ? 0 : null,
  buttonShown: capabilities.has('button') ? false : null,
  error: null,
  fallback: false,
})
