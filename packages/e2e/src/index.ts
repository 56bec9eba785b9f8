export { serveStatic } from './serveStatic'
export { pnpmBuild } from './pnpmBuild'
export { startServer } from './startServer'
export type { RunningServer } from './startServer'
export type { ServeStaticOptions, StaticServer } from './serveStatic'
export { chromiumPath, launchBrowser } from './launchBrowser'
export type { BrowserHandle } from './launchBrowser'
export { watchPage } from './watchedPage'
export type { WatchedPage } from './watchedPage'
export { demoPage } from './demoPage'
export type { DemoPage, DemoVisitor } from './demoPage'
export {
  agentMessage,
  emulatorRuns,
  readEmulator,
  visitorMessage,
  waitForEmulator,
} from './emulator'
export type { EmulatorSnapshot } from './emulator'
export { demoProviders, selectors } from './demoContract'
export type { DemoAction, DemoProvider, ProviderTraits, ShownState } from './demoContract'
export { demoChecks } from './demoChecks'
export type { DemoChecksOptions } from './demoChecks'
export { ROUTE_CHECK, routeCheck } from './routeCheck'
export { clickBeforeHydration } from './clickBeforeHydration'
export type { ClickBeforeHydration } from './clickBeforeHydration'
export { nothingLeft, snapshot } from './pageState'
export type { PageSnapshot } from './pageState'
export { WIDGETS_CHECK, widgetsCheck } from './widgetsCheck'
export type { WidgetsCheckOptions } from './widgetsCheck'
