// Browser build entry: served as dist/browser/onwebchat.js, it runs like the vendor's own script.
import { bootOnWebChat } from '../onwebchat'
import { currentScript } from './currentScript'

bootOnWebChat(window, currentScript())
