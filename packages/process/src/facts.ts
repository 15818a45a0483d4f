// The compiled-in facts of node v0.10.19 (process.version, versions, config, features).

export const VERSION = 'v0.10.19';

export function versions(): Record<string, string> {
  return {
    http_parser: '1.0',
    node: '0.10.19',
    v8: '3.14.5.9',
    ares: '1.9.0-DEV',
    uv: '0.10.17',
    zlib: '1.2.3',
    modules: '11',
    openssl: '1.0.1e',
  };
}

export function features(): Record<string, boolean> {
  return { debug: false, uv: true, ipv6: true, tls_npn: true, tls_sni: true, tls: true };
}

/** process.config: the configure options 0.10.19's linux-x64 release was built with. */
export function config(arch: string): Record<string, Record<string, unknown>> {
  return {
    target_defaults: { cflags: [], default_configuration: 'Release', defines: [], include_dirs: [], libraries: [] },
    variables: {
      clang: 0,
      gcc_version: 44,
      host_arch: arch,
      node_install_npm: true,
      node_prefix: '/',
      node_shared_cares: false,
      node_shared_http_parser: false,
      node_shared_libuv: false,
      node_shared_openssl: false,
      node_shared_v8: false,
      node_shared_zlib: false,
      node_tag: '',
      node_unsafe_optimizations: 0,
      node_use_dtrace: false,
      node_use_etw: false,
      node_use_openssl: true,
      node_use_perfctr: false,
      node_use_systemtap: false,
      python: '/data/opt/bin/python',
      target_arch: arch,
      v8_enable_gdbjit: 0,
      v8_no_strict_aliasing: 1,
      v8_use_snapshot: false,
    },
  };
}
