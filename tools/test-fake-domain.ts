// A stand-in for a domain in package tests, with 0.10's enter/exit/_disposed surface: set as
// `process.domain` the way the domain module sets it, it records what a request did with it.
export interface FakeDomain {
  enter(): void;
  exit(): void;
  _disposed?: boolean;
  log: string[];
}

/** A domain that enters and exits by setting `proc.domain`, logging 'enter'/'exit'. */
export function fakeDomain(proc: { domain?: unknown }): FakeDomain {
  const d: FakeDomain = {
    log: [],
    enter() {
      d.log.push('enter');
      proc.domain = d;
    },
    exit() {
      d.log.push('exit');
      proc.domain = null;
    },
  };
  return d;
}
