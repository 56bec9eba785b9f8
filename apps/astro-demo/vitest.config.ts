// Browser tests only, configured once for every demo: see @chatmount/e2e.
export { demoTestConfig as default } from '@chatmount/e2e/vitest-config'
