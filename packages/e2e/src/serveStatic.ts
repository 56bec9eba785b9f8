import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import sirv from 'sirv'

export interface StaticServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  url: string
  /** Every request the server saw, as requested: path and query (`/emulators/chatra.js?v=1`). */
  requests: string[]
  close(): Promise<void>
}

export interface ServeStaticOptions {
  /** Response headers added to every page (`content-security-policy`, …). */
  headers?: Record<string, string>
  /** Answer unknown paths that do not name a file (no extension) with `index.html`, as a single-page app needs. */
  spaFallback?: boolean
}

/**
 * A built app on 127.0.0.1 and a free port, its files served by sirv. What the tests add around
 * it: every request recorded, `?delay=<ms>` answered that much later (a slow vendor script, on
 * demand), nothing cached, GET and HEAD only.
 */
export async function serveStatic(
  dir: string,
  options: ServeStaticOptions = {},
): Promise<StaticServer> {
  const requests: string[] = []
  const files = sirv(resolve(dir), {
    // Read from disk on every request, with no caching headers of its own: a test may rebuild.
    dev: true,
    etag: false,
    // Paths with an extension are never answered with index.html: a missing file stays missing.
    single: options.spaFallback ?? false,
    setHeaders(response) {
      for (const [name, value] of Object.entries(options.headers ?? {}))
        response.setHeader(name, value)
      response.setHeader('cache-control', 'no-store')
    },
  })

  const server = createServer((request, response) => {
    const requested = request.url ?? '/'
    requests.push(requested)
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end()
      return
    }
    const delay = Number(new URL(requested, 'http://localhost').searchParams.get('delay'))
    const serve = () =>
      files(request, response, () => {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found')
      })
    if (delay > 0) setTimeout(serve, delay)
    else serve()
  })

  await new Promise<void>((done, fail) => {
    server.once('error', fail)
    server.listen(0, '127.0.0.1', done)
  })
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()))
        server.closeAllConnections()
      }),
  }
}
