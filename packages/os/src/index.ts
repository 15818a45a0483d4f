// @n10/os: node 0.10's require('os'), over @n10/binding's os queries. Members in 0.10's order.
import binding from '@n10/binding';
import type { CPUInfo } from '@n10/binding';
import process from '@n10/process';
import util from '@n10/util';

/** An address as 0.10 listed it: no netmask, mac or scope id yet. */
export interface NetworkAddress {
  address: string;
  family: 'IPv4' | 'IPv6';
  internal: boolean;
}

function networkInterfaces(): Record<string, NetworkAddress[]> {
  const all = binding.getInterfaceAddresses();
  const out: Record<string, NetworkAddress[]> = {};
  for (const name of Object.keys(all)) {
    out[name] = all[name].map((a) => ({ address: a.address, family: a.family, internal: a.internal }));
  }
  return out;
}

// libuv 0.10 on Linux read each CPU's speed from /proc/cpuinfo ("cpu MHz") and reported the
// times of /proc/stat in units of 1/100 ms (clock ticks times 100); libuv 1.x reports ms and
// reads the speed from cpufreq, which many machines lack (speed 0). Give what 0.10 gave.
function readProcFile(path: string): string {
  let fd = -1;
  try {
    fd = binding.open(path, 0, 0);
    const chunks: Uint8Array[] = [];
    for (;;) {
      const buf = new Uint8Array(65536);
      const n = binding.read(fd, buf, 0, buf.length, null);
      if (n <= 0) break;
      chunks.push(buf.subarray(0, n));
    }
    let text = '';
    for (const c of chunks) for (let i = 0; i < c.length; i++) text += String.fromCharCode(c[i]);
    return text;
  } catch {
    return '';
  } finally {
    if (fd >= 0) binding.close(fd);
  }
}

function cpus(): CPUInfo[] {
  const list = binding.getCPUs();
  if (process.platform !== 'linux') return list;
  let speeds: number[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const cpu = list[i];
    if (!cpu.speed) {
      if (!speeds) speeds = (readProcFile('/proc/cpuinfo').match(/^cpu MHz\s*:\s*([\d.]+)/gm) || []).map((l) => Math.floor(parseFloat(l.split(':')[1])));
      if (speeds[i] !== undefined) cpu.speed = speeds[i];
    }
    const t = cpu.times;
    t.user *= 10;
    t.nice *= 10;
    t.sys *= 10;
    t.idle *= 10;
    t.irq *= 10;
  }
  return list;
}

function tmpdir(): string {
  const env = process.env;
  return env.TMPDIR || env.TMP || env.TEMP || (process.platform === 'win32' ? 'c:\\windows\\temp' : '/tmp');
}

const os = {
  endianness: (): 'LE' | 'BE' => binding.getEndianness(),
  hostname: (): string => binding.getHostname(),
  loadavg: (): number[] => binding.getLoadAvg(),
  uptime: (): number => binding.getUptime(),
  freemem: (): number => binding.getFreeMem(),
  totalmem: (): number => binding.getTotalMem(),
  cpus,
  type: (): string => binding.getOSType(),
  release: (): string => binding.getOSRelease(),
  networkInterfaces,
  arch: (): string => process.arch,
  platform: (): string => process.platform,
  tmpdir,
  tmpDir: tmpdir,
  getNetworkInterfaces: util.deprecate(function () {
    return networkInterfaces();
  }, 'getNetworkInterfaces is now called `os.networkInterfaces`.'),
  EOL: process.platform === 'win32' ? '\r\n' : '\n',
};

// 0.10's members are anonymous function expressions ([Function] when inspected), except
// the deprecation wrapper ([Function: deprecated]).
for (const key of Object.keys(os) as Array<keyof typeof os>) {
  const v = os[key];
  if (typeof v === 'function' && key !== 'getNetworkInterfaces' && key !== 'tmpDir') {
    Object.defineProperty(v, 'name', { value: '', configurable: true });
  }
}

export type { CPUInfo };
export default os;
