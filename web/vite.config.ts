import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';

// `npm run dev` proxies the API and Socket.IO to a local `dugout serve` (DUGOUT_URL overrides).
const target = process.env.DUGOUT_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [vue()],
  server: {
    proxy: {
      '/api': { target, changeOrigin: false },
      '/socket.io': { target, ws: true, changeOrigin: false },
    },
  },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
  test: { include: ['tests/unit/**/*.test.ts'], environment: 'node' },
});
