import {
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
  type ApplicationConfig,
} from '@angular/core'
import { provideClientHydration, withEventReplay } from '@angular/platform-browser'
import { provideRouter, withComponentInputBinding } from '@angular/router'
import { routes } from './routes'

/**
 * Zoneless: the chat's state is signals, and ChatService brings vendor callbacks back into
 * Angular itself, so nothing needs zone.js. The page is prerendered at build time and hydrated here.
 */
export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideClientHydration(withEventReplay()),
    provideRouter(routes, withComponentInputBinding()),
  ],
}
