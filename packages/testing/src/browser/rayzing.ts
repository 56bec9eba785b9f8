// Browser build entry: served as dist/browser/rayzing.js, it runs like the vendor's own script.
import { bootRayzing } from '../rayzing'
import { currentScript } from './currentScript'

bootRayzing(window, currentScript())
