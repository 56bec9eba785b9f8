import { describe, expect, it } from 'vitest'
import { chatraClientId } from './chatra'

describe('chatraClientId', () => {
  const secret = 'a-server-secret-of-enough-length'
  it('is stable per user, different for every user and every secret, and reveals neither', async () => {
    const id = await chatraClientId(secret, 'user-42')
    expect(id).toMatch(/^[\w-]{43}$/)
    expect(await chatraClientId(secret, 'user-42')).toBe(id)
    expect(await chatraClientId(secret, 'user-43')).not.toBe(id)
    expect(await chatraClientId(`${secret}!`, 'user-42')).not.toBe(id)
    expect(id).not.toContain('42')
  })

  it('refuses a short secret or an empty user id', async () => {
    await expect(chatraClientId('short', 'user')).rejects.toThrow(/secret/)
    await expect(chatraClientId(secret, '')).rejects.toThrow(/userId/)
  })
})
