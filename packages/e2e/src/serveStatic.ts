import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, resolve, sep } from 'node:path'

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

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
}

/**
 * A tiny HTTP server for a built app on 127.0.0.1 and a free port. GET and HEAD only. Any request
 * with `?delay=<ms>` is answered that many milliseconds later.
 */
export async function serveStatic(
  dir: string,
  options: ServeStaticOptions = {},
): Promise<StaticServer> {
  const root = resolve(dir)
  const requests: string[] = []

  /** The file a URL path names, or undefined when there is none (or the path leaves the root). */
  async function find(pathname: string): Promise<string | undefined> {
    let file = resolve(root, '.' + pathname)
    if (file !== root && !file.startsWith(root + sep)) return undefined
    const info = await stat(file).catch(() => undefined)
    if (info?.isDirectory()) file = join(file, 'index.html')
    else if (!info?.isFile()) return undefined
    return (await stat(file).catch(() => undefined))?.isFile() ? file : undefined
  }

  const server = createServer(async (request, response) => {
    const requested = request.url ?? '/'
    requests.push(requested)
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end()
      return
    }
    let url: URL
    let pathname: string
    try {
      url = new URL(requested, 'http://localhost')
      pathname = decodeURIComponent(url.pathname)
    } catch {
      response.writeHead(400).end()
      return
    }
    // `?delay=<ms>` answers that much later: a slow vendor script, on demand.
    const delay = Number(url.searchParams.get('delay'))
    if (delay > 0) await new Promise((done) => setTimeout(done, delay))
    let file = await find(pathname)
    if (!file && options.spaFallback && extname(pathname) === '') file = await find('/index.html')
    if (!file) {
      response
        .writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
        .end(`Not found: ${pathname}`)
      return
    }
    const body = await readFile(file)
    response.writeHead(200, {
      ...options.headers,
      'content-type': contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-store',
    })
    response.end(request.method === 'HEAD' ? undefined : body)
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
