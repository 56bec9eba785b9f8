import { mergeApplicationConfig } from '@angular/core'
import { provideServerRendering, RenderMode, withRoutes } from '@angular/ssr'
import { appConfig } from './app.config'

/** The build prerenders the one page; on the server the chat only checks its options. */
export const serverConfig = mergeApplicationConfig(appConfig, {
  providers: [
    provideServerRendering(withRoutes([{ path: '**', renderMode: RenderMode.Prerender }])),
  ],
})
