import type { Capability, LoadStrategy, ProviderName } from '@chatmount/core'

export declare const providers: readonly ProviderName[]
export declare const strategies: readonly LoadStrategy[]

/** What the setup form chooses; submitting it creates a new chat. */
export interface ChatSettings {
  provider: ProviderName
  token: string
  load: LoadStrategy
  consent: boolean
}
export declare function settingsFromUrl(params: URLSearchParams): ChatSettings

/** `?options=<json>` and `?timeout=<ms>`, for the chat the page starts with. */
export declare function startOptions(params: URLSearchParams): {
  options?: object
  timeout?: number
}

export declare function describeCapabilities(
  provider: string,
  supports: (capability: Capability) => boolean,
): string

export interface LogEntry {
  id: number
  kind: string
  text: string
}
export declare const LOG_LIMIT: number
export declare function logEntry(kind: string, detail?: unknown): LogEntry

/** The routes of every framework demo: the chat lives above them, so it survives navigation. */
export declare const demoRoutes: ReadonlyArray<{ path: string; name: string }>
/** The support team's own widget, on the Support page (a site with two vendors, or two tokens). */
export declare const supportWidget: {
  readonly path: string
  readonly provider: ProviderName
  readonly token: string
  readonly scriptUrl: string
}
/** Where the demos hide the widget. */
export declare const demoHideOn: readonly string[]

/** Build an element with DOM APIs only (text is always text, never HTML): the plain-DOM demos' `h`. */
export declare function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props?: Partial<HTMLElementTagNameMap[K]> & { dataset?: Record<string, string> },
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K]
