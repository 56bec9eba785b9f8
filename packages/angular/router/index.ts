// @chatmount/angular/router: route-aware chat with Angular's Router. A secondary entry point, so
// the main package needs no @angular/router and apps without routes pay nothing.
export { withRouter } from './withRouter'
export type { RouteOptions } from '@chatmount/core/routes'
