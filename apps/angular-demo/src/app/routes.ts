import { Component, input } from '@angular/core'
import type { Routes } from '@angular/router'
import { demoRoutes } from '@chatmount/e2e/demo'

/** One heading per route: the chat lives above the router outlet, so it survives navigation. */
@Component({ selector: 'app-route-page', template: '<h2>{{ name() }}</h2>' })
class RoutePage {
  readonly name = input.required<string>()
}

export const routes: Routes = [
  ...demoRoutes.map(({ path, name }) => ({
    path: path.slice(1),
    component: RoutePage,
    data: { name },
  })),
  { path: '**', component: RoutePage, data: { name: 'Not found' } },
]
