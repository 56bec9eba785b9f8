import type { NextConfig } from 'next'

const config: NextConfig = {
  // Builds go to dist/ like every other demo (and stay out of git with it).
  distDir: 'dist',
  reactStrictMode: true,
  poweredByHeader: false,
}

export default config
