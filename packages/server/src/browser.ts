// What a browser bundle gets instead of the package: secrets (a Chaport salt, a Chatra API key)
// must never reach a page, so importing the server helpers there is an error at once.
throw new Error(
  '@chatmount/server was imported into a browser bundle. It handles vendor secrets and runs on your server only (Node, or an edge runtime such as a Next.js route handler); import @chatmount/core or a framework package in the page.',
)
