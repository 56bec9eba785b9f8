// @vitest-environment node
// The package as a production build ships it: every check and error code stays, the prose goes.
import { build } from 'esbuild'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import type * as Core from './index'

const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url))
let code: string
let core: typeof Core

beforeAll(async () => {
  const result = await build({
    entryPoints: [dist],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  })
  code = result.outputFiles[0]!.text
  core = await import(
    /* @vite-ignore */ `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
  )
})

const configError = (run: () => unknown) => {
  try {
    run()
  } catch (error) {
    return error as Core.ChatError
  }
  throw new Error('expected a ChatError')
}

describe('a production build of @chatmount/core', () => {
  it('throws config errors with their code and the option they name', () => {
    const token = configError(() => core.createChat({ provider: 'chatra', token: 'not a token!' }))
    expect(token).toBeInstanceOf(core.ChatError)
    expect(token).toMatchObject({ code: 'config', message: '[chatmount] config: token' })
    expect(
      configError(() => core.createChat({ provider: 'intercom' as never, token: 'x' })).message,
    ).toContain('provider')
    expect(
      configError(() =>
        core.createChat({
          token: '8f2a6c1e-4b7d-4e0a-9c3b-2d5f7a9e1b04',
          visitor: { email: 42 as never },
        }),
      ).message,
    ).toBe('[chatmount] config: visitor.email')
    const reading = configError(() =>
      core.createChat({
        provider: 'chatra',
        token: 'z2o3F8GDkNpKD4BYt',
        options: {
          get zIndex(): number {
            throw new Error('no')
          },
        },
      }),
    )
    expect(reading.message).toBe('[chatmount] config: options.zIndex')
  })

  it('reports what goes wrong later with its code', async () => {
    const chat = core.createChat({ provider: 'rayzing', token: 'bot,customer', load: 'manual' })
    const errors: Core.ChatError[] = []
    chat.on('error', (error) => errors.push(error))
    chat.open()
    // Said once the engine has the call (a chunk of its own, on its way).
    await vi.waitFor(() => expect(errors).toHaveLength(1))
    chat.destroy()
    await expect(chat.ready()).rejects.toMatchObject({
      code: 'destroyed',
      message: '[chatmount] rayzing: destroyed',
    })
    expect(errors.map((error) => [error.code, error.message])).toEqual([
      ['unsupported', '[chatmount] rayzing: cannot open'],
    ])
  })

  it('carries none of the development words', () => {
    for (const words of [
      'Invalid option',
      'reading it threw',
      'a positive number of ms',
      'blocked or offline',
      'not ready within',
      'destroy it first',
    ]) {
      expect(code).not.toContain(words)
    }
  })
})
