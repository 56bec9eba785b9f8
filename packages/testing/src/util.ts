import type { ProviderApi } from '@chatmount/core'
const ALPHANUMERIC = 'ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz23456789'

/** An id shaped like the vendor's own (hex for Raychat user ids, Meteor-like for Chatra messages). */
export function randomId(length: number, alphabet = ALPHANUMERIC): string {
  let id = ''
  for (let i = 0; i < length; i++)
    id += alphabet.charAt(Math.floor(Math.random() * alphabet.length))
  return id
}

/**
 * Call a function the page gave the vendor (a listener or a settings callback). Its exception is
 * the page's bug, not the emulator's: report it like a browser reports a listener error, and go on.
 */
export function callPage(vendorName: string, fn: unknown, ...args: unknown[]): void {
  if (typeof fn !== 'function') return
  try {
    fn(...args)
  } catch (error) {
    console.error(`[${vendorName} emulator] a page callback threw:`, error)
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A Window with its constructors (Event, CustomEvent, …): always create events in the page's own realm. */
export type HostWindow = Window & typeof globalThis

/**
 * A vendor's own object as the page calls it (`window.Raychat`, `onWebChat_`): the methods and
 * getters of chatmount's typed surface for it, so that the emulators and the providers agree.
 */
export type VendorObject<Api extends ProviderApi> = Api['methods'] & Api['getters']
