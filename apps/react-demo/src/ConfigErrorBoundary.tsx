import { isChatError } from '@chatmount/react'
import { Component, type ReactNode } from 'react'

interface Props {
  /** Rendered instead of the children, with the error's message. */
  fallback: (message: string) => ReactNode
  onConfigError: (message: string) => void
  children: ReactNode
}

const isConfigError = (error: unknown) => isChatError(error) && error.code === 'config'

/**
 * `<ChatProvider>` throws a ChatError('config') while rendering invalid options (a bad token, an
 * unknown strategy): show what is wrong instead of the chat. Other errors are not ours to hide.
 */
export class ConfigErrorBoundary extends Component<Props, { error: unknown }> {
  override state = { error: undefined as unknown }

  static getDerivedStateFromError(error: unknown) {
    return { error }
  }

  override componentDidCatch(error: unknown) {
    if (isConfigError(error)) this.props.onConfigError((error as Error).message)
  }

  override render() {
    const { error } = this.state
    if (error === undefined) return this.props.children
    if (isConfigError(error)) return this.props.fallback((error as Error).message)
    throw error
  }
}
