import type { UserConfig } from 'vitest/config'

export declare const demoTestConfig: UserConfig
/** The setup file that keeps a failed browser test's Playwright trace in `test-results/`. */
export declare const traceOnFailure: string
