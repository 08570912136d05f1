// `npm test`'s checks before Jest, on two lanes at once: ESLint (typed rules: the longest check) on one, the two
// typechecks, Prettier and knip one after the other on the other. Each is single-threaded, so on CI's two cores the
// checks take about as long as the longer lane, not the sum (figures: docs/operations.md, CI). Every check runs to its end (a failure in one
// does not hide another's); each one's output is printed whole when it ends, with its duration; the exit code is 1
// when any failed.
import { spawn } from 'node:child_process';

const lanes = [['lint'], ['typecheck', 'format:check', 'knip']];

function run(script) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(`[checks] ${script}: ${code === 0 ? 'ok' : `failed (exit ${code})`} in ${seconds} s\n`);
      if (output.length > 0) process.stdout.write(Buffer.concat(output));
      resolve(code === 0);
    });
  });
}

async function runLane(scripts) {
  let passed = true;
  for (const script of scripts) passed = (await run(script)) && passed;
  return passed;
}

const results = await Promise.all(lanes.map(runLane));
process.exit(results.every(Boolean) ? 0 : 1);
