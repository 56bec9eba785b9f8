/**
 * The client's methods that a stand-in passes on (the front until its engine is here, a handle
 * until its chat exists), keeping the calls in order meanwhile. These answer with a promise:
 */
export const answering = ['load', 'ready', 'retry', 'get'] as const

/** …and these return nothing, as the client's do (`destroy` is each stand-in's own). */
export const returningNothing = [
  'call',
  'open',
  'close',
  'toggle',
  'show',
  'hide',
  'setHidden',
  'identify',
  'signIn',
  'reset',
  'updateOptions',
  'pageView',
  'setConsent',
] as const
