import test from 'ava';
import net from '@n10/net';
import type { ServerSlave } from '@n10/net';

function fakeSlave(count: number, log: string[]): ServerSlave & { finish(): void } {
  let pending: ((err: Error | null) => void) | null = null;
  return {
    getConnections(cb) {
      setImmediate(() => cb(null, count));
    },
    close(cb) {
      log.push('slave close asked');
      pending = cb;
    },
    finish() {
      log.push('slave closed');
      if (pending) pending(null);
    },
  };
}

test('server._setupSlave(list): getConnections() adds the counts of the sockets sent to children', async (t) => {
  const server = net.createServer();
  t.is(typeof net.Server.prototype._setupSlave, 'function');
  const log: string[] = [];
  server._setupSlave(fakeSlave(2, log));
  server._setupSlave(fakeSlave(3, log));
  t.true(server._usingSlaves);
  server._connections = 1;
  const n = await new Promise<number>((resolve, reject) => server.getConnections((err, c) => (err ? reject(err) : resolve(c))));
  t.is(n, 6);
});

test("server.close(): with sockets sent to children, 'close' waits until every child closed its list", async (t) => {
  const server = net.createServer();
  const log: string[] = [];
  const a = fakeSlave(0, log);
  const b = fakeSlave(0, log);
  server._setupSlave(a);
  server._setupSlave(b);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const closed = new Promise<void>((resolve) => server.close(() => {
    log.push('server close');
    resolve();
  }));
  t.is(server._connections, 1);
  await new Promise((r) => setImmediate(r));
  a.finish();
  await new Promise((r) => setImmediate(r));
  b.finish();
  await closed;
  t.deepEqual(log, ['slave close asked', 'slave close asked', 'slave closed', 'slave closed', 'server close']);
  t.is(server._connections, 0);
});
