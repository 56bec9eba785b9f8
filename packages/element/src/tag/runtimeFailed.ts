import type { LauncherState } from '@chatmount/core'
import { followFallback } from '@chatmount/core/fallback'
import type { ElementLauncher, LauncherFactory } from '../launcherElement'

/**
 * What the launchers become when chatmount's own runtime could not be fetched (blocked, offline): a
 * button in the error state that, where the tag has a `data-fallback`, leads there. Nothing else can
 * run: the chat is in the file that did not come.
 */
export function runtimeFailed(error: Error, fallback: string | undefined): LauncherFactory {
  const state: LauncherState = {
    status: 'error',
    busy: false,
    hidden: false,
    fallback: !!fallback,
    unread: 0,
    // Core's launcher words, which the stub does not carry.
    words: fallback ? 'Contact us' : 'Chat with us',
    attributes: {
      'data-chat-launcher': '',
      'data-status': 'error',
      'data-fallback': fallback == undefined ? undefined : '',
    },
  }
  const launcher: ElementLauncher = {
    getState: () => state,
    subscribe: () => () => {},
    hover() {},
    focus() {},
    setOptions() {},
    activate: () => void (fallback && followFallback(window, fallback, error as never)),
  }
  return () => launcher
}
