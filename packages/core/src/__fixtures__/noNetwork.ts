// Unit tests reach no network: a request the engine makes of its own (why a script failed) gets no
// answer, as from a blocked host. A test that needs another answer stubs `fetch` itself.
globalThis.fetch = () => Promise.reject(new TypeError('Failed to fetch'))
export {}
