// Where the resolver asks, and what happens when nobody answers: timeouts, retries, server
// lists, the environment overrides and the hosts file that reverse() reads first.
import test from 'ava';
import { spawn } from 'node:child_process';
import hostDgram from 'node:dgram';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import dns from '@n10/dns';
import n10process from '@n10/process';
import { configure, getConfig, parseServer, resetConfig } from '@n10/dns/internal';
import { startDnsServer } from './helpers/dns-server';

function resolve4(name: string): Promise<[Error | null, unknown]> {
  return new Promise((resolve) => dns.resolve4(name, (err, r) => resolve([err, r])));
}

function reverse(ip: string): Promise<[Error | null, unknown]> {
  return new Promise((resolve) => dns.reverse(ip, (err, r) => resolve([err, r])));
}

function tmpFile(name: string, text: string): string {
  const file = path.join(os.tmpdir(), `n10-dns-${process.pid}-${name}`);
  fs.writeFileSync(file, text);
  return file;
}

// One test at a time: they change the process's one resolver configuration.
test.afterEach.always(() => resetConfig());

test.serial('dns.resolve4(): no answer at all is queryA ETIMEOUT, after tries × servers tries', async (t) => {
  const server = await startDnsServer();
  configure({ servers: [`127.0.0.1:${server.port}`], timeout: 100, tries: 2, hostsFile: null });
  const [err] = await resolve4('timeout.test');
  t.is(err?.message, 'queryA ETIMEOUT');
  t.is((err as NodeJS.ErrnoException).code, 'ETIMEOUT');
  t.is(server.log.filter((q) => q === 'A timeout.test').length, 2);
  await server.close();
});

test.serial('dns.reverse(): a server that never answers still ends in ENOTFOUND, as 0.10', async (t) => {
  const silent = hostDgram.createSocket('udp4');
  await new Promise<void>((r) => silent.bind(0, '127.0.0.1', r));
  configure({ servers: [`127.0.0.1:${silent.address().port}`], timeout: 100, tries: 1, hostsFile: null });
  const [err] = await reverse('1.2.3.4');
  t.is(err?.message, 'getHostByAddr ENOTFOUND');
  silent.close();
});

test.serial('dns.resolve4(): the next server is asked when the first is silent', async (t) => {
  const silent = hostDgram.createSocket('udp4');
  await new Promise<void>((r) => silent.bind(0, '127.0.0.1', r));
  const server = await startDnsServer();
  configure({ servers: [`127.0.0.1:${silent.address().port}`, `127.0.0.1:${server.port}`], timeout: 200, tries: 1, hostsFile: null });
  t.deepEqual(await resolve4('a.test'), [null, ['1.2.3.4', '5.6.7.8']]);
  silent.close();
  await server.close();
});

test.serial('dns.resolve4(): answers with the wrong id or question, or from elsewhere, are ignored', async (t) => {
  const server = await startDnsServer();
  // a fake server that answers first with junk, then relays the real server's answer
  const fake = hostDgram.createSocket('udp4');
  const relay = hostDgram.createSocket('udp4');
  await new Promise<void>((r) => fake.bind(0, '127.0.0.1', r));
  await new Promise<void>((r) => relay.bind(0, '127.0.0.1', r));
  let client: { port: number; address: string } | null = null;
  fake.on('message', (msg, rinfo) => {
    client = rinfo;
    const wrongId = Buffer.from(msg);
    wrongId.writeUInt16BE((msg.readUInt16BE(0) + 1) & 0xffff, 0);
    wrongId[2] |= 0x80;
    fake.send(wrongId, rinfo.port, rinfo.address);
    fake.send(Buffer.from([1, 2, 3]), rinfo.port, rinfo.address);
    relay.send(msg, server.port, '127.0.0.1');
  });
  relay.on('message', (answer) => {
    if (!client) return;
    // from the relay's own port first (not the server asked), then from the fake server
    relay.send(answer, client.port, client.address);
    setTimeout(() => fake.send(answer, client!.port, client!.address), 20);
  });
  configure({ servers: [`127.0.0.1:${fake.address().port}`], timeout: 2000, tries: 1, hostsFile: null });
  t.deepEqual(await resolve4('a.test'), [null, ['1.2.3.4', '5.6.7.8']]);
  fake.close();
  relay.close();
  await server.close();
});

test.serial('dns.resolve4(): IPv6 name servers ([::1]:port)', async (t) => {
  const server = await startDnsServer(0, '::1');
  configure({ servers: [`[::1]:${server.port}`], hostsFile: null });
  t.deepEqual(await resolve4('a.test'), [null, ['1.2.3.4', '5.6.7.8']]);
  await server.close();
});

test.serial('dns.reverse(): the hosts file first; its answer is the line\'s aliases and comes before the call returns', async (t) => {
  const hosts = tmpFile('hosts', '# comment\n127.0.0.1 localhost\n1.2.3.4 foo.test bar.test baz.test # trailing\n::1 ip6-localhost ip6-loopback\n');
  const silent = hostDgram.createSocket('udp4');
  await new Promise<void>((r) => silent.bind(0, '127.0.0.1', r));
  configure({ servers: [`127.0.0.1:${silent.address().port}`], timeout: 100, tries: 1, hostsFile: hosts });
  let early = '';
  dns.reverse('1.2.3.4', (err, names) => {
    early = JSON.stringify([err, names]);
  });
  t.is(early, '[null,["bar.test","baz.test"]]');
  t.deepEqual(await reverse('127.0.0.1'), [null, []]);
  t.deepEqual(await reverse('0:0::1'), [null, ['ip6-loopback']]);
  silent.close();
  fs.unlinkSync(hosts);
});

test.serial('dns.reverse() from the hosts file, and a name c-ares could not query (EBADNAME): ticks queued before run first, then the callback, all before the call returns (0.10\'s MakeCallback)', (t) => {
  const hosts = tmpFile('hosts', '1.2.3.4 foo.test bar.test\n');
  configure({ hostsFile: hosts });
  const order: string[] = [];
  n10process.nextTick(() => order.push('tick1'));
  dns.resolve4('bad..name', (err) => order.push('badname ' + (err && err.code)));
  order.push('after resolve4');
  n10process.nextTick(() => {
    order.push('tick2');
    dns.reverse('1.2.3.4', (_e, names) => order.push('reverse in tick ' + String(names)));
    order.push('after reverse in tick');
    n10process.nextTick(() => order.push('tick3'));
  });
  dns.reverse('1.2.3.4', (_e, names) => order.push('reverse ' + String(names)));
  order.push('sync end');
  t.deepEqual(order, ['tick1', 'badname EBADNAME', 'after resolve4', 'tick2', 'after reverse in tick', 'reverse bar.test', 'reverse in tick bar.test', 'tick3', 'sync end']);
  fs.unlinkSync(hosts);
});

test.serial('resolv.conf: nameserver and options lines are read; N10_* variables override', async (t) => {
  const conf = tmpFile('resolv.conf', '# test\nnameserver 127.0.0.9\nnameserver ::1\nsearch example.com\noptions ndots:2 timeout:3 attempts:1\n');
  const server = await startDnsServer();
  const src = `
    const dns = require('@n10/dns');
    const { getConfig } = require('@n10/dns/internal');
    dns.resolve4('a.test', (err, r) => console.log(JSON.stringify([getConfig(), err && err.message, r])));
  `;
  const run = (env: Record<string, string>) =>
    new Promise<string>((resolve) => {
      const child = spawn(process.execPath, ['--import=tsx', '--conditions=n10-source', '-e', src], { cwd: path.resolve(__dirname, '..'), env: { ...process.env, ...env } });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      child.stderr.on('data', (d) => (out += d));
      child.on('exit', () => resolve(out.trim()));
    });
  const out = JSON.parse(await run({ N10_RESOLV_CONF: conf, N10_DNS_SERVERS: `127.0.0.1:${server.port}`, N10_HOSTS_FILE: '' }));
  t.deepEqual(out, [{ servers: [{ address: '127.0.0.1', port: server.port, family: 4 }], timeout: 3000, tries: 1, hostsFile: null }, null, ['1.2.3.4', '5.6.7.8']]);
  resetConfig();
  const fromFile = JSON.parse(await run({ N10_RESOLV_CONF: conf, RES_OPTIONS: 'timeout:1', N10_DNS_SERVERS: '' }).then((s) => s.split('\n')[0]).catch(() => '[]'));
  t.deepEqual(fromFile[0].servers, [
    { address: '127.0.0.9', port: 53, family: 4 },
    { address: '::1', port: 53, family: 6 },
  ]);
  t.is(fromFile[0].timeout, 1000);
  t.is(fromFile[0].hostsFile, '/etc/hosts');
  await server.close();
  fs.unlinkSync(conf);
});

test.serial('parseServer(): the forms a server can be written in', (t) => {
  t.deepEqual(parseServer('10.0.0.1'), { address: '10.0.0.1', port: 53, family: 4 });
  t.deepEqual(parseServer('10.0.0.1:5353'), { address: '10.0.0.1', port: 5353, family: 4 });
  t.deepEqual(parseServer('::1'), { address: '::1', port: 53, family: 6 });
  t.deepEqual(parseServer('[::1]:5353'), { address: '::1', port: 5353, family: 6 });
  t.deepEqual(parseServer('fe80::1%eth0'), { address: 'fe80::1', port: 53, family: 6 });
  t.deepEqual(parseServer('[2001:DB8:0::1]'), { address: '2001:db8::1', port: 53, family: 6 });
  t.is(parseServer('localhost'), null);
  t.is(parseServer('1.2.3.4:0'), null);
  t.true(getConfig().servers.length > 0);
});
