// dns.resolve4 … resolveNaptr, reverse and resolve: 0.10's query functions.
//
// Each is `function query(name, callback)` (inspect prints [Function: query]), named after
// the binding call 0.10 made (queryA, queryAaaa, …, getHostByAddr) in its errors:
// Error('queryA ENOTFOUND'). It returns the request ({oncomplete}); the callback gets
// (null, records) or (err). A name c-ares could not put in a query (EBADNAME) and a reverse()
// answered from the hosts file call back before the function returns, as they did in 0.10
// (completedInCall).
import type { ErrnoException } from '@n10/binding';
import process from '@n10/process';
import { parse, type Records } from './answers';
import { getConfig } from './config';
import { queryError, rcodeError } from './errors';
import { hostsAliases } from './hosts';
import { addressBytes, arpaName } from './ip';
import { validName } from './names';
import { ask } from './transport';
import { sited } from './throw-sites';

export type ResolveCallback<T = Records> = (err: ErrnoException | null, records?: T) => void;

export interface QueryRequest {
  oncomplete: (err: ErrnoException | null, records?: Records) => void;
}

export type QueryFunction<T = Records> = (name: string, callback: ResolveCallback<T>) => QueryRequest;

// Requests whose callback is not a function (see completedInCall).
const uncallable = new WeakSet<QueryRequest>();

function requestFor(callback: unknown): QueryRequest {
  const cb = callback as ResolveCallback;
  const req: QueryRequest = {
    oncomplete: function onanswer(err: ErrnoException | null, records?: Records): void {
      // A callback that is not a function failed here, in 0.10's onanswer (V8 3.14's words).
      if (typeof cb !== 'function') throw new TypeError((cb === null ? 'object' : typeof cb) + ' is not a function');
      if (err) cb(err);
      else cb(null, records);
    },
  };
  if (typeof cb !== 'function') uncallable.add(req);
  return req;
}

/**
 * 0.10 marked the callback (callback.immediately = true) after starting the query: without
 * one that failed, and the query still answered later, into onanswer (an uncaught TypeError).
 */
function markImmediately(callback: unknown): void {
  if (callback === undefined || callback === null) {
    const er = new TypeError("Cannot set property 'immediately' of " + String(callback));
    const capture = (Error as { captureStackTrace?: (error: object, above: Function) => void }).captureStackTrace;
    if (capture) capture(er, markImmediately);
    throw er;
  }
}

/**
 * A query c-ares completed inside the call. 0.10's callback, not yet marked `immediately`,
 * deferred itself with nextTick; the binding's MakeCallback then ran the tick queue, so the
 * ticks queued before, then this callback, ran before the function returned (unless called
 * from a tick: then it waits its turn in the queue being run).
 */
function completedInCall(req: QueryRequest, err: ErrnoException | null, records?: Records): void {
  // Without a callback 0.10's onanswer failed inside the binding call, as an uncaught
  // exception, and then the call threw its own TypeError; n10 keeps the latter only.
  if (uncallable.has(req)) return;
  process.nextTick(() => req.oncomplete(err, records));
  process._tickCallback();
}

/** Asks `type` about `name` and completes `req` with the records or 0.10's error. */
function lookupRecords(req: QueryRequest, name: string, type: string, syscall: string): void {
  if (!validName(name)) {
    completedInCall(req, queryError('EBADNAME', syscall));
    return;
  }
  ask(name, type, (code, response) => {
    if (code || !response) return req.oncomplete(queryError(code || 'EBADRESP', syscall));
    const rcode = rcodeError(response.rcode);
    if (rcode) return req.oncomplete(queryError(rcode, syscall));
    if (!response.answers || response.answers.length === 0) return req.oncomplete(queryError('ENODATA', syscall));
    const parsed = parse(type, response);
    if ('code' in parsed) req.oncomplete(queryError(parsed.code, syscall));
    else req.oncomplete(null, parsed.records);
  });
}

/** A query function for one record type. */
export function resolver(syscall: string, type: string): QueryFunction {
  return function query(name: string, callback: ResolveCallback): QueryRequest {
    const req = requestFor(callback);
    lookupRecords(req, String(name), type, syscall);
    markImmediately(callback);
    return req;
  };
}

/** dns.reverse(ip, callback): the hosts file first, then a PTR query; ENOTFOUND for any
 * failure (c-ares gave up on the address once every source had failed). */
export function reverser(): QueryFunction<string[]> {
  return function query(ip: string, callback: ResolveCallback<string[]>): QueryRequest {
    const bytes = addressBytes(String(ip));
    if (!bytes) throw sited(queryError('ENOTIMP', 'getHostByAddr'), 156);
    const req = requestFor(callback);
    const fromHosts = hostsAliases(getConfig().hostsFile, bytes);
    if (fromHosts) {
      completedInCall(req, null, fromHosts);
      return req;
    }
    const viaDns: QueryRequest = {
      oncomplete(err, records) {
        if (err) req.oncomplete(queryError('ENOTFOUND', 'getHostByAddr'));
        else req.oncomplete(null, records);
      },
    };
    lookupRecords(viaDns, arpaName(bytes), 'PTR', 'getHostByAddr');
    markImmediately(callback);
    return req;
  };
}
