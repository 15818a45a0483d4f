// 0.10's require('constants'): one flat object of the platform's numbers, in 0.10's order:
// fs flags and modes, errno, signals, then the OpenSSL options and NPN_ENABLED of crypto.
// Numbers come from @n10/binding (this machine's); what 0.10 had and the binding does not
// report is filled in with 0.10's linux-x64 values.
import binding from '@n10/binding';

/** Not in 0.10's list. */
const NOT_IN_010 = new Set(['O_DSYNC', 'O_NONBLOCK']);

/** Numbers 0.10's build had otherwise: its headers defined O_SYNC as O_DSYNC's 4096 (today's
 * glibc has O_SYNC = __O_SYNC | O_DSYNC, 1052672), so 0.10 printed and passed 4096. */
const VALUE_010: Record<string, number> = { O_SYNC: 4096 };

/** In 0.10's list, after the given key, with 0.10's values where the binding lacks them. */
const EXTRA_AFTER: Record<string, Record<string, number>> = {
  O_SYNC: { O_DIRECT: 16384 },
  SIGSYS: { SIGUNUSED: 31 },
};

/** OpenSSL 1.0.1e's SSL_OP_* as 0.10 exported them (crypto's, not the binding's). */
const SSL_010: Record<string, number> = {
  SSL_OP_ALL: 2147486719,
  SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION: 262144,
  SSL_OP_CIPHER_SERVER_PREFERENCE: 4194304,
  SSL_OP_CISCO_ANYCONNECT: 32768,
  SSL_OP_COOKIE_EXCHANGE: 8192,
  SSL_OP_CRYPTOPRO_TLSEXT_BUG: 2147483648,
  SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS: 2048,
  SSL_OP_EPHEMERAL_RSA: 2097152,
  SSL_OP_LEGACY_SERVER_CONNECT: 4,
  SSL_OP_MICROSOFT_BIG_SSLV3_BUFFER: 32,
  SSL_OP_MICROSOFT_SESS_ID_BUG: 1,
  SSL_OP_MSIE_SSLV2_RSA_PADDING: 64,
  SSL_OP_NETSCAPE_CA_DN_BUG: 536870912,
  SSL_OP_NETSCAPE_CHALLENGE_BUG: 2,
  SSL_OP_NETSCAPE_DEMO_CIPHER_CHANGE_BUG: 1073741824,
  SSL_OP_NETSCAPE_REUSE_CIPHER_CHANGE_BUG: 8,
  SSL_OP_NO_COMPRESSION: 131072,
  SSL_OP_NO_QUERY_MTU: 4096,
  SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION: 65536,
  SSL_OP_NO_SSLv2: 16777216,
  SSL_OP_NO_SSLv3: 33554432,
  SSL_OP_NO_TICKET: 16384,
  SSL_OP_NO_TLSv1: 67108864,
  SSL_OP_NO_TLSv1_1: 268435456,
  SSL_OP_NO_TLSv1_2: 134217728,
  SSL_OP_PKCS1_CHECK_1: 0,
  SSL_OP_PKCS1_CHECK_2: 0,
  SSL_OP_SINGLE_DH_USE: 1048576,
  SSL_OP_SINGLE_ECDH_USE: 524288,
  SSL_OP_SSLEAY_080_CLIENT_DH_BUG: 128,
  SSL_OP_SSLREF2_REUSE_CERT_TYPE_BUG: 16,
  SSL_OP_TLS_BLOCK_PADDING_BUG: 512,
  SSL_OP_TLS_D5_BUG: 256,
  SSL_OP_TLS_ROLLBACK_BUG: 8388608,
  NPN_ENABLED: 1,
};

export function constants010(): Record<string, number> {
  const out: Record<string, number> = {};
  const { fs, errno, signals } = binding.constants;
  for (const group of [fs, errno, signals]) {
    for (const key of Object.keys(group)) {
      if (NOT_IN_010.has(key)) continue;
      out[key] = key in VALUE_010 ? VALUE_010[key] : group[key];
      const extra = EXTRA_AFTER[key];
      if (extra) for (const k of Object.keys(extra)) if (!(k in group)) out[k] = extra[k];
    }
  }
  for (const key of Object.keys(SSL_010)) out[key] = SSL_010[key];
  return out;
}
