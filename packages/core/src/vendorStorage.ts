import type { AnyProvider, VendorWindow } from './defineProvider'

/** A stored key's name, or a prefix written as `'name*'`. */
const matches = (patterns: readonly string[], name: string) =>
  patterns.some((pattern) =>
    pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name == pattern,
  )

function forgetKeys(storage: Storage | undefined, patterns: readonly string[] | undefined) {
  if (!storage || !patterns?.length) return
  const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index))
  for (const key of keys) if (key != null && matches(patterns, key)) storage.removeItem(key)
}

/** Expire a cookie wherever it may have been set: this host and each parent domain, path `/`. */
function expireCookie(document: Document, name: string) {
  const labels = document.location?.hostname.split('.') ?? []
  const domains = [
    undefined,
    ...labels.slice(0, -1).map((_, index) => labels.slice(index).join('.')),
  ]
  for (const domain of domains)
    document.cookie = `${name}=; Max-Age=0; path=/${domain ? `; domain=${domain}` : ''}`
}

/**
 * Remove what the vendor stored in this browser (`provider.storage`): its localStorage and
 * sessionStorage keys and its cookies. Storage the browser refuses (a sandbox, blocked cookies)
 * holds nothing of the vendor's either, so it is skipped.
 */
export function forgetVendorStorage(provider: AnyProvider, window: VendorWindow): void {
  const { storage } = provider
  if (!storage) return
  const area = (name: 'localStorage' | 'sessionStorage') => {
    try {
      return window[name]
    } catch {
      return undefined
    }
  }
  forgetKeys(area('localStorage'), storage.local)
  forgetKeys(area('sessionStorage'), storage.session)
  if (!storage.cookies?.length) return
  const { document } = window
  const names = document.cookie
    .split(';')
    .map((cookie) => cookie.split('=')[0]!.trim())
    .filter((name) => name && matches(storage.cookies!, name))
  names.forEach((name) => expireCookie(document, name))
}
