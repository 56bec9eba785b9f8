import { vendors } from '@chatmount/core/vendors'
import { expect, it } from 'vitest'
import { providerModules } from './providerModules'

it.each(Object.keys(vendors))(
  '%s: its module is the provider, with the elements its vendor renders',
  async (name) => {
    const provider = await providerModules[name as keyof typeof providerModules]()
    expect(provider.name).toBe(name)
    expect(provider.elements).toEqual(expect.any(String))
  },
)
