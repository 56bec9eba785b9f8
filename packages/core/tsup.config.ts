import { defineConfig } from 'tsup'

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    base: 'src/base.ts',
    routes: 'src/routes/index.ts',
    'providers/raychat': 'src/providers/raychat.ts',
    'providers/chatra': 'src/providers/chatra.ts',
    'providers/chaport': 'src/providers/chaport.ts',
    'providers/onwebchat': 'src/providers/onwebchat.ts',
    'providers/rayzing': 'src/providers/rayzing.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  splitting: true,
  clean: true,
  target: 'es2020',
})
