// Browser build entry: served as dist/browser/chaport.js, it runs like the vendor's own script.
import { bootChaport } from '../chaport'
import { currentScript } from './currentScript'

bootChaport(window, currentScript())
