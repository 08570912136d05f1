// Reports what the first screen downloads: the entry script and the chunks it imports statically, gzipped.
// Written to dist/first-screen.json so a test can check the 200 KB budget without building again.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = path.join(import.meta.dirname, '..', 'dist');
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const scripts = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/([^"]+\.js)"/g)].map((match) => match[1]);
const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\/([^"]+\.css)"/g)].map((match) => match[1]);
const gz = (file) => gzipSync(readFileSync(path.join(dist, file))).length;
const report = {
  scripts: scripts.map((file) => ({ file, gzipBytes: gz(file) })),
  styles: styles.map((file) => ({ file, gzipBytes: gz(file) })),
};
report.scriptGzipBytes = report.scripts.reduce((sum, item) => sum + item.gzipBytes, 0);
writeFileSync(path.join(dist, 'first-screen.json'), JSON.stringify(report, null, 2));
console.log(
  `[web] first screen: ${(report.scriptGzipBytes / 1024).toFixed(1)} KB of JavaScript gzipped (budget 200 KB), ${report.scripts.length} file(s)`,
);
