import type { NextConfig } from 'next'

const config: NextConfig = {
  // Builds go to dist/ like every other demo (and stay out of git with it); the webpack check's to dist-webpack/.
  distDir: process.env.NEXT_DIST_DIR ?? 'dist',
  reactStrictMode: true,
  poweredByHeader: false,
}

export default config
