import react from '@vitejs/plugin-react';
import path from 'node:path';
import { defineConfig } from 'vite';

const root = path.resolve(__dirname, '../..');

// The contracts are imported for their types (erased), for a few plain enums and for the input patterns, the
// CSV writer and the qualities (`@chaman/contracts/patterns`, `…/csv`, `…/quality`, files without decorators); class-validator never reaches
// the browser (a test reads the built files to make sure).
export default defineConfig({
  root: __dirname,
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^@chaman\/contracts$/, replacement: path.join(root, 'libs/contracts/src/index.ts') },
      { find: /^@chaman\/contracts\/patterns$/, replacement: path.join(root, 'libs/contracts/src/validation/patterns.ts') },
      { find: /^@chaman\/contracts\/csv$/, replacement: path.join(root, 'libs/contracts/src/export/csv.ts') },
      { find: /^@chaman\/contracts\/quality$/, replacement: path.join(root, 'libs/contracts/src/enterprise/quality.ts') },
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No inline scripts or styles anywhere: the gateway's Content-Security-Policy forbids them.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    target: 'es2022',
  },
  server: {
    proxy: { '/api': 'http://localhost:3000', '/auth': 'http://localhost:3000' },
  },
});
