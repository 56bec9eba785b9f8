// The tag's second chunk, fetched by its stub (`chatmount.ts`) from the same folder: it reads the
// tag, creates the page's chat (core's front; the engine and the provider follow as chunks) and
// gives the stub the launchers' rules.
import type { LauncherFactory } from '../launcherElement'
import { openPageChat } from '../pageChat'
import { reportError } from '../reportError'
import { tagOptions } from '../tagOptions'

/** The page's chat from its tag; a config error is reported (nothing is added to the page). */
export function startFromTag(script: HTMLScriptElement): LauncherFactory | undefined {
  try {
    return openPageChat(tagOptions(script)).launcher
  } catch (error) {
    reportError(error)
    return undefined
  }
}
