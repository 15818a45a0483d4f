// Differential: the programs in fixtures/oracle/ run under node 0.10.19 and under the n10 runtime,
// each in a private network and mount namespace where the test DNS server answers on
// 127.0.0.1:53 and /etc/resolv.conf and /etc/hosts are ours: 0.10's c-ares reads only those,
// so this is the only way to show it a server. Needs root, unshare(1) and ip(8), and the
// built runtime (npm run build); skipped otherwise.
import test from 'ava';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const pkg = path.resolve(__dirname, '..');
const root = path.resolve(pkg, '../..');
const oracle = path.join(root, 'tools/node010');
const n10 = path.join(root, 'packages/runtime/bin/n10.js');
const fixtures = path.join(__dirname, 'fixtures/oracle');

function usable(): string | null {
  if (typeof process.getuid === 'function' && process.getuid() !== 0) return 'not root';
  if (spawnSync('unshare', ['-mn', 'true']).status !== 0) return 'unshare -mn does not work here';
  if (spawnSync('sh', ['-c', 'command -v ip']).status !== 0) return 'no ip(8)';
  if (spawnSync(process.execPath, [n10, '-e', "require('dns')"]).status !== 0) return 'the n10 runtime (or the dns build) is not usable';
  return null;
}

const why = usable();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n10-dns-oracle-'));
const resolvConf = path.join(dir, 'resolv.conf');
fs.writeFileSync(resolvConf, 'nameserver 127.0.0.1\n');

// One program, one namespace: the server starts, the program runs, the server stops.
function runInNamespace(runner: string[], program: string): string {
  const script = `
    set -e
    ip link set lo up
    mount --bind "$RESOLV" /etc/resolv.conf
    mount --bind "$HOSTS" /etc/hosts
    cd "$PKG"
    node --import tsx test/helpers/dns-server.ts 53 127.0.0.1 > "$LOG" 2>&1 &
    server=$!
    i=0
    until grep -qs 'dns server on' "$LOG"; do i=$((i + 1)); [ $i -lt 200 ] || exit 3; sleep 0.05; done
    cd "$FIXTURES"
    "$@" || true
    kill $server
  `;
  const r = spawnSync('unshare', ['-mn', 'sh', '-c', script, 'sh', ...runner, program], {
    encoding: 'utf8',
    env: { ...process.env, RESOLV: resolvConf, HOSTS: path.join(fixtures, 'hosts'), PKG: pkg, FIXTURES: fixtures, LOG: path.join(dir, 'server-' + path.basename(program) + '.log') },
    timeout: 120_000,
  });
  return r.stdout + r.stderr;
}

for (const name of fs.readdirSync(fixtures).filter((f) => f.endsWith('.js')).sort()) {
  test(`dns.resolve*/reverse against node 0.10 and a local server: ${name}`, (t) => {
    if (why) {
      t.log('skipped: ' + why);
      t.pass();
      return;
    }
    const want = runInNamespace([oracle], name);
    const got = runInNamespace([process.execPath, n10], name);
    t.true(want.split('\n').length > 3, want);
    t.is(got, want);
  });
}

test.after.always(() => fs.rmSync(dir, { recursive: true, force: true }));
