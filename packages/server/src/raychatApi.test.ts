// Raychat's create-site API, through an injected fetch (the seed gives no sandbox).
import { describe, expect, it } from 'vitest'
import { json, recordingFetch } from './__fixtures__/recordingFetch'
import { createRaychatSite } from './raychatApi'

describe('createRaychatSite', () => {
  const input = {
    apiKey: 'key',
    site: 'https://example.com',
    siteTitle: 'Example',
    email: 'tech@example.com',
    password: 'Password',
    name: 'Ehsan',
    phone: '09000000000',
  }
  const created = {
    message: 'ok',
    status: 1,
    code: '<script>…</script>',
    user: { email: 'tech@example.com' },
    token: 'site-token',
    url: 'https://app.raychat.io',
    webAppUrl: 'https://webapp.raychat.io',
  }

  it("POSTs the seed's form fields to the route table's address by default, and to the example's when asked", async () => {
    const { fetch, requests } = recordingFetch(() => json(created))
    expect(await createRaychatSite(input, { fetch })).toEqual(created)
    await createRaychatSite(input, { fetch, address: 'webapp' })
    expect(requests.map((request) => request.url)).toEqual([
      'https://api.raychat.io/v1/api/site',
      'https://webapp.raychat.io/api/site',
    ])
    expect(requests[0]!.headers.get('content-type')).toBe('application/x-www-form-urlencoded')
    expect(Object.fromEntries(new URLSearchParams(await requests[0]!.text()))).toEqual(input)
  })

  it('a status other than 1 is a typed error with Raychat’s message', async () => {
    const { fetch } = recordingFetch(() =>
      json({ status: 0, message: 'This site is already registered' }),
    )
    await expect(createRaychatSite(input, { fetch })).rejects.toMatchObject({
      vendor: 'raychat',
      code: 'http',
      vendorMessage: 'This site is already registered',
    })
  })

  it('refuses missing fields and a site that is not an address, by name', async () => {
    const { fetch, requests } = recordingFetch(() => json(created))
    await expect(createRaychatSite({ ...input, password: '' }, { fetch })).rejects.toThrow(
      /password/,
    )
    await expect(createRaychatSite({ ...input, site: 'example' }, { fetch })).rejects.toThrow(
      /site must be/,
    )
    await expect(createRaychatSite(input, { fetch, address: 'www' as never })).rejects.toThrow(
      /address/,
    )
    expect(requests).toHaveLength(0)
  })
})
