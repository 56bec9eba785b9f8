// chatmount's Trusted Types policy, on a window that has the API (Chromium's own enforcement is
// tested in tests/browser): one policy per window, plain strings where none may be created.
import { describe, expect, it, vi } from 'vitest'
import { trusted } from './trustedTypes'

const windowWith = (createPolicy: (name: string, rules: never) => unknown) =>
  ({ trustedTypes: { createPolicy } }) as unknown as Window

describe('trusted', () => {
  it('creates the chatmount policy once per window and hands its values over', () => {
    const createPolicy = vi.fn((_: string, rules: { createScriptURL(url: string): string }) => ({
      createScriptURL: (url: string) => `trusted:${rules.createScriptURL(url)}`,
      createScript: (text: string) => text,
    }))
    const win = windowWith(createPolicy)
    expect(trusted(win).createScriptURL('/emulators/chatra.js')).toBe(
      'trusted:/emulators/chatra.js',
    )
    trusted(win)
    expect(createPolicy).toHaveBeenCalledTimes(1)
    expect(createPolicy).toHaveBeenCalledWith('chatmount', expect.any(Object))
  })

  it('gives plain strings where the CSP refuses the policy, or the browser has no Trusted Types', () => {
    const refusing = windowWith(() => {
      throw new TypeError('Policy "chatmount" disallowed.')
    })
    expect(trusted(refusing).createScriptURL('/a.js')).toBe('/a.js')
    expect(trusted({} as Window).createScript('BOT,CUSTOMER')).toBe('BOT,CUSTOMER')
  })
})
