// Browser build entry: served as dist/browser/raychat.js, it runs like the vendor's own script.
import { bootRaychat } from '../raychat'
import { currentScript } from './currentScript'

bootRaychat(window, currentScript())
