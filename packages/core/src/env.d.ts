// Bundlers replace `process.env.NODE_ENV`: development-only code (messages, warnings) is written
// behind `process.env.NODE_ENV != 'production'` and costs nothing in production builds.
declare const process: { env: { NODE_ENV?: string } }
