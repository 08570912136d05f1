import react from '@vitejs/plugin-react';
import path from 'node:path';
import { defineConfig } from 'vite';

const root = path.resolve(__dirname, '../..');

// What every screen needs comes in a few files, fetched side by side with the first request's answer: React's DOM
// renderer, the rest of the framework (router, queries, i18n), and the application's shared parts (components,
// helpers, each feature's API), forms apart: the form library is loaded only by the screens with a form. Left to
// itself the bundler split these into some twenty files of 1–2 KB, and over HTTP/1.1's six connections each was
// one more round trip before the first screen (Lighthouse on a phone, docs/web.md).
const sharedPart = /[\\/]apps[\\/]web[\\/]src[\\/](components|lib|features[\\/][^\\/]+[\\/]api)[\\/]/;
const formPart = /([\\/]form[\\/]|-(schema|field|form)\.tsx?$|confirm-page\.tsx$)/;
const firstScreenChunks = [
  { name: 'react-dom', test: /[\\/]node_modules[\\/](react-dom|scheduler)[\\/]/ },
  { name: 'framework', test: /[\\/]node_modules[\\/](react|react-router|@tanstack|i18next|react-i18next)[\\/]/ },
  { name: 'app', test: (id: string) => sharedPart.test(id) && !formPart.test(id) },
];

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
    rolldownOptions: { output: { codeSplitting: { groups: firstScreenChunks } } },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000', '/auth': 'http://localhost:3000' },
  },
});
