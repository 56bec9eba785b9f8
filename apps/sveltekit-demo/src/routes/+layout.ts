// The demo's settings come from the URL in the browser: a single-page app (adapter-static's
// fallback page), rendered in the browser only.
export const ssr = false
