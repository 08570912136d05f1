// Writes a brotli (`.br`) and a gzip (`.gz`) copy beside every text file of the build, at the highest levels: the
// gateway (`@fastify/static` with `preCompressed`) sends the one the browser accepts, so nothing is compressed per
// request. Files that do not shrink are left alone.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = path.join(import.meta.dirname, '..', 'dist');
const TEXT = /\.(js|mjs|css|html|svg|json|txt|webmanifest)$/;

const filesIn = (dir) =>
  readdirSync(dir).flatMap((name) =>
    statSync(path.join(dir, name)).isDirectory() ? filesIn(path.join(dir, name)) : [path.join(dir, name)],
  );

let raw = 0;
let brotli = 0;
for (const file of filesIn(dist).filter((name) => TEXT.test(name))) {
  const content = readFileSync(file);
  const br = brotliCompressSync(content, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
  });
  const gz = gzipSync(content, { level: 9 });
  if (br.length < content.length) writeFileSync(`${file}.br`, br);
  if (gz.length < content.length) writeFileSync(`${file}.gz`, gz);
  raw += content.length;
  brotli += Math.min(br.length, content.length);
}
console.log(`[web] precompressed: ${(raw / 1024).toFixed(0)} KB of text files, ${(brotli / 1024).toFixed(0)} KB with brotli`);
