// @n10/crypto/internal: for n10's own packages (@n10/tls), not part of 0.10's crypto module.
//
// A credentials object's context (crypto.createCredentials(details).context) keeps what it was
// given under a registered symbol; this reads it. Nothing here imports the module's classes,
// so this entry never makes a second copy of them.
import type { SecureContextState } from './credentials';

export type { SecureContextState } from './credentials';
export type { PrivateKey, PublicKey, RsaPrivateKey, RsaPublicKey, DsaPrivateKey, DsaPublicKey } from './keys';

/** The symbol a SecureContext keeps its state under. */
export const SECURE_CONTEXT_STATE: unique symbol = Symbol.for('n10.crypto.secureContext') as never;

/** The method, key, certificate chain, CAs, CRLs, ciphers, options and session id context given to a context. */
export function secureContextState(context: unknown): SecureContextState | undefined {
  if (!context || typeof context !== 'object') return undefined;
  return (context as Record<symbol, SecureContextState | undefined>)[SECURE_CONTEXT_STATE];
}
