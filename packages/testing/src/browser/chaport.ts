// Browser build entry: served as dist/browser/chaport.js, it runs like the vendor's own script.
import { bootEmulator } from '../boot'
import { currentScript } from './currentScript'

bootEmulator('chaport', window, currentScript())
