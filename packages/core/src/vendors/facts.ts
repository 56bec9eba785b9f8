// What createChat knows of each built-in vendor by name, from its description in this folder. The
// providers read theirs from here too, so that every facts object sits in the chunk an app loads
// first and no provider chunk brings a chunk of its own.
export { vendor as raychat } from './raychat'
export { vendor as chatra } from './chatra'
export { vendor as chaport } from './chaport'
export { vendor as onwebchat } from './onwebchat'
export { vendor as rayzing } from './rayzing'
export { vendor as crisp } from './crisp'
export { vendor as tawk } from './tawk'
