import type { LoadStrategy, ScriptLoader, ScriptRequest } from '@chatmount/core'
import Script from 'next/script'
import { useCallback, useState } from 'react'

// next/script remembers every id and src it was given, loaded or failed, for the life of the page
// and never adds one again; a second request (retry, consent granted again, a new chat for the
// same provider) is left to core, which adds its own script.
const givenToNext = new Set<string>()

/** A `scriptLoader` for core that renders the vendor script with `next/script`. */
export function useNextScript(): [ScriptLoader, ScriptRequest | null] {
  const [request, setRequest] = useState<ScriptRequest | null>(null)
  const scriptLoader = useCallback<ScriptLoader>((next) => {
    if (givenToNext.has(next.id) || givenToNext.has(next.src)) return false
    givenToNext.add(next.id).add(next.src)
    setRequest(next)
    return () => {
      // Core removes a script before it asks for the next one: this never clears a newer request.
      setRequest(null)
      document.getElementById(next.id)?.remove()
    }
  }, [])
  return [scriptLoader, request]
}

/**
 * The core decides when the chat starts (its strategy, consent); `next/script` then adds the
 * script its way: right away for `eager` and the intent-driven strategies, after the page's own
 * load and an idle moment for `idle`.
 */
export function VendorScript({
  request,
  load = 'idle',
}: {
  request: ScriptRequest
  load?: LoadStrategy
}) {
  return (
    <Script
      {...request.attributes}
      id={request.id}
      src={request.src}
      nonce={request.nonce}
      strategy={load == 'idle' ? 'lazyOnload' : 'afterInteractive'}
      onLoad={request.loaded}
      onError={request.failed}
    />
  )
}
