import type { EmulatedProvider } from './types'

/** The browser build's file names, under `@chatmount/testing/browser/` (dist/browser/). */
export const emulatorFiles: Readonly<Record<EmulatedProvider, string>> = {
  raychat: 'raychat.js',
  chatra: 'chatra.js',
  chaport: 'chaport.js',
  onwebchat: 'onwebchat.js',
  rayzing: 'rayzing.js',
}

/** Chaport's main bundle, which its insert.js (`chaport.js`) adds beside itself. */
export const chaportMainFile = 'chaport-main.js'
