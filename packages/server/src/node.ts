// @chatmount/server/node: web-standard handlers on Node's own (req, res), for Express, Fastify's
// raw mode, Koa's ctx.req/res or node:http. Node 20 has Request and Response built in.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { Readable } from 'node:stream'

/** What Express adds to Node's request: its mount-free URL, and a body a parser may have read. */
type NodeRequest = IncomingMessage & { originalUrl?: string; body?: unknown }

/**
 * `(req, res)` for a `(request) => Promise<Response>` handler. Mount it before any body parser, or
 * after `express.raw()` / `express.text()`: a body `express.json()` already parsed is sent on
 * re-serialized, which is the same JSON but not the same bytes.
 */
export function toNodeHandler(
  handler: (request: Request) => Promise<Response>,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  if (typeof handler != 'function') throw new TypeError('handler must be a function of a Request.')
  return async (req: NodeRequest, res) => {
    let response: Response
    try {
      response = await handler(await toRequest(req))
    } catch (error) {
      console.error('[chatmount/server] the handler threw:', error)
      response = new Response('The handler failed.', { status: 500 })
    }
    res.statusCode = response.status
    response.headers.forEach((value, name) => res.setHeader(name, value))
    res.end(new Uint8Array(await response.arrayBuffer()))
  }
}

async function toRequest(req: NodeRequest): Promise<Request> {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers))
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
  const url = `http://${req.headers.host ?? 'localhost'}${req.originalUrl ?? req.url ?? '/'}`
  const method = req.method ?? 'GET'
  if (method == 'GET' || method == 'HEAD') return new Request(url, { method, headers })
  // Streamed, so that the handler's own size limit stops an oversized body before it is all read.
  if (req.body !== undefined) headers.delete('content-length') // re-serialized: its length may differ
  const body =
    req.body === undefined
      ? (Readable.toWeb(req) as ReadableStream<Uint8Array>)
      : parsedBody(req.body)
  return new Request(url, { method, headers, body, duplex: 'half' } as RequestInit)
}

function parsedBody(body: unknown): Uint8Array {
  if (body instanceof Uint8Array) return body
  return new TextEncoder().encode(typeof body == 'string' ? body : JSON.stringify(body))
}
