// 0.10's ReqWrap and MakeCallback: a request made while a domain is active remembers it (the
// request's `domain`, null otherwise), and its completion runs inside that domain, or not at
// all once the domain is disposed. The binding knows nothing of domains, so the completions
// here (dns.lookup's, dgram send's) enter and exit it themselves, around the callback only:
// a callback that throws leaves the domain entered, for the domain's error handling.
import process from '@n10/process';

export interface ReqDomain {
  enter(): void;
  exit(): void;
  _disposed?: boolean;
}

/** The domain a request made now belongs to. */
export function activeDomain(): ReqDomain | null {
  return (process as { domain?: ReqDomain | null }).domain || null;
}

/** Before a completion: false when it must not run (its domain is disposed). */
export function enterReqDomain(domain: ReqDomain | null | undefined): boolean {
  if (!domain) return true;
  if (domain._disposed) return false;
  domain.enter();
  return true;
}
