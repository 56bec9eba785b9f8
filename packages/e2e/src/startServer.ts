import { spawn } from 'node:child_process'
import { createServer } from 'node:net'

export interface RunningServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string
  /** Stop the server (and every process it started). */
  close(): Promise<void>
}

/** A port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
}

/**
 * Start an app's own server (`next start`), on a free port given by `args(port)`, and wait until it
 * answers. For demos that a static server cannot serve.
 */
export async function startServer(options: {
  cwd: string
  command: string
  args: (port: number) => string[]
  /** More environment for the server, such as the port for servers that read it from there (Nuxt's). */
  env?: (port: number) => Record<string, string>
  timeout?: number
}): Promise<RunningServer> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const child = spawn(options.command, options.args(port), {
    cwd: options.cwd,
    // Its own process group, so close() stops the children a package manager starts too.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      NUXT_TELEMETRY_DISABLED: '1',
      ...options.env?.(port),
    },
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const close = async () => {
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGTERM')
    await exited
  }
  const deadline = Date.now() + (options.timeout ?? 60_000)
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited early:\n${output}`)
    try {
      await fetch(url)
      return { url, close }
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
  await close()
  throw new Error(`The server did not answer at ${url} in time:\n${output}`)
}
