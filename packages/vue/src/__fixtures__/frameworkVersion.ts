// The Vue this package's sources import, as its tests get it: tests/vue-3.3 checks that its alias
// really hands them Vue 3.3 (a check from the fixture's own folder could not fail).
export { version } from 'vue'
