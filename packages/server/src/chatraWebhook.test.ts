// Chatra's webhooks: the seed's three payloads reach their callbacks typed; anything else is refused
// before a callback runs.
import { chatraWebhookExamples, sendChatraWebhook } from '@chatmount/testing/server'
import { PassThrough } from 'node:stream'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it, vi } from 'vitest'
import { chatraWebhook, type ChatraWebhookOptions } from './chatraWebhook'
import { toNodeHandler } from './node'

const secret = 'webhook-secret-0123456789'
const url = `https://app.example/api/chatra?secret=${secret}`

function setup(options: Partial<ChatraWebhookOptions> = {}) {
  const calls = { onChatStarted: vi.fn(), onChatFragment: vi.fn(), onChatTranscript: vi.fn() }
  const handle = chatraWebhook({ secret, ...calls, ...options })
  const post = (body: NonNullable<RequestInit['body']>, target = url, init: RequestInit = {}) =>
    handle(new Request(target, { method: 'POST', body, ...init }))
  const called = () =>
    Object.values(calls).reduce((count, callback) => count + callback.mock.calls.length, 0)
  return { calls, handle, post, called }
}

describe('chatraWebhook: the seed’s payloads', () => {
  it.each(['chatStarted', 'chatFragment', 'chatTranscript'] as const)(
    '%s reaches its own callback, as sent',
    async (name) => {
      const { calls, post, called } = setup()
      const response = await post(JSON.stringify(chatraWebhookExamples[name]))
      expect(response.status).toBe(200)
      const callback = calls[`on${name[0]!.toUpperCase()}${name.slice(1)}` as keyof typeof calls]
      expect(callback).toHaveBeenCalledTimes(1)
      expect(callback.mock.calls[0]![0]).toEqual(chatraWebhookExamples[name])
      expect(called()).toBe(1)
    },
  )

  it('a known event without a callback, or an event this version does not know, is answered 200 and dropped', async () => {
    const { post, called } = setup({ onChatFragment: undefined })
    expect((await post(JSON.stringify(chatraWebhookExamples.chatFragment))).status).toBe(200)
    expect((await post(JSON.stringify({ eventName: 'chatRated', rating: 5 }))).status).toBe(200)
    expect(called()).toBe(0)
  })

  it('a callback that throws gives a 500 and reaches onError', async () => {
    const onError = vi.fn()
    const { post } = setup({ onChatStarted: () => Promise.reject(new Error('CRM down')), onError })
    expect((await post(JSON.stringify(chatraWebhookExamples.chatStarted))).status).toBe(500)
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'CRM down' }))
  })
})

describe('chatraWebhook: bad bodies get a 400 and never reach a callback', () => {
  const transcript = chatraWebhookExamples.chatTranscript
  const broken: [string, unknown, RegExp][] = [
    ['not an object', [1, 2], /eventName/],
    ['no eventName', { messages: [] }, /eventName/],
    [
      'a number for a message text',
      { ...transcript, messages: [{ ...transcript.messages[0], text: 42 }] },
      /body\.messages\[0\]\.text must be a string/,
    ],
    [
      'an unknown message type',
      { ...transcript, messages: [{ ...transcript.messages[0], type: 'bot' }] },
      /type must be agent or client/,
    ],
    [
      'messages that are not a list',
      { ...transcript, messages: {} },
      /body\.messages must be an array/,
    ],
    [
      'no client',
      { ...chatraWebhookExamples.chatStarted, client: undefined },
      /body\.client must be an object/,
    ],
    [
      'a client without id',
      { ...chatraWebhookExamples.chatFragment, client: { chatId: 'x' } },
      /body\.client\.id/,
    ],
    [
      'a file with a text size',
      {
        ...transcript,
        messages: [
          { ...transcript.messages[4], file: { ...transcript.messages[4]!.file, size: '1 KB' } },
        ],
      },
      /file\.size must be a number/,
    ],
  ]
  it.each(broken)('%s', async (_, body, reason) => {
    const { post, called } = setup()
    const response = await post(JSON.stringify(body))
    expect(response.status).toBe(400)
    expect(await response.text()).toMatch(reason)
    expect(called()).toBe(0)
  })

  it('malformed JSON', async () => {
    const { post, called } = setup()
    expect((await post('{"eventName": "chatStarted",')).status).toBe(400)
    expect(called()).toBe(0)
  })

  it('a body beyond maxBodyBytes, whether it declares its length or streams it', async () => {
    const { post, called } = setup({ maxBodyBytes: 1000 })
    const big = JSON.stringify({ ...chatraWebhookExamples.chatStarted, padding: 'x'.repeat(2000) })
    expect((await post(big)).status).toBe(400)
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(500)))
        controller.close()
      },
    })
    expect((await post(stream, url, { duplex: 'half' } as RequestInit)).status).toBe(400)
    expect(called()).toBe(0)
  })
})

describe('chatraWebhook: the secret in its URL', () => {
  it('a missing or wrong secret is a 401 before the body is read', async () => {
    const { post, called } = setup()
    const body = JSON.stringify(chatraWebhookExamples.chatStarted)
    expect((await post(body, 'https://app.example/api/chatra')).status).toBe(401)
    expect((await post(body, `https://app.example/api/chatra?secret=${secret}x`)).status).toBe(401)
    expect(
      (await post(body, `https://app.example/api/chatra?secret=${secret.slice(0, -1)}`)).status,
    ).toBe(401)
    expect(called()).toBe(0)
  })

  it('refuses a short secret at setup; false turns the check off on purpose', async () => {
    expect(() => chatraWebhook({ secret: 'short' })).toThrow(
      /secret must be a string of at least 16/,
    )
    expect(() => chatraWebhook({} as ChatraWebhookOptions)).toThrow(/secret/)
    const { post, calls } = setup({ secret: false })
    expect(
      (await post(JSON.stringify(chatraWebhookExamples.chatStarted), 'https://app.example/hook'))
        .status,
    ).toBe(200)
    expect(calls.onChatStarted).toHaveBeenCalledTimes(1)
  })

  it('answers a GET with 405', async () => {
    const { handle } = setup()
    expect((await handle(new Request(url))).status).toBe(405)
  })
})

describe('chatraWebhook: receivedFrom, against echo loops', () => {
  const mark = 'SuperAwesomeHelpdesk'
  const fragment = chatraWebhookExamples.chatFragment
  it('leaves out the messages the app sent itself; a fragment of only those is not passed on', async () => {
    const { post, calls } = setup({ ignoreReceivedFrom: mark })
    const ours = { ...fragment.messages[0], receivedFrom: mark }
    await post(JSON.stringify({ ...fragment, messages: [ours, fragment.messages[2]] }))
    expect(calls.onChatFragment.mock.calls[0]![0].messages).toEqual([fragment.messages[2]])
    await post(JSON.stringify({ ...fragment, messages: [ours] }))
    expect(calls.onChatFragment).toHaveBeenCalledTimes(1)
  })
})

describe('toNodeHandler (Express, node:http)', () => {
  it('serves the same handler on node:http, body streamed, status and headers passed back', async () => {
    const { calls, handle } = setup({ maxBodyBytes: 100_000 })
    const server = createServer(toNodeHandler(handle))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    try {
      const ok = await sendChatraWebhook(
        `${origin}/hooks/chatra?secret=${secret}`,
        'chatTranscript',
      )
      expect(ok.status).toBe(200)
      expect(calls.onChatTranscript.mock.calls[0]![0]).toEqual(chatraWebhookExamples.chatTranscript)
      const refused = await sendChatraWebhook(`${origin}/hooks/chatra`, 'chatTranscript')
      expect([refused.status, refused.headers.get('content-type')]).toEqual([
        401,
        'text/plain; charset=utf-8',
      ])
    } finally {
      server.close()
    }
  })

  it('takes a body an Express parser already read', async () => {
    const { calls, handle } = setup()
    const listener = toNodeHandler(handle)
    const res = {
      statusCode: 0,
      headers: {} as Record<string, string>,
      setHeader(name: string, value: string) {
        this.headers[name] = value
      },
      end: vi.fn(),
    }
    const req = Object.assign(new PassThrough(), {
      method: 'POST',
      url: `/chatra?secret=${secret}`,
      headers: { host: 'app.example', 'content-type': 'application/json', 'content-length': '3' },
      body: chatraWebhookExamples.chatStarted,
    })
    await listener(req as never, res as never)
    expect(res.statusCode).toBe(200)
    expect(calls.onChatStarted).toHaveBeenCalledWith(
      chatraWebhookExamples.chatStarted,
      expect.any(Request),
    )
  })
})
