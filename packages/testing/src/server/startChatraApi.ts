import {
  createChatraApiEmulator,
  type ChatraApiEmulator,
  type ChatraApiEmulatorOptions,
} from './chatraApiEmulator'
import { serveOnLocalhost } from './serveOnLocalhost'

export interface RunningChatraApi extends ChatraApiEmulator {
  /** The API's base URL (`http://127.0.0.1:<port>/api/`): pass it as `baseUrl`. */
  readonly url: string
  close(): Promise<void>
}

/** The emulated Chatra REST API, served on 127.0.0.1 until `close()`. */
export async function startChatraApi(
  options: ChatraApiEmulatorOptions & { port?: number } = {},
): Promise<RunningChatraApi> {
  const emulator = createChatraApiEmulator(options)
  const server = await serveOnLocalhost(emulator.handle, options.port)
  return Object.assign(emulator, { url: `${server.origin}/api/`, close: server.close })
}
