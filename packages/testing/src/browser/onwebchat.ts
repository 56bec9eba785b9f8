// Browser build entry: served as dist/browser/onwebchat.js, it runs like the vendor's own script.
import { bootEmulator } from '../boot'
import { currentScript } from './currentScript'

bootEmulator('onwebchat', window, currentScript())
