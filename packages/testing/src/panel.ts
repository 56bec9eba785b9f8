import type { EmulatedMessage, EmulatedProvider } from './types'

/** Everything the panel shows that can change; the session renders it after every change. */
interface PanelView {
  open: boolean
  /** The whole widget is on the page (Raychat hideWidget, Chatra hide, onWebChat show=0). */
  visible: boolean
  /** Only the launcher button (Chaport hideLauncher). */
  launcherShown: boolean
  unread: number
  online: boolean
}

export interface PanelOptions {
  provider: EmulatedProvider
  /** The vendor's own root element id, so pages and tests find it where they find the real one. */
  rootId: string
  /** 'Raychat', 'Chatra', … */
  vendorName: string
  accent: string
  /** An id for the unread badge (Raychat pages read `#raychat_main_button_count_s`). */
  badgeId?: string
  /** Embed in this element instead of floating over the page (Chatra frame mode). */
  container?: Element
  onLauncherClick(): void
  onCloseClick(): void
  onSend(text: string): void
  onStartWriting?(): void
}

interface PanelForm {
  title?: string
  message?: string
  fields: ReadonlyArray<{ label: string; type: string }>
}

export interface Placement {
  top?: string
  right?: string
  bottom?: string
  left?: string
  transform?: string
}

export interface Panel {
  readonly root: HTMLElement
  readonly launcher: HTMLButtonElement
  readonly input: HTMLInputElement
  render(view: PanelView): void
  addMessage(message: EmulatedMessage): void
  addForm(form: PanelForm, onSubmit: (values: string[]) => void): void
  /** Move the widget; the panel opens towards the middle of the screen. */
  place(placement: Placement): void
  setSize(width?: number, height?: number): void
  setFullscreen(fullscreen: boolean): void
  setColors(colors: PanelColors): void
  setPlaceholder(text: string): void
  destroy(): void
}

interface PanelColors {
  launcherBg?: string
  launcherText?: string
  agentBubble?: string
  visitorBubble?: string
}

type Styles = Partial<CSSStyleDeclaration>

const DEFAULT_BUBBLES = { agent: '#f1f3f5', visitor: '#e6efff' }
const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif'
const FONT = `14px/1.4 ${FONT_FAMILY}`
const INPUT_TYPES: Readonly<Record<string, string>> = {
  number: 'number',
  email: 'email',
  phone: 'tel',
}

/** Builds the small emulator UI with DOM APIs only: inline styles, text nodes, no HTML strings. */
export function createPanel(doc: Document, options: PanelOptions): Panel {
  const embedded = options.container !== undefined
  const bubbles = { ...DEFAULT_BUBBLES }
  let fullscreen = false
  let placementTop = false
  let panelSize = { width: 320, height: 440 }

  const el = <K extends keyof HTMLElementTagNameMap>(
    tag: K,
    part: string | null,
    styles: Styles,
    text?: string,
  ): HTMLElementTagNameMap[K] => {
    const node = doc.createElement(tag)
    if (part) node.setAttribute('data-emulator-part', part)
    Object.assign(node.style, styles)
    if (text !== undefined) node.textContent = text
    return node
  }

  const root = el('div', null, {
    position: embedded ? 'relative' : 'fixed',
    right: '20px',
    bottom: '20px',
    zIndex: '2147483000',
    font: FONT,
    color: '#1f2933',
    textAlign: 'left',
  })
  root.id = options.rootId
  root.setAttribute('data-emulator', options.provider)
  if (embedded) Object.assign(root.style, { right: '', bottom: '', width: '100%', height: '100%' })

  const launcher = el('button', 'launcher', {
    position: 'relative',
    display: 'block',
    width: '56px',
    height: '56px',
    borderRadius: '50%',
    border: 'none',
    padding: '0',
    background: options.accent,
    color: '#fff',
    font: `600 13px/1 ${FONT_FAMILY}`,
    boxShadow: '0 4px 14px rgba(0, 0, 0, 0.25)',
    cursor: 'pointer',
  })
  launcher.type = 'button'
  launcher.setAttribute('aria-label', `Open ${options.vendorName} chat`)
  launcher.append('Chat')

  const badge = el('span', 'badge', {
    position: 'absolute',
    top: '-4px',
    right: '-4px',
    minWidth: '20px',
    height: '20px',
    padding: '0 5px',
    boxSizing: 'border-box',
    borderRadius: '10px',
    background: '#e11d48',
    color: '#fff',
    font: `600 12px/20px ${FONT_FAMILY}`,
    textAlign: 'center',
  })
  if (options.badgeId) badge.id = options.badgeId
  launcher.append(badge)

  const panel = el('div', 'panel', {
    position: 'absolute',
    flexDirection: 'column',
    overflow: 'hidden',
    background: '#fff',
    borderRadius: '12px',
    boxShadow: '0 8px 30px rgba(0, 0, 0, 0.22)',
  })
  panel.setAttribute('role', 'dialog')
  panel.setAttribute('aria-label', `${options.vendorName} chat (emulated)`)

  const header = el('div', 'header', {
    display: 'flex',
    alignItems: 'flex-start',
    gap: '8px',
    padding: '10px 12px',
    background: options.accent,
    color: '#fff',
  })
  const headings = el('div', null, { flex: '1', minWidth: '0' })
  const title = el(
    'div',
    'title',
    { fontWeight: '600' },
    `Emulated ${options.vendorName} · offline emulator`,
  )
  const status = el('div', 'status', { fontSize: '12px', opacity: '0.9' })
  headings.append(title, status)
  const closeButton = el('button', 'close', {
    border: 'none',
    background: 'transparent',
    color: 'inherit',
    fontSize: '20px',
    lineHeight: '1',
    cursor: 'pointer',
    padding: '0 2px',
  })
  closeButton.type = 'button'
  closeButton.setAttribute('aria-label', 'Close chat')
  closeButton.textContent = '×'
  header.append(headings, closeButton)

  const list = el('div', 'messages', {
    flex: '1',
    overflowY: 'auto',
    padding: '10px 12px',
    display: 'flex',
    flexDirection: 'column',
    gap: '6px',
  })

  const composer = el('form', 'composer', {
    display: 'flex',
    gap: '6px',
    padding: '8px',
    borderTop: '1px solid #e5e7eb',
    margin: '0',
  })
  const input = el('input', 'input', {
    flex: '1',
    minWidth: '0',
    padding: '6px 8px',
    border: '1px solid #d1d5db',
    borderRadius: '6px',
    font: FONT,
  })
  input.type = 'text'
  input.placeholder = 'Type a message…'
  input.setAttribute('aria-label', 'Message')
  const send = el('button', 'send', {
    border: 'none',
    borderRadius: '6px',
    padding: '6px 12px',
    background: options.accent,
    color: '#fff',
    font: FONT,
    cursor: 'pointer',
  })
  send.type = 'submit'
  send.textContent = 'Send'
  composer.append(input, send)
  panel.append(header, list, composer)
  root.append(panel, launcher)

  launcher.addEventListener('click', () => options.onLauncherClick())
  closeButton.addEventListener('click', () => options.onCloseClick())
  let wasEmpty = true
  input.addEventListener('input', () => {
    const empty = input.value === ''
    if (wasEmpty && !empty) options.onStartWriting?.()
    wasEmpty = empty
  })
  composer.addEventListener('submit', (event) => {
    event.preventDefault()
    const text = input.value.trim()
    input.value = ''
    wasEmpty = true
    if (text) options.onSend(text)
  })

  const layoutPanel = () => {
    if (embedded) {
      Object.assign(panel.style, {
        position: 'static',
        width: '100%',
        height: '100%',
        borderRadius: '0',
        boxShadow: 'none',
      })
      return
    }
    if (fullscreen) {
      Object.assign(panel.style, {
        position: 'fixed',
        top: '0',
        right: '0',
        bottom: '0',
        left: '0',
        width: 'auto',
        height: 'auto',
        borderRadius: '0',
      })
      return
    }
    const alignLeft = root.style.left !== '' && root.style.left !== 'auto'
    Object.assign(panel.style, {
      position: 'absolute',
      width: `${panelSize.width}px`,
      height: `${panelSize.height}px`,
      maxHeight: 'calc(100vh - 100px)',
      maxWidth: 'calc(100vw - 40px)',
      borderRadius: '12px',
      top: placementTop ? 'calc(100% + 12px)' : 'auto',
      bottom: placementTop ? 'auto' : 'calc(100% + 12px)',
      left: alignLeft ? '0' : 'auto',
      right: alignLeft ? 'auto' : '0',
    })
  }
  layoutPanel()

  const styleBubble = (node: HTMLElement, from: EmulatedMessage['from']) => {
    node.style.background = from === 'agent' ? bubbles.agent : bubbles.visitor
  }

  // An async vendor script can run before <body> exists; mount once it does.
  const mount = () => (options.container ?? doc.body).append(root)
  const waitingForBody = !options.container && !doc.body
  if (waitingForBody) doc.addEventListener('DOMContentLoaded', mount, { once: true })
  else mount()

  return {
    root,
    launcher,
    input,
    render(view) {
      root.style.display = view.visible ? '' : 'none'
      root.setAttribute('data-open', String(view.open))
      root.setAttribute('data-visible', String(view.visible))
      launcher.style.display = view.launcherShown && !embedded ? 'block' : 'none'
      launcher.setAttribute('aria-expanded', String(view.open))
      panel.style.display = view.open || embedded ? 'flex' : 'none'
      closeButton.style.display = embedded ? 'none' : ''
      badge.textContent = view.unread > 0 ? String(view.unread) : ''
      badge.style.display = view.unread > 0 ? 'block' : 'none'
      status.textContent = view.online ? '● Agents online' : '○ Agents offline'
      status.setAttribute('data-online', String(view.online))
    },
    addMessage(message) {
      const row = el('div', 'message', {
        alignSelf: message.from === 'agent' ? 'flex-start' : 'flex-end',
        maxWidth: '80%',
        padding: '6px 10px',
        borderRadius: '12px',
        whiteSpace: 'pre-wrap',
        overflowWrap: 'anywhere',
      })
      row.setAttribute('data-from', message.from)
      row.textContent = message.text
      styleBubble(row, message.from)
      list.append(row)
      list.scrollTop = list.scrollHeight
    },
    addForm(form, onSubmit) {
      const box = el('form', 'form', {
        alignSelf: 'flex-start',
        display: 'flex',
        flexDirection: 'column',
        gap: '6px',
        padding: '8px 10px',
        borderRadius: '12px',
        background: bubbles.agent,
        margin: '0',
      })
      if (form.title) box.append(el('strong', null, {}, form.title))
      if (form.message) box.append(el('div', null, {}, form.message))
      const inputs = form.fields.map((field) => {
        const label = el(
          'label',
          null,
          { display: 'flex', flexDirection: 'column', fontSize: '12px' },
          field.label,
        )
        const fieldInput = el('input', 'form-field', { padding: '4px 6px', font: FONT })
        fieldInput.type = INPUT_TYPES[field.type] ?? 'text'
        label.append(fieldInput)
        box.append(label)
        return fieldInput
      })
      const submit = el(
        'button',
        'form-submit',
        { alignSelf: 'flex-end', cursor: 'pointer' },
        'Submit',
      )
      submit.type = 'submit'
      box.append(submit)
      box.addEventListener('submit', (event) => {
        event.preventDefault()
        for (const fieldInput of inputs) fieldInput.disabled = true
        submit.disabled = true
        submit.textContent = 'Sent'
        onSubmit(inputs.map((fieldInput) => fieldInput.value))
      })
      list.append(box)
    },
    place(placement) {
      Object.assign(root.style, {
        top: placement.top ?? 'auto',
        right: placement.right ?? 'auto',
        bottom: placement.bottom ?? 'auto',
        left: placement.left ?? 'auto',
        transform: placement.transform ?? '',
      })
      placementTop = placement.top !== undefined && placement.top !== 'auto'
      layoutPanel()
    },
    setSize(width, height) {
      panelSize = { width: width ?? panelSize.width, height: height ?? panelSize.height }
      layoutPanel()
    },
    setFullscreen(value) {
      fullscreen = value
      layoutPanel()
    },
    setColors(colors) {
      launcher.style.background = colors.launcherBg ?? options.accent
      launcher.style.color = colors.launcherText ?? '#fff'
      bubbles.agent = colors.agentBubble ?? DEFAULT_BUBBLES.agent
      bubbles.visitor = colors.visitorBubble ?? DEFAULT_BUBBLES.visitor
      for (const row of list.querySelectorAll<HTMLElement>('[data-emulator-part="message"]')) {
        styleBubble(row, row.getAttribute('data-from') === 'agent' ? 'agent' : 'visitor')
      }
    },
    setPlaceholder(text) {
      input.placeholder = text
    },
    destroy() {
      if (waitingForBody) doc.removeEventListener('DOMContentLoaded', mount)
      root.remove()
    },
  }
}
