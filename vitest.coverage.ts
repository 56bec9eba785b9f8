// The coverage every package's unit tests must keep (issue: core 95% of lines, adapters 90%),
// measured on its own source: tests, fixtures and entry files that only re-export left out.
export function coverage(lines: number, exclude: string[] = []) {
  return {
    provider: 'v8' as const,
    include: ['src/**/*.{ts,tsx}'],
    exclude: [
      'src/**/*.test.{ts,tsx}',
      'src/**/*.test-d.{ts,tsx}',
      'src/__fixtures__/**',
      'src/index.ts',
      ...exclude,
    ],
    thresholds: { lines },
  }
}
