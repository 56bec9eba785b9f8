import { provideZoneChangeDetection } from '@angular/core'

// TestBed's providers (angular.json "providersFile"): zone change detection, as most apps have.
export default [provideZoneChangeDetection()]
