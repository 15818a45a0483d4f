// util.exec: 0.10's deprecated alias of child_process.exec. util is portable and cannot
// reach child processes; an environment that has them (the n10 runtime) installs the
// real one with `util.exec = util.deprecate(child_process.exec, …)`.
import deprecate from './deprecate';

const exec: (...args: unknown[]) => unknown = deprecate(function () {
  throw new Error('util.exec: child_process is not available here; use child_process.exec');
}, 'util.exec is now called `child_process.exec`.');

export default exec;
