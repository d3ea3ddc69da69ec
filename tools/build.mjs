// npm run build: TypeScript to lib/ (ESM + .d.ts), rollup to dist/ (drop-in script and one ES module),
// then the Custom Elements Manifest from the JSDoc.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });

rmSync('lib', { recursive: true, force: true });
rmSync('dist', { recursive: true, force: true });
run('npx', ['tsc', '-p', 'tsconfig.json']);
run('npx', ['rollup', '-c', 'rollup.config.mjs', '--silent']);
run('npm', ['run', 'analyze', '--silent']);
