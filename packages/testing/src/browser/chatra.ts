// Browser build entry: served as dist/browser/chatra.js, it runs like the vendor's own script.
import { bootChatra } from '../chatra'
import { currentScript } from './currentScript'

bootChatra(window, currentScript())
