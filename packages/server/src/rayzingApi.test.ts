// Rayzing's lead and chats endpoints, through an injected fetch that records what was sent and
// answers as the seed's examples do (the seed gives no sandbox to emulate).
import { describe, expect, it } from 'vitest'
import { createRayzingApi } from './rayzingApi'
import { VendorApiError } from './vendorApiError'
import { json, ok, recordingFetch } from './__fixtures__/recordingFetch'

const account = { token: 'bp-token', botId: 'bot-1', customerId: 'customer-1' }
const chat = {
  _id: '63d9ffa77a8d152facbe2f2f',
  uuid: '7e88d192-9b20-4035-9b68-d4ac3d58a34f',
  createdAt: '2023-02-01T05:59:03.533Z',
  isOnline: false,
  status: 'INPROGRESS',
}

describe('createRayzingApi: updateLead', () => {
  it('PUTs the lead with the bot and customer ids and the x-bp-token header, to the documented address', async () => {
    const { fetch, requests } = recordingFetch(() => json(ok))
    await createRayzingApi({ ...account, fetch }).updateLead({
      uuid: chat.uuid,
      name: 'Sample name',
      dialCode: '+91',
      status: 'OPEN',
      notes: [{ title: 'Sample title', description: 'Sample description' }],
      attributes: [{ key: 'ID', value: 'BP001' }],
    })
    const [request] = requests
    expect([request!.method, request!.url]).toEqual([
      'PUT',
      'https://api.v7.express-chat.ai/inbox/direct/lead',
    ])
    expect(request!.headers.get('x-bp-token')).toBe('bp-token')
    expect(request!.headers.get('content-type')).toBe('application/json')
    expect(await request!.json()).toEqual({
      uuid: chat.uuid,
      name: 'Sample name',
      dialCode: '+91',
      status: 'OPEN',
      notes: [{ title: 'Sample title', description: 'Sample description' }],
      attributes: [{ key: 'ID', value: 'BP001' }],
      botId: 'bot-1',
      customerId: 'customer-1',
    })
  })

  it('refuses a bad lead field by name, sending nothing', async () => {
    const { fetch, requests } = recordingFetch(() => json(ok))
    const rayzing = createRayzingApi({ ...account, fetch })
    await expect(rayzing.updateLead({ uuid: '' })).rejects.toThrow(/lead\.uuid/)
    await expect(rayzing.updateLead({ uuid: 'u', status: 'DONE' as never })).rejects.toThrow(
      /lead\.status must be one of OPEN/,
    )
    await expect(rayzing.updateLead({ uuid: 'u', dialCode: '91' })).rejects.toThrow(
      /lead\.dialCode/,
    )
    await expect(rayzing.updateLead({ uuid: 'u', picture: 'javascript:x' })).rejects.toThrow(
      /lead\.picture/,
    )
    await expect(
      rayzing.updateLead({ uuid: 'u', notes: [{ title: 'x' }] as never }),
    ).rejects.toThrow(/lead\.notes/)
    expect(requests).toHaveLength(0)
    expect(() => createRayzingApi({ ...account, botId: '' })).toThrow(/botId/)
  })

  it('an answer of success: false is a typed error even with a 200', async () => {
    const { fetch } = recordingFetch(() =>
      json({ success: false, message: 'Invalid uuid', code: 422 }),
    )
    const error = await createRayzingApi({ ...account, fetch })
      .updateLead({ uuid: 'u' })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(VendorApiError)
    expect(error).toMatchObject({
      vendor: 'rayzing',
      code: 'http',
      status: 422,
      vendorMessage: 'Invalid uuid',
    })
  })
})

describe('createRayzingApi: listChats', () => {
  it('GETs one page with the documented query and the x-bot-token header, and answers its data', async () => {
    const { fetch, requests } = recordingFetch(() => json({ ...ok, data: [chat] }))
    expect(
      await createRayzingApi({ ...account, fetch }).listChats({ page: 2, type: 'lead' }),
    ).toEqual([chat])
    const url = new URL(requests[0]!.url)
    expect(url.origin + url.pathname).toBe('https://api.v7.express-chat.ai/inbox/direct/chats')
    expect(Object.fromEntries(url.searchParams)).toEqual({
      botId: 'bot-1',
      customerId: 'customer-1',
      page: '2',
      type: 'lead',
    })
    expect(requests[0]!.headers.get('x-bot-token')).toBe('bp-token')
  })

  it('refuses a page or type the seed does not allow', async () => {
    const rayzing = createRayzingApi({ ...account, fetch: recordingFetch(() => json(ok)).fetch })
    await expect(rayzing.listChats({ page: 0, type: 'lead' })).rejects.toThrow(/page/)
    await expect(rayzing.listChats({ page: 1, type: 'all' as never })).rejects.toThrow(/type/)
  })

  it('an HTTP error keeps its status and message', async () => {
    const { fetch } = recordingFetch(() =>
      json({ success: false, message: 'Unauthorized', code: 401 }, 401),
    )
    await expect(
      createRayzingApi({ ...account, fetch }).listChats({ page: 1, type: 'lead' }),
    ).rejects.toMatchObject({ status: 401, vendorMessage: 'Unauthorized' })
  })
})
