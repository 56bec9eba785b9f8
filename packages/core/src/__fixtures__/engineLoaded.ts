// The engine's chunk, loaded before each test file: as in a page where it has arrived, a front gets
// it within a few microtasks, so tests with fake timers need not wait for a module to be compiled.
await import('../createClient')
export {}
