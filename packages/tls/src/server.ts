// tls.Server: a net.Server whose every connection becomes a server-side SecurePair.
// 'secureConnection' (cleartextStream) once the handshake is done (and, with requestCert and
// rejectUnauthorized, the client's certificate verified); 'clientError' (err, pair) when a
// connection fails before that. SNI: SNICallback(servername) → a context, by default the
// contexts registered with addContext(pattern, credentials).
import type { CredentialsInstance } from '@n10/crypto';
import crypto from '@n10/crypto';
import net from '@n10/net';
import type { ServerInstance as NetServer, SocketInstance } from '@n10/net';
import process from '@n10/process';
import { inherits } from '@n10/util';
import { createCredentials, type SecureOptions, OP_CIPHER_SERVER_PREFERENCE, nativeContext } from './context';
import { pipe } from './pipe';
import {
  SecurePair,
  convertNPNProtocols,
  verifyError,
  type CleartextStreamInstance,
  type EncryptedStreamInstance,
  type SecurePairInstance,
} from './pair';

export interface TlsServerOptions extends SecureOptions {
  requestCert?: boolean;
  rejectUnauthorized?: boolean;
  NPNProtocols?: string[] | Uint8Array;
  SNICallback?: (servername: string) => unknown;
}

export type SecureConnectionListener = (cleartext: CleartextStreamInstance, encrypted?: EncryptedStreamInstance) => void;

export interface TlsServerInstance extends NetServer {
  _contexts: Array<[RegExp, unknown]>;
  _sharedCreds: CredentialsInstance;
  requestCert: boolean;
  rejectUnauthorized: boolean;
  key?: SecureOptions['key'];
  passphrase?: string;
  cert?: SecureOptions['cert'];
  ca?: SecureOptions['ca'];
  crl?: SecureOptions['crl'];
  pfx?: SecureOptions['pfx'];
  ciphers?: string;
  secureProtocol?: string;
  secureOptions?: number;
  honorCipherOrder?: boolean;
  sessionIdContext?: string;
  NPNProtocols?: Uint8Array | null;
  SNICallback: (servername: string) => unknown;
  setOptions(options: TlsServerOptions): void;
  addContext(servername: string, credentials: SecureOptions): void;
}

export interface TlsServerConstructor {
  new (options?: TlsServerOptions, listener?: SecureConnectionListener): TlsServerInstance;
  (options?: TlsServerOptions, listener?: SecureConnectionListener): TlsServerInstance;
  prototype: TlsServerInstance;
}

const HANDSHAKE_TIMEOUT = 120 * 1000;

const NetServerCall = net.Server as unknown as { call(self: object, options: object, listener: (s: SocketInstance) => void): void };

function Server(this: TlsServerInstance, options?: TlsServerOptions | SecureConnectionListener, listener?: SecureConnectionListener): TlsServerInstance | void {
  if (!(this instanceof Server)) return new ServerCtor(options as TlsServerOptions, listener);
  let opts: TlsServerOptions;
  if (typeof options === 'function') {
    listener = options;
    opts = {};
  } else {
    opts = options || {};
  }
  const self = this;
  this._contexts = [];
  this.setOptions(opts);
  if (!self.pfx && (!self.cert || !self.key)) throw new Error('Missing PFX or certificate + private key.');

  const creds = createCredentials({
    key: self.key,
    passphrase: self.passphrase,
    cert: self.cert,
    ca: self.ca,
    ciphers: self.ciphers,
    secureProtocol: self.secureProtocol,
    secureOptions: self.secureOptions,
    crl: self.crl,
    sessionIdContext: self.sessionIdContext,
    pfx: self.pfx,
  });
  if (self.honorCipherOrder) nativeContext(creds).setOptions(OP_CIPHER_SERVER_PREFERENCE);
  this._sharedCreds = creds;
  Object.defineProperty(this, '_sharedCreds', { enumerable: false });

  // (0.10 gave net.Server no options: allowHalfOpen is always false under tls.)
  NetServerCall.call(this, {}, function (socket: SocketInstance) {
    const pair: SecurePairInstance = new SecurePair(creds, true, self.requestCert, self.rejectUnauthorized, {
      server: self,
      NPNProtocols: self.NPNProtocols,
      SNICallback: self.SNICallback,
    });
    const cleartext = pipe(pair, socket);
    (cleartext as CleartextStreamInstance & { _controlReleased?: boolean })._controlReleased = false;
    cleartext.server = self;

    const onTimeout = function (): void {
      pair.emit('error', new Error('TLS handshake timeout'));
    };
    socket.setTimeout(HANDSHAKE_TIMEOUT, onTimeout);

    pair.once('secure', function () {
      socket.setTimeout(0, onTimeout);
      cleartext.authorized = false;
      cleartext.npnProtocol = pair.npnProtocol;
      cleartext.servername = pair.servername;
      let release = true;
      if (self.requestCert) {
        const err = verifyError(pair);
        if (err) {
          cleartext.authorizationError = err.message;
          if (self.rejectUnauthorized) {
            release = false;
            socket.destroy();
            pair.destroy();
          }
        } else {
          cleartext.authorized = true;
        }
      }
      if (release) {
        const flight = pair.takeEncrypted();
        (cleartext as CleartextStreamInstance & { _controlReleased?: boolean })._controlReleased = true;
        self.emit('secureConnection', cleartext, pair.encrypted);
        pair.flushEncrypted(flight);
      }
    });

    pair.on('error', function (this: SecurePairInstance, err: Error) {
      socket.setTimeout(0, onTimeout);
      self.emit('clientError', err, this);
      socket.destroy();
    });
  });

  if (listener) this.on('secureConnection', listener);
}
const ServerCtor = Server as unknown as TlsServerConstructor;
inherits(ServerCtor, net.Server);

const proto = ServerCtor.prototype;

proto.setOptions = function (this: TlsServerInstance, options: TlsServerOptions) {
  this.requestCert = options.requestCert === true;
  this.rejectUnauthorized = options.rejectUnauthorized === true;
  if (options.pfx) this.pfx = options.pfx;
  if (options.key) this.key = options.key;
  if (options.passphrase) this.passphrase = options.passphrase;
  if (options.cert) this.cert = options.cert;
  if (options.ca) this.ca = options.ca;
  if (options.secureProtocol) this.secureProtocol = options.secureProtocol;
  if (options.crl) this.crl = options.crl;
  if (options.ciphers) this.ciphers = options.ciphers;
  const secureOptions = options.secureOptions || 0;
  if (options.honorCipherOrder) this.honorCipherOrder = true;
  if (secureOptions) this.secureOptions = secureOptions;
  if (options.NPNProtocols) this.NPNProtocols = convertNPNProtocols(options.NPNProtocols);
  if (options.SNICallback) {
    this.SNICallback = options.SNICallback;
  } else {
    this.SNICallback = this.SNICallback.bind(this);
  }
  if (options.sessionIdContext) {
    this.sessionIdContext = options.sessionIdContext;
  } else if (this.requestCert) {
    // A client certificate makes sessions depend on the context: one per program.
    const h = crypto.createHash('md5');
    h.update(process.argv.join(' '));
    this.sessionIdContext = h.digest('hex') as string;
  }
};

function escapeRegExp(s: string): string {
  return s.replace(/[.^$+?\-\\[\]{}()|]/g, (c) => '\\' + c);
}

/** addContext(hostname, credentials): '*' in the pattern stands for any run of characters. */
proto.addContext = function (this: TlsServerInstance, servername: string, credentials: SecureOptions) {
  if (!servername) throw new Error('Servername is required parameter for Server.addContext');
  const re = new RegExp('^' + escapeRegExp(servername).replace(/\*/g, '.*') + '$');
  this._contexts.push([re, createCredentials(credentials).context]);
};

/** The default SNICallback: the last added context whose pattern matches. */
proto.SNICallback = function (this: TlsServerInstance, servername: string) {
  let ctx: unknown;
  for (const [re, context] of this._contexts) if (re.test(servername)) ctx = context;
  return ctx;
};

export { ServerCtor as Server };

/** tls.createServer(options[, secureConnectionListener]) */
export function createServer(options?: TlsServerOptions, listener?: SecureConnectionListener): TlsServerInstance {
  return new ServerCtor(options, listener);
}
