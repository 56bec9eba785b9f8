import { expect, it } from 'vitest'
import { readOptionsDeep } from './readOptionsDeep'

it('reads every field of plain objects and arrays, and nothing else', () => {
  const read: string[] = []
  const watched = <T extends object>(name: string, target: T): T =>
    new Proxy(target, {
      get(object, key, receiver) {
        if (typeof key == 'string') read.push(`${name}.${key}`)
        return Reflect.get(object, key, receiver)
      },
    })
  const element = document.createElement('div')
  readOptionsDeep(
    watched('options', {
      token: 'x',
      visitor: watched('visitor', { name: 'Ada', custom: watched('custom', { plan: 'team' }) }),
      tags: watched('tags', ['a']),
      target: element,
    }),
  )
  expect(read).toEqual(
    expect.arrayContaining([
      'options.visitor',
      'visitor.custom',
      'custom.plan',
      'tags.0',
      'options.target',
    ]),
  )
  expect(read.filter((field) => field.startsWith('target'))).toEqual([])
})

it('stops at its depth', () => {
  let deepest = false
  readOptionsDeep(
    {
      a: {
        b: {
          get c() {
            deepest = true
            return 1
          },
        },
      },
    },
    2,
  )
  expect(deepest).toBe(false)
})
