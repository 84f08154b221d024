/**
 * `npm pack` of the SDK for plugin authors outside the repository. In the workspace the package
 * points at its TypeScript sources (services run them with no build step); the tarball must point
 * at built JavaScript instead. `prepack` builds dist/ and rewrites package.json for the tarball,
 * keeping the original beside it; `postpack` puts the original back.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const manifest = `${root}package.json`;
const kept = `${root}.package.workspace.json`;

if (process.argv[2] === 'prepack') {
  rmSync(`${root}dist`, { recursive: true, force: true });
  execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  const source = readFileSync(manifest, 'utf8');
  if (!existsSync(kept)) writeFileSync(kept, source);
  const packed = JSON.parse(source);
  packed.exports = { '.': { types: './dist/index.d.ts', default: './dist/index.js' } };
  packed.bin = { 'ucos-plugin': './dist/bin.js' };
  delete packed.scripts;
  writeFileSync(manifest, `${JSON.stringify(packed, null, 2)}\n`);
} else if (process.argv[2] === 'postpack') {
  if (existsSync(kept)) renameSync(kept, manifest);
} else {
  console.error('usage: node scripts/pack.ts prepack|postpack');
  process.exitCode = 2;
}
