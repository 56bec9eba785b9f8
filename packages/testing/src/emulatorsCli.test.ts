// @vitest-environment node
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'
import { chaportMainFile, emulatorFiles } from './files'

const bin = fileURLToPath(new URL('../bin/chatmount-emulators.mjs', import.meta.url))

it('chatmount-emulators copies every browser emulator into the folder an app serves', () => {
  const dir = mkdtempSync(join(tmpdir(), 'emulators-'))
  try {
    execFileSync(process.execPath, [bin, join(dir, 'public', 'emulators')])
    expect(readdirSync(join(dir, 'public', 'emulators')).sort()).toEqual(
      [...Object.values(emulatorFiles), chaportMainFile].sort(),
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

it('says how to use it when the folder is missing', () => {
  expect(() => execFileSync(process.execPath, [bin], { stdio: 'pipe' })).toThrow(
    /usage: chatmount-emulators/,
  )
})
