// `npm test`: every check in order; stops at the first failure.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const steps = [
  ['lint', 'npm', ['run', '-s', 'lint']],
  ['typecheck', 'npm', ['run', '-s', 'typecheck']],
  ['openapi is up to date', 'npx', ['tsx', 'scripts/openapi.ts', '--check']],
  ['unit tests', 'npx', ['vitest', 'run', '--project', 'unit']],
  ['integration tests (real PostgreSQL)', 'npx', ['vitest', 'run', '--project', 'integration']],
];

for (const [name, cmd, args] of steps) {
  process.stdout.write(`\n▶ ${name}\n`);
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    process.stderr.write(`\n✖ ${name} failed\n`);
    process.exit(result.status ?? 1);
  }
}

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
process.stdout.write('\n▶ end-to-end tests (Playwright, Chromium)\n');
if (!fs.existsSync(chromium)) {
  const reason = `Chromium not found at ${chromium} (install Debian's chromium: apt-get install -y chromium)`;
  if (process.env.CI === 'true') {
    process.stderr.write(`✖ ${reason}; CI=true makes this an error.\n`);
    process.exit(1);
  }
  process.stdout.write(`⚠ end-to-end tests skipped: ${reason}.\n`);
  process.exit(0);
}
const e2e = spawnSync('npx', ['playwright', 'test'], { stdio: 'inherit' });
if (e2e.status !== 0) {
  process.stderr.write('\n✖ end-to-end tests failed\n');
  process.exit(e2e.status ?? 1);
}
process.stdout.write('\n✔ all tests passed\n');
