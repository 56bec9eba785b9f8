import type { Launcher, LauncherOptions } from '@chatmount/core'

/** A launcher as the element drives it: rendered in the browser only, so no server state. */
export type ElementLauncher = Omit<Launcher, 'getServerState'>

/** Makes a launcher for the page's chat (core's `createLauncher` over it). */
export type LauncherFactory = (options: LauncherOptions) => ElementLauncher

/** The element's name: `<chatmount-launcher>`. */
export const LAUNCHER_ELEMENT = 'chatmount-launcher'

interface Bindable {
  bind(): void
}

let factory: LauncherFactory | undefined
const connected = new Set<Bindable>()

/**
 * The page's chat exists (or replaced a destroyed one): every `<chatmount-launcher>`, now and
 * later, follows it. Through the class the page registered, which may be another copy's (a second
 * tag, or the tag and a bundled `startChat`): its elements are the page's.
 */
export function driveLaunchers(next: LauncherFactory): void {
  defineLauncherElement()
  const defined = customElements.get(LAUNCHER_ELEMENT) as { drive?(next: LauncherFactory): void }
  defined.drive?.(next)
}

/** Before the page's chat exists, what the visitor did is a call pushed onto `window.chatmount`. */
function queue(method: 'load' | 'open') {
  const calls = (window as { chatmount?: unknown }).chatmount
  if (Array.isArray(calls)) calls.push([method])
}

/**
 * Define `<chatmount-launcher>`: a real `<button>` in the page's own DOM (the element's content
 * becomes its label; else its `label` attribute, for a framework that renders the element and owns
 * its children; else "Chat with us") with the same rules as the framework launchers (core's
 * `createLauncher`): pointing or focus loads, a click opens, `give-way` hands over to the vendor's
 * own button, an `aria-label` names the button. Where the vendor cannot load and the chat has a
 * fallback, a click leads there and the button says so: its `fallback-label` attribute (default
 * "Contact us" in place of the default label; content of the page's own stays unless it gives one).
 * Unread messages show as a badge (`data-chat-badge`, its number part of the button's name). Until
 * the chat exists, a pointer or focus queues `load` and a click queues `open` on
 * `window.chatmount`. Does nothing on the server or when already defined.
 */
export function defineLauncherElement(): void {
  if (typeof customElements == 'undefined' || customElements.get(LAUNCHER_ELEMENT)) return
  customElements.define(
    LAUNCHER_ELEMENT,
    class ChatmountLauncher extends HTMLElement implements Bindable {
      static observedAttributes = ['give-way', 'fallback-label']

      static drive(next: LauncherFactory) {
        factory = next
        for (const element of connected) element.bind()
      }
      #button?: HTMLButtonElement
      // What the button says until it leads to the fallback, and its unread badge.
      #content: Node[] = []
      #defaultWords = false
      #badge?: HTMLSpanElement
      #shown = 'false\n0'
      #launcher?: ElementLauncher
      #drivenBy?: LauncherFactory
      #stop?: () => void

      connectedCallback() {
        // Upgraded while the parser is still reading its content: wait for all of it.
        if (document.readyState == 'loading' && !this.#button) {
          document.addEventListener('DOMContentLoaded', () => this.connectedCallback(), {
            once: true,
          })
          return
        }
        if (!this.isConnected) return
        this.#button ??= this.#render()
        connected.add(this)
        this.bind()
      }

      disconnectedCallback() {
        connected.delete(this)
        this.#unbind()
      }

      attributeChangedCallback() {
        this.#launcher?.setOptions(this.#options())
        if (this.#launcher) this.#paint()
      }

      bind() {
        if (!factory || this.#drivenBy == factory || !this.#button) return
        this.#unbind()
        this.#drivenBy = factory
        const launcher = (this.#launcher = factory(this.#options()))
        // What the visitor is doing already (since the element came, or under the chat it replaces).
        if (this.#button.matches(':hover')) launcher.hover(true)
        if (document.activeElement == this.#button) launcher.focus(true)
        this.#stop = launcher.subscribe(() => this.#paint())
        this.#paint()
      }

      #unbind() {
        this.#stop?.()
        this.#stop = this.#launcher = this.#drivenBy = undefined
      }

      #options(): LauncherOptions {
        return { giveWay: this.hasAttribute('give-way') }
      }

      #render() {
        const button = document.createElement('button')
        button.type = 'button'
        button.dataset.chatLauncher = ''
        button.dataset.status = 'idle'
        const words = this.getAttribute('label')
        this.#defaultWords = !this.childNodes.length && words == null
        this.#content = this.childNodes.length
          ? [...this.childNodes]
          : [document.createTextNode(words ?? 'Chat with us')]
        button.append(...this.#content)
        // The element's `aria-label` names its button (an icon-only launcher).
        const label = this.getAttribute('aria-label')
        if (label) {
          button.setAttribute('aria-label', label)
          this.removeAttribute('aria-label')
        }
        const on = (
          type: string,
          act: (launcher: ElementLauncher) => void,
          early?: 'load' | 'open',
        ) =>
          button.addEventListener(type, () =>
            this.#launcher ? act(this.#launcher) : early && queue(early),
          )
        on('pointerenter', (launcher) => launcher.hover(true), 'load')
        on('pointerleave', (launcher) => launcher.hover(false))
        on('focus', (launcher) => launcher.focus(true), 'load')
        on('blur', (launcher) => launcher.focus(false))
        on('click', (launcher) => launcher.activate(), 'open')
        this.append(button)
        return button
      }

      #paint() {
        const { hidden, attributes, fallback, unread, ...state } = this.#launcher!.getState()
        const button = this.#button!
        // Leading to the fallback, the button says so (`fallback-label`, or the default words);
        // the page's own content stays unless it gives the words.
        const words =
          this.getAttribute('fallback-label') ?? (this.#defaultWords ? state.words : null)
        const shown = `${fallback && words}\n${unread}`
        if (shown != this.#shown) {
          this.#shown = shown
          button.replaceChildren(
            ...(fallback && words != null ? [words] : this.#content),
            ...(unread ? [' ', this.#badgeOf(unread)] : []),
          )
        }
        for (const [name, value] of Object.entries(attributes)) {
          // `tabIndex` is the `tabindex` attribute.
          if (value === undefined) button.removeAttribute(name.toLowerCase())
          else button.setAttribute(name.toLowerCase(), String(value))
        }
        button.style.visibility = hidden ? 'hidden' : ''
      }

      #badgeOf(unread: number) {
        if (!this.#badge) {
          this.#badge = document.createElement('span')
          this.#badge.dataset.chatBadge = ''
        }
        this.#badge.textContent = String(unread)
        return this.#badge
      }
    },
  )
}
