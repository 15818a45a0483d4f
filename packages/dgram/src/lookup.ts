// node 0.10's dns.lookup(domain, [family], callback), over the binding's getaddrinfo.
//
// It lives here, not in @n10/dns, because dgram resolves addresses with it and @n10/dns sits
// above dgram (its resolve* run over dgram sockets): one implementation, exported to dns
// through '@n10/dgram/internal' and used there as dns.lookup itself.
//
// 0.10's rules, checked against v0.10.19:
// - family: absent or falsy → 0 (any); otherwise +family must be 4 or 6, else it throws
//   "invalid argument: `family` must be 4 or 6";
// - an empty domain answers (null, null, 4 | 6) and an IP literal answers (null, literal, its
//   own family) on the next tick, without asking the system; the call returns {} then;
// - anything else (localhost included) goes to getaddrinfo: (null, first address, family) with
//   IPv4 answers before IPv6 ones; the call returns the request object;
// - failures are Error('getaddrinfo ENOTFOUND') {code, errno, syscall}: libuv 0.10 called
//   EAI_NONAME/EAI_NODATA ENOENT, which 0.10's dns renamed ENOTFOUND; any other getaddrinfo
//   failure was libuv's EADDRINFO.
import binding from '@n10/binding';
import type { ErrnoException } from '@n10/binding';
import process from '@n10/process';
import { isIP } from './is-ip';
import { activeDomain, enterReqDomain, type ReqDomain } from './req-domain';
import { sitedDns } from './throw-sites';

export type LookupCallback = (err: ErrnoException | null, address?: string | null, family?: 4 | 6) => void;

/** What lookup returns: {} when answered without asking, else the getaddrinfo request. */
export interface LookupRequest {
  domain?: ReqDomain | null;
  oncomplete?: (status: number, addresses?: string[]) => void;
}

export interface Lookup {
  (domain: unknown, callback: LookupCallback): LookupRequest;
  (domain: unknown, family: unknown, callback: LookupCallback): LookupRequest;
}

/** 0.10's name for a failed getaddrinfo code. */
function gaiCode(status: number): string {
  const name = binding.codeOf(status);
  if (name === 'EAI_NONAME' || name === 'EAI_NODATA') return 'ENOTFOUND';
  if (name.startsWith('EAI_')) return 'EADDRINFO';
  return binding.code010(name);
}

// V8 3.14's words for calling a non-function, which a missing callback produced in 0.10.
// Its stack opens at the caller (where 0.10 made the call), or above `above` (a helper 0.10
// did not have), not in this helper.
function notAFunction(value: unknown, above: Function = notAFunction): TypeError {
  const er = new TypeError((value === null ? 'object' : typeof value) + ' is not a function');
  const capture = (Error as { captureStackTrace?: (error: object, above: Function) => void }).captureStackTrace;
  if (capture) capture(er, above);
  return er;
}

// Answers without asking, on the next tick (0.10's makeAsync). Top-level, not a closure per
// call: every send() to an IP address comes through here.
function answerSoon(cb: LookupCallback, address: string | null, family: 4 | 6): LookupRequest {
  if (typeof cb !== 'function') throw notAFunction(cb, answerSoon);
  process.nextTick(() => cb(null, address, family));
  return {};
}

function asyncCallbackOf(cb: LookupCallback): LookupCallback {
  return function asyncCallback(this: unknown) {
    // eslint-disable-next-line prefer-rest-params
    return cb.apply(null, arguments as unknown as Parameters<LookupCallback>);
  };
}

export const lookup = function (domain: unknown, family: unknown, callback?: unknown): LookupRequest {
  if (arguments.length === 2) {
    callback = family;
    family = 0;
  } else if (!family) {
    family = 0;
  } else {
    family = +(family as number);
    if (family !== 4 && family !== 6) throw sitedDns(new Error('invalid argument: `family` must be 4 or 6'));
  }
  const fam = family as 0 | 4 | 6;
  const cb = callback as LookupCallback;

  if (!domain) return answerSoon(cb, null, fam === 6 ? 6 : 4);
  const literal = isIP(domain);
  if (literal) return answerSoon(cb, domain as string, literal);

  if (typeof cb !== 'function' && (cb === undefined || cb === null)) {
    // 0.10 set a flag on the callback here and failed on it (after starting the request).
    throw new TypeError("Cannot set property 'immediately' of " + String(cb));
  }
  // 0.10 called back through makeAsync's wrapper, a frame "asyncCallback" between the
  // program's callback and onanswer.
  const answer = typeof cb === 'function' ? asyncCallbackOf(cb) : cb;
  const req: LookupRequest = {
    domain: activeDomain(),
    oncomplete: function onanswer(status: number, addresses?: string[]): void {
      const domain = req.domain;
      if (!enterReqDomain(domain)) return;
      if (typeof answer !== 'function') throw notAFunction(answer);
      if (status === 0 && addresses && addresses.length > 0) {
        const first = addresses[0];
        answer(null, first, fam || (first.indexOf(':') >= 0 ? 6 : 4));
      } else {
        answer(errnoException(status === 0 ? 'ENOTFOUND' : gaiCode(status), 'getaddrinfo'));
      }
      if (domain) domain.exit();
    },
  };
  const err = binding.getaddrinfo(req as Parameters<typeof binding.getaddrinfo>[0], String(domain), fam);
  if (err) throw errnoException(gaiCode(err), 'getaddrinfo');
  return req;
} as Lookup;

// A function of its own, as 0.10's dns.js had: a lookup error's stack opens with its frame.
function errnoException(code: string, syscall: string): ReturnType<typeof binding.errnoException> {
  return binding.errnoException(code, syscall);
}
