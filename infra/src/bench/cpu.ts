import { readdirSync, readFileSync } from 'node:fs';

/** Linux's USER_HZ: /proc reports CPU time in these ticks (100 on every mainstream kernel build). */
const TICKS_PER_SECOND = 100;

interface ProcStat {
  pid: number;
  ppid: number;
  /** user + system time, in ticks */
  ticks: number;
}

function readStat(pid: string): ProcStat | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null; // gone between the listing and the read
  }
  // the command name is in parentheses and may itself hold spaces or parentheses
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  // after the name: state(0) ppid(1) … utime(11) stime(12)
  return { pid: Number(pid), ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
}

/**
 * CPU time used so far by a process and every live descendant (a clustered gateway's workers), in
 * milliseconds; null where /proc is not there (macOS), so the bench leaves the column empty.
 */
export function processTreeCpuMs(rootPid: number | undefined): number | null {
  if (rootPid === undefined) return null;
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  const stats = entries.map(readStat).filter((stat): stat is ProcStat => stat !== null);
  const children = new Map<number, ProcStat[]>();
  for (const stat of stats) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat]);
  const root = stats.find((stat) => stat.pid === rootPid);
  if (!root) return null;
  let ticks = 0;
  const pending = [root];
  while (pending.length) {
    const stat = pending.pop() as ProcStat;
    ticks += stat.ticks;
    pending.push(...(children.get(stat.pid) ?? []));
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/**
 * CPU milliseconds each group of process trees spends per request over `work` (which returns its
 * request count); null for a group where /proc cannot tell.
 */
export async function cpuPerRequest<T extends { requests: number }, G extends string>(
  groups: Record<G, (number | undefined)[]>,
  work: () => Promise<T>,
): Promise<{ result: T; cpuMsPerRequest: Record<G, number | null> }> {
  const total = (pids: (number | undefined)[]) => {
    const each = pids.map(processTreeCpuMs);
    return each.length === 0 || each.some((value) => value === null)
      ? null
      : (each as number[]).reduce((sum, value) => sum + value, 0);
  };
  const names = Object.keys(groups) as G[];
  const before = names.map((name) => total(groups[name]));
  const result = await work();
  const after = names.map((name) => total(groups[name]));
  const cpuMsPerRequest = Object.fromEntries(
    names.map((name, index) => {
      const [start, end] = [before[index], after[index]];
      return [
        name,
        start === null || start === undefined || end === null || end === undefined || result.requests === 0
          ? null
          : Math.round(((end - start) / result.requests) * 100) / 100,
      ];
    }),
  ) as Record<G, number | null>;
  return { result, cpuMsPerRequest };
}

/**
 * CPU per request net of the processes' idle work (timers, polls, GC of earlier phases), which on a
 * slow, shared machine would otherwise be spread over few requests: the idle rate is sampled first,
 * then a fixed number of requests is sent and the idle share of that time is subtracted.
 */
export async function netCpuPerRequest<G extends string>(
  groups: Record<G, (number | undefined)[]>,
  send: () => Promise<{ requests: number }>,
  idleMs = 2000,
): Promise<Record<G, number | null>> {
  const idle = await cpuPerRequest(groups, async () => {
    await new Promise((resolve) => setTimeout(resolve, idleMs));
    return { requests: 1 };
  });
  const started = performance.now();
  const busy = await cpuPerRequest(groups, send);
  const elapsed = performance.now() - started;
  const net = {} as Record<G, number | null>;
  for (const name of Object.keys(groups) as G[]) {
    const idleRate = idle.cpuMsPerRequest[name];
    const perRequest = busy.cpuMsPerRequest[name];
    net[name] =
      idleRate === null || perRequest === null || busy.result.requests === 0
        ? null
        : Math.round(Math.max(0, perRequest - ((idleRate / idleMs) * elapsed) / busy.result.requests) * 100) / 100;
  }
  return net;
}

/**
 * Waits (at most `timeoutMs`) until the process trees together use under `quietShare` of one core
 * over a second: requests an earlier phase left behind are done.
 */
export async function waitUntilQuiet(
  pids: (number | undefined)[],
  quietShare = 0.15,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { cpuMsPerRequest } = await cpuPerRequest({ all: pids }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      return { requests: 1 };
    });
    if (cpuMsPerRequest.all === null || cpuMsPerRequest.all < 1000 * quietShare) return;
  }
}
