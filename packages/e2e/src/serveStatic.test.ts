import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveStatic } from './serveStatic'

let dir: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chatmount-serve-'))
  await mkdir(join(dir, 'assets'))
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>app</title>')
  await writeFile(join(dir, 'assets', 'app.js'), 'console.log(1)')
  await writeFile(join(dir, 'assets', 'app.css'), 'body{}')
  await writeFile(join(dir, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  await writeFile(join(dir, 'data.json'), '{}')
})
afterAll(() => rm(dir, { recursive: true, force: true }))

describe('serveStatic', () => {
  it('serves files with their content types and records every request', async () => {
    const server = await serveStatic(dir)
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      const types = await Promise.all(
        ['/', '/assets/app.js', '/assets/app.css', '/logo.svg', '/data.json'].map(async (path) => {
          const response = await fetch(server.url + path)
          expect(response.status).toBe(200)
          // The media type; sirv writes the charset as `;charset=utf-8`.
          return response.headers.get('content-type')?.split(';')[0]
        }),
      )
      expect(types).toEqual([
        'text/html',
        'text/javascript',
        'text/css',
        'image/svg+xml',
        'application/json',
      ])
      expect([...server.requests].sort()).toEqual([
        '/',
        '/assets/app.css',
        '/assets/app.js',
        '/data.json',
        '/logo.svg',
      ])
    } finally {
      await server.close()
    }
  })

  it('answers unknown paths with 404, or index.html for app routes with spaFallback', async () => {
    const plain = await serveStatic(dir)
    const spa = await serveStatic(dir, { spaFallback: true })
    try {
      expect((await fetch(plain.url + '/some/route')).status).toBe(404)
      const route = await fetch(spa.url + '/some/route?x=1')
      expect(route.status).toBe(200)
      expect(await route.text()).toContain('<title>app</title>')
      // A missing file stays missing: an HTML page would only hide the mistake.
      expect((await fetch(spa.url + '/emulators/missing.js')).status).toBe(404)
      expect(spa.requests).toEqual(['/some/route?x=1', '/emulators/missing.js'])
    } finally {
      await plain.close()
      await spa.close()
    }
  })

  it('answers ?delay=<ms> that much later, with the extra headers it was given', async () => {
    const server = await serveStatic(dir, {
      headers: { 'content-security-policy': "script-src 'self'" },
    })
    try {
      const started = performance.now()
      const response = await fetch(server.url + '/assets/app.js?delay=150')
      expect(performance.now() - started).toBeGreaterThanOrEqual(140)
      expect(await response.text()).toBe('console.log(1)')
      expect(response.headers.get('content-security-policy')).toBe("script-src 'self'")
    } finally {
      await server.close()
    }
  })

  it('never serves files outside its folder', async () => {
    const server = await serveStatic(join(dir, 'assets'))
    try {
      expect((await fetch(server.url + '/%2e%2e/index.html')).status).toBe(404)
      expect((await fetch(server.url + '/app.js')).status).toBe(200)
    } finally {
      await server.close()
    }
  })
})
