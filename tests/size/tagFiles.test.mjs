// What the script tag's checks count, on the built package.
import { basename } from 'node:path'
import { expect, it } from 'vitest'
import { tagFiles } from './tagFiles.mjs'

it('counts the stub alone for the first download', () => {
  expect(tagFiles('first').map((file) => basename(file))).toEqual(['chatmount.js'])
})

it('counts the stub, the runtime, the engine and Chatra’s chunk, and no other provider’s', () => {
  const files = tagFiles('downloaded').map((file) => basename(file))
  expect(files.slice(0, 2)).toEqual(['chatmount.js', 'chatmount-runtime.js'])
  expect(files.filter((file) => /createClient/.test(file))).toHaveLength(1)
  expect(files.filter((file) => /chatra/.test(file))).toHaveLength(1)
  expect(files.filter((file) => /raychat|chaport|onwebchat|rayzing|crisp|tawk/.test(file))).toEqual(
    [],
  )
})
