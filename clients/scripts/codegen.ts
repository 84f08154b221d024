// npm run codegen            regenerate the typed documents and persisted-document manifests
// npm run codegen -- --check fail (exit 1) when the committed generated files are stale
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';

const root = fileURLToPath(new URL('../../', import.meta.url));
process.chdir(root);
const check = process.argv.includes('--check');
const { default: config } = await import(join(root, 'codegen.ts'));

const outputs = (await generate({ ...config, cwd: root, silent: true, verbose: false }, false)) as {
  filename: string;
  content: string;
}[];

const stale: string[] = [];
for (const { filename, content } of outputs) {
  const path = join(root, filename);
  const current = await readFile(path, 'utf8').catch(() => null);
  if (current === content) continue;
  stale.push(relative(root, path));
  if (!check) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
  }
}

if (check) {
  if (stale.length > 0) {
    console.error(`codegen: stale generated files (run npm run codegen):\n  ${stale.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`codegen: ${outputs.length} generated files are current`);
} else {
  console.log(`codegen: wrote ${stale.length} of ${outputs.length} files`);
}
