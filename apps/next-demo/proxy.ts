import { NextResponse, type NextRequest } from 'next/server'

/** The header that carries the page's query string to the root layout, which cannot read it otherwise. */
export const DEMO_SEARCH_HEADER = 'x-demo-search'

// `?live`, `?provider=…` and friends choose the demo's chat; a layout gets no search params, so
// they travel as a request header.
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers)
  headers.set(DEMO_SEARCH_HEADER, request.nextUrl.search)
  return NextResponse.next({ request: { headers } })
}

export const config = { matcher: ['/((?!_next/|emulators/|emulated/|api/).*)'] }
