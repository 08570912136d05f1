import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const WEB = path.resolve(__dirname, '..');
export const WEB_DIST = path.join(WEB, 'dist');
const REPORT = path.join(WEB_DIST, 'first-screen.json');

const newestSource = (dir: string): number =>
  readdirSync(dir).reduce((newest, name) => {
    const file = path.join(dir, name);
    const stat = statSync(file);
    return Math.max(newest, stat.isDirectory() ? newestSource(file) : stat.mtimeMs);
  }, 0);

/** Builds apps/web unless dist is newer than every source (tests run on a fresh clone without `npm run build`). */
export function ensureWebBuilt(): void {
  const sources = Math.max(
    newestSource(path.join(WEB, 'src')),
    ...['index.html', 'vite.config.ts'].map((file) => statSync(path.join(WEB, file)).mtimeMs),
  );
  if (existsSync(REPORT) && statSync(REPORT).mtimeMs > sources) return;
  // Jest sets NODE_ENV=test, which would make Vite bundle React's development build.
  execFileSync('npm', ['run', 'build'], { cwd: WEB, stdio: 'pipe', env: { ...process.env, NODE_ENV: 'production' } });
}

export interface FirstScreenReport {
  scripts: { file: string; gzipBytes: number }[];
  styles: { file: string; gzipBytes: number }[];
  scriptGzipBytes: number;
}

export const firstScreenReport = (): FirstScreenReport => JSON.parse(readFileSync(REPORT, 'utf8')) as FirstScreenReport;
