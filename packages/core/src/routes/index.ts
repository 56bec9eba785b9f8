// @chatmount/core/routes: route-aware chat for any router. Apps that do not import it pay nothing.
export { checkRouteOptions, followRoutes, PAGE_VIEW_WAIT } from './followRoutes'
export type { ChatRoutes, RouteLocation, RouteOptions, RoutedChat } from './followRoutes'
export { routeMatcher } from './routeMatcher'
export { routeWidgets, withWidget } from './routeWidgets'
export type { RouteWidget } from './routeWidgets'
