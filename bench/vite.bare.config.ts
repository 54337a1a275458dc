import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The benchmark's baseline page: bare React Flow, built apart from the app.
export default defineConfig({
  root: fileURLToPath(new URL('./bare', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist-bare', import.meta.url)),
    emptyOutDir: true,
  },
  logLevel: 'warn',
});
