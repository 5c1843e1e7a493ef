import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web app lives in web/; the server serves the build from dist/web.
export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
    },
  },
});
