// The script tag's stub, the one file a page includes (`dist/chatmount.js`, a classic script, also
// loadable as a module): small, because all it does before the visitor shows intent is keep the
// page's calls, define `<chatmount-launcher>`, and fetch the rest from its own folder.
import { defineLauncherElement, driveLaunchers } from '../launcherElement'
import { reportError } from '../reportError'
import { runtimeFailed } from './runtimeFailed'

// As a classic script the tag is `currentScript`; as a module, the tag with the options.
const script = (document.currentScript ??
  document.querySelector('script[data-provider]')) as HTMLScriptElement | null

// A second copy of the tag is reported when its runtime finds the page's chat already there.
if (script) {
  window.chatmount ??= []
  defineLauncherElement()
  // The runtime and its chunks sit beside this file, wherever it is served from.
  const runtime = new URL('chatmount-runtime.js', script.src).href
  import(/* @vite-ignore */ runtime).then(
    ({ startFromTag }: typeof import('./runtime')) => {
      const launcher = startFromTag(script)
      if (launcher) driveLaunchers(launcher)
    },
    (cause: unknown) => {
      // Shaped as core's ChatError (`name`, `code`), whose class is in the chunk that failed.
      const error = Object.assign(new Error(`[chatmount] Could not load ${runtime}.`, { cause }), {
        name: 'ChatError',
        code: 'load_failed',
      })
      reportError(error)
      // The launchers say so, and lead to the tag's fallback where it has one.
      driveLaunchers(runtimeFailed(error, script.dataset.fallback))
    },
  )
}
