// Helpers for this package's tests (not part of the package).
import { provideZoneChangeDetection, type EnvironmentProviders, type Provider } from '@angular/core'
import { createApplication } from '@angular/platform-browser'
import { expect } from 'vitest'

/** The vendor scripts chatmount put in the page. */
export const scripts = () => document.querySelectorAll('script[data-chatmount]')

/** Wait (up to 1 s) until `condition` holds; the emulated vendors load a macrotask later. */
export async function until(condition: () => unknown): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++)
    await new Promise((resolve) => setTimeout(resolve, 5))
  expect(condition()).toBeTruthy()
}

export const tick = (ms = 10) => new Promise((resolve) => setTimeout(resolve, ms))

/** An application with zone change detection and these providers, not bootstrapped. */
export const createZoneApp = (providers: Array<Provider | EnvironmentProviders> = []) =>
  createApplication({ providers: [provideZoneChangeDetection(), ...providers] })

const owned: Array<{ destroy(): void }> = []

/** Destroy `thing` (an injector, a module, an app) after the test, passed or failed. */
export function own<T extends { destroy(): void }>(thing: T): T {
  owned.push(thing)
  return thing
}

/** Destroy what the test owned, newest first; what the test already destroyed is skipped. */
export function destroyOwned(): void {
  for (const thing of owned.splice(0).reverse() as any[]) {
    // Injectors and apps say `destroyed`; a module ref says it through its injector.
    if (!(thing.destroyed ?? thing.injector?.destroyed)) thing.destroy()
  }
}
