import { describe, expect, it } from 'vitest'
import { routeMatcher } from './routeMatcher'

describe('routeMatcher (hideOn patterns)', () => {
  it('matches a path exactly, whatever its trailing slash', () => {
    const hidden = routeMatcher(['/checkout'])
    expect(hidden('/checkout')).toBe(true)
    expect(hidden('/checkout/')).toBe(true)
    expect(hidden('/checkout/pay')).toBe(false)
    expect(hidden('/checkouts')).toBe(false)
    expect(hidden('/')).toBe(false)
  })

  it('* stays within one segment, /** covers a path and everything below it', () => {
    const hidden = routeMatcher(['/account/*', '/docs/**', '/shop/**/cart'])
    expect(hidden('/account/settings')).toBe(true)
    expect(hidden('/account/settings/email')).toBe(false)
    expect(hidden('/docs')).toBe(true)
    expect(hidden('/docs/a/b/c')).toBe(true)
    expect(hidden('/documents')).toBe(false)
    expect(hidden('/shop/shoes/red/cart')).toBe(true)
    expect(hidden('/shop/cart')).toBe(false)
  })

  it('takes other characters literally', () => {
    const hidden = routeMatcher(['/a.b', '/(group)'])
    expect(hidden('/a.b')).toBe(true)
    expect(hidden('/aXb')).toBe(false)
    expect(hidden('/(group)')).toBe(true)
  })

  it('no patterns hide nothing', () => {
    expect(routeMatcher(undefined)('/')).toBe(false)
    expect(routeMatcher([])('/')).toBe(false)
  })

  it('a pattern that is not a path is a config error naming it', () => {
    expect(() => routeMatcher(['checkout'])).toThrow(
      /Invalid option "hideOn\[0\]": expected a path pattern starting with "\/", got "checkout"/,
    )
    expect(() => routeMatcher(['/ok', /\/admin/ as never])).toThrow(/"hideOn\[1\]".*got object/)
    expect(() => routeMatcher('/checkout' as never)).toThrow(
      /Invalid option "hideOn": expected an array of path patterns, got "\/checkout"/,
    )
  })
})
