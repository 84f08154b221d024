// node infra/src/bench/cpu-profile-summary.ts <file.cpuprofile> [top=25]
// The functions with the most self time in a V8 CPU profile (`npm run bench` with BENCH_CPU_PROF),
// and the same grouped by package, as Markdown: the flame summary in text.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node infra/src/bench/cpu-profile-summary.ts <file.cpuprofile> [top]');
  process.exit(1);
}
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
// each sample's time is the delta to the next one: more exact than hit counts at an uneven rate
const selfMicros = new Map<number, number>();
profile.samples.forEach((id, index) => {
  selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[index + 1] ?? 0));
});
const total = [...selfMicros.values()].reduce((sum, value) => sum + value, 0);

const where = (url: string) => {
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const parts = url.slice(modules + 'node_modules/'.length).split('/');
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? url);
  }
  if (url.startsWith('node:') || url === '') return url || '(native)';
  const repo = url.indexOf('/subgraphs/') >= 0 ? url.indexOf('/subgraphs/') : url.indexOf('/gateway/');
  return repo >= 0
    ? url
        .slice(repo + 1)
        .split('/')
        .slice(0, 2)
        .join('/')
    : url;
};

const functions = new Map<string, number>();
const packages = new Map<string, number>();
for (const [id, micros] of selfMicros) {
  const node = byId.get(id);
  if (!node) continue;
  const { functionName, url, lineNumber } = node.callFrame;
  const name = `${functionName || '(anonymous)'} ${url ? `${where(url)}:${lineNumber + 1}` : ''}`.trim();
  functions.set(name, (functions.get(name) ?? 0) + micros);
  const group = url ? where(url) : functionName;
  packages.set(group, (packages.get(group) ?? 0) + micros);
}
const table = (title: string, entries: Map<string, number>) => {
  const rows = [...entries].sort((a, b) => b[1] - a[1]).slice(0, top);
  return [
    `| ${title} | self ms | share |`,
    '|---|---:|---:|',
    ...rows.map(
      ([name, micros]) => `| ${name} | ${(micros / 1000).toFixed(0)} | ${((micros / total) * 100).toFixed(1)}% |`,
    ),
  ].join('\n');
};
console.log(`profile: ${file}, ${(total / 1000).toFixed(0)} ms sampled\n`);
console.log(table('function (self time)', functions));
console.log('');
console.log(table('package (self time)', packages));
