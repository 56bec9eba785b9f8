// Helpers for this package's own tests (not exported from the package).

const VENDOR_GLOBALS = [
  'RAYCHAT_TOKEN',
  'RAYCHAT_WIDGET_LANG',
  'LOAD_TYPE',
  'RAYCHAT_ALWAYS_FULLSCREEN',
  'RAYCHAT_HIDE_WIDGET_ON_INIT',
  'Raychat',
  'ChatraID',
  'ChatraSetup',
  'ChatraIntegration',
  'Chatra',
  'chaportConfig',
  'chaport',
  'onWebChat',
  'onWebChat_',
  '$crisp',
  'CRISP_WEBSITE_ID',
  'CRISP_TOKEN_ID',
  'CRISP_RUNTIME_CONFIG',
  'Tawk_API',
  'Tawk_LoadStart',
  '$_Tawk',
  '__chatmountEmulator',
  '__chatmountEmulatorRuns',
  '__chatmountEmulatorFaults',
]

/** The page globals a test sets, loosely typed on purpose: install snippets are plain JS. */
export const page = window as unknown as Record<string, any>

export function resetPage(): void {
  for (const name of VENDOR_GLOBALS) delete page[name]
  document.head.replaceChildren()
  document.body.replaceChildren()
  window.location.hash = ''
}

export function addScript(
  src: string,
  attributes: { id?: string; text?: string } = {},
  parent: Element = document.head,
) {
  const script = document.createElement('script')
  script.async = true
  script.src = src
  if (attributes.id) script.id = attributes.id
  if (attributes.text !== undefined) script.textContent = attributes.text
  parent.append(script)
  return script
}

/** Resolves with the first `load` or `error` event the script gets. */
export function settled(script: HTMLScriptElement): Promise<'load' | 'error'> {
  return new Promise((resolve) => {
    script.addEventListener('load', () => resolve('load'), { once: true })
    script.addEventListener('error', () => resolve('error'), { once: true })
  })
}

export function nextTask(ms = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

export function part(name: string, root: ParentNode = document): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[data-emulator-part="${name}"]`)
}

/** Types into the panel's input and sends, as a visitor would. */
export function typeAndSend(text: string, root: ParentNode = document): void {
  const input = part('input', root) as HTMLInputElement
  input.value = text
  input.dispatchEvent(new Event('input', { bubbles: true }))
  ;(part('send', root) as HTMLButtonElement).click()
}

/** Until Chaport's main bundle, which its insert.js added, has run (its element removes itself). */
export async function chaportMainRan(): Promise<void> {
  const main = document.querySelector<HTMLScriptElement>('script[src$="/chaport-main.js"]')
  if (main) await settled(main)
}
