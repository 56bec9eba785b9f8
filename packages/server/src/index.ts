// @chatmount/server: the vendors' server-side parts, for Node and edge runtimes. Never for a page.
export { chaportUserToken, chaportVisitorHash } from './chaport'
export type { ChaportVisitorData } from './chaport'
export { chatraClientId } from './chatra'
export { phpJsonEncode } from './phpJsonEncode'
