import { demoRoutes } from '@chatmount/e2e/demo'
import { defineComponent, h } from 'vue'
import { createRouter, createWebHistory } from 'vue-router'

/** The demo's routes, one heading each; the chat lives above the router view. */
export const router = createRouter({
  history: createWebHistory(),
  routes: [
    ...demoRoutes.map(({ path, name }) => ({
      path,
      component: defineComponent({ name, render: () => h('h2', name) }),
    })),
    { path: '/:rest(.*)*', component: defineComponent({ render: () => h('h2', 'Not found') }) },
  ],
})
