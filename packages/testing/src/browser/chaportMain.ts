// Browser build entry: served as dist/browser/chaport-main.js, Chaport's main bundle, which the
// emulated insert.js (chaport.js) adds to the page.
import { bootChaportMainEmulator } from '../boot'
import { currentScript } from './currentScript'

bootChaportMainEmulator(window, currentScript())
