import type { App } from 'vue'

/** Run `stop` when the app unmounts: `app.onUnmount` from Vue 3.5, a wrapped `unmount` before. */
export function onAppUnmount(app: App, stop: () => void): void {
  if (app.onUnmount) return app.onUnmount(stop)
  /* v8 ignore start -- Vue before 3.5 (tests/vue-3.3 runs this package's tests on Vue 3.3) */
  const unmount = app.unmount
  app.unmount = () => {
    unmount()
    stop()
  }
  /* v8 ignore stop */
}
