import { vendors } from '@chatmount/core/vendors'
import type { EmulatedProvider } from './types'

/** The browser build's file names, under `@chatmount/testing/browser/` (dist/browser/): `<provider>.js`. */
export const emulatorFiles = Object.fromEntries(
  Object.keys(vendors).map((provider) => [provider, `${provider}.js`]),
) as Readonly<Record<EmulatedProvider, string>>

/** Chaport's main bundle, which its insert.js (`chaport.js`) adds beside itself. */
export const chaportMainFile = 'chaport-main.js'
