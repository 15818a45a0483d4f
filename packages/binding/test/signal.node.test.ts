import test from 'ava';
import { binding, closeHandle } from './helpers';

test('Signal: start(SIGUSR2) then kill(getpid(), SIGUSR2) → onsignal(signum)', async (t) => {
  const { SIGUSR2 } = binding.constants.signals;
  const sig = new binding.Signal();
  const got = new Promise<number>((resolve) => (sig.onsignal = resolve));
  t.is(sig.start(SIGUSR2), 0);
  t.is(binding.kill(binding.getpid(), SIGUSR2), 0);
  t.is(await got, SIGUSR2);
  t.is(sig.stop(), 0);
  await closeHandle(sig);
});

test('Signal: bad signal numbers are UV_EINVAL; kill of a missing pid is UV_ESRCH', async (t) => {
  const sig = new binding.Signal();
  t.is(sig.start(0), binding.uv.UV_EINVAL);
  t.is(sig.start(1000), binding.uv.UV_EINVAL);
  t.is(binding.kill(2 ** 22 + 12345, 0), binding.uv.UV_ESRCH);
  t.is(binding.kill(binding.getpid(), 1000), binding.uv.UV_EINVAL);
  await closeHandle(sig);
});

test('signalExit(SIGTERM): the process ends with _exit(128 + 15) on the signal, even in a busy loop; bad signals are UV_EINVAL', async (t) => {
  t.is(binding.signalExit(0), binding.uv.UV_EINVAL);
  t.is(binding.signalExit(binding.constants.signals.SIGKILL), binding.uv.UV_EINVAL);
  const { spawnSync } = await import('node:child_process');
  const index = require.resolve('../dist/index.js');
  const program = `const b = require(${JSON.stringify(index)}); b.signalExit(b.constants.signals.SIGTERM); b.kill(b.getpid(), b.constants.signals.SIGTERM); for (;;) {}`;
  const r = spawnSync(process.execPath, ['-e', program], { timeout: 20000 });
  t.is(r.signal, null);
  t.is(r.status, 143);
});
