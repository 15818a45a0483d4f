/*
 * tcp.c: TCP (node 0.10's TCPWrap). The stream methods are in stream.c.
 *
 *   new TCP()
 *   open(fd) bind(ip, port) bind6(ip, port[, flags]) listen(backlog) → err
 *   connect(req, ip, port) connect6(req, ip, port) → err;
 *     req.oncomplete(status, handle, req, readable, writable)
 *   getsockname(out) getpeername(out) → err; out gets {address, family, port}
 *   setNoDelay(on) setKeepAlive(on, delaySecs) setSimultaneousAccepts(on) → err
 */
#include "n10.h"

#include <stdlib.h>

typedef struct {
  uv_tcp_t handle; /* first: a uv_handle_t * casts back */
  n10_stream_t stream;
} n10_tcp_t;

napi_value
n10_tcp_new (napi_env env, napi_callback_info info) {
  napi_value self, target;
  N10_CHECK(napi_get_new_target(env, info, &target));
  if (target == NULL) {
    n10_throw_type_error(env, "Class constructor TCP cannot be invoked without 'new'");
    return NULL;
  }
  N10_CHECK(napi_get_cb_info(env, info, NULL, NULL, &self, NULL));
  n10_tcp_t *t = calloc(1, sizeof(*t));
  if (t == NULL) return NULL;
  int err = uv_tcp_init(n10_env(env)->loop, &t->handle);
  if (err != 0) {
    free(t);
    n10_throw_uv_error(env, err, "uv_tcp_init", NULL, NULL);
    return NULL;
  }
  N10_CHECK(n10_stream_wrap(env, self, &t->stream, (uv_stream_t *) &t->handle, N10_TCP));
  return self;
}

#define N10_TCP_THIS(n) N10_METHOD_THIS(n, N10_BIT(N10_TCP), n10_tcp_t, tcp, stream.handle)

#define N10_USABLE() \
  if (!n10_handle_usable(&tcp->stream.handle)) return n10_int32(env, UV_EBADF);

napi_value
n10_tcp_open (napi_env env, napi_callback_info info) {
  int32_t fd;
  N10_TCP_THIS(1)
  if (!n10_arg_int32(env, argv[0], "fd", &fd)) return NULL;
  N10_USABLE()
  /* Only a TCP socket: libuv aborts when it cannot poll the descriptor (a regular file). */
  if (fd < 0 || uv_guess_handle(fd) != UV_TCP) return n10_int32(env, UV_EINVAL);
  return n10_int32(env, uv_tcp_open(&tcp->handle, fd));
}

static napi_value
n10_tcp__bind (napi_env env, napi_callback_info info, bool v6) {
  struct sockaddr_storage addr;
  int err = 0;
  uint32_t flags = 0;
  N10_TCP_THIS(3)
  if (!n10_arg_sockaddr(env, argv[0], argv[1], v6, &addr, &err)) return NULL;
  if (v6 && argc >= 3 && !n10_is_nullish(env, argv[2]) && !n10_arg_uint32(env, argv[2], "flags", &flags)) return NULL;
  N10_USABLE()
  if (err == 0) err = uv_tcp_bind(&tcp->handle, (const struct sockaddr *) &addr, flags & UV_TCP_IPV6ONLY);
  return n10_int32(env, err);
}

napi_value
n10_tcp_bind (napi_env env, napi_callback_info info) {
  return n10_tcp__bind(env, info, false);
}

napi_value
n10_tcp_bind6 (napi_env env, napi_callback_info info) {
  return n10_tcp__bind(env, info, true);
}

static napi_value
n10_tcp__connect (napi_env env, napi_callback_info info, bool v6) {
  struct sockaddr_storage addr;
  int err = 0;
  N10_TCP_THIS(3)
  if (!n10_arg_object(env, argv[0], "req")) return NULL;
  if (!n10_arg_sockaddr(env, argv[1], argv[2], v6, &addr, &err)) return NULL;
  N10_USABLE()
  if (err != 0) return n10_int32(env, err);
  n10_connect_t *c = n10_connect_new(&tcp->stream.handle, argv[0]);
  if (c == NULL) return NULL;
  err = uv_tcp_connect(&c->req, &tcp->handle, (const struct sockaddr *) &addr, n10_stream__on_connect);
  if (err != 0) n10_req_free(&c->base);
  return n10_int32(env, err);
}

napi_value
n10_tcp_connect (napi_env env, napi_callback_info info) {
  return n10_tcp__connect(env, info, false);
}

napi_value
n10_tcp_connect6 (napi_env env, napi_callback_info info) {
  return n10_tcp__connect(env, info, true);
}

static napi_value
n10_tcp__name (napi_env env, napi_callback_info info, bool peer) {
  struct sockaddr_storage addr;
  int len = sizeof(addr), err;
  N10_TCP_THIS(1)
  if (!n10_arg_object(env, argv[0], "out")) return NULL;
  N10_USABLE()
  if (peer) err = uv_tcp_getpeername(&tcp->handle, (struct sockaddr *) &addr, &len);
  else err = uv_tcp_getsockname(&tcp->handle, (struct sockaddr *) &addr, &len);
  if (err == 0) n10_sockaddr_to_object(env, (struct sockaddr *) &addr, argv[0]);
  return n10_int32(env, err);
}

napi_value
n10_tcp_getsockname (napi_env env, napi_callback_info info) {
  return n10_tcp__name(env, info, false);
}

napi_value
n10_tcp_getpeername (napi_env env, napi_callback_info info) {
  return n10_tcp__name(env, info, true);
}

napi_value
n10_tcp_set_no_delay (napi_env env, napi_callback_info info) {
  N10_TCP_THIS(1)
  N10_USABLE()
  return n10_int32(env, uv_tcp_nodelay(&tcp->handle, n10_arg_bool(env, argv[0])));
}

napi_value
n10_tcp_set_keep_alive (napi_env env, napi_callback_info info) {
  uint32_t delay = 0;
  N10_TCP_THIS(2)
  bool on = n10_arg_bool(env, argv[0]);
  if (!n10_is_nullish(env, argv[1]) && !n10_arg_uint32(env, argv[1], "delay", &delay)) return NULL;
  N10_USABLE()
  /* libuv rejects a zero delay when enabling; 0.10 passed whatever it got. */
  if (on && delay == 0) delay = 1;
  return n10_int32(env, uv_tcp_keepalive(&tcp->handle, on, delay));
}

/* Windows only in libuv; a no-op returning 0 elsewhere. */
napi_value
n10_tcp_set_simultaneous_accepts (napi_env env, napi_callback_info info) {
  N10_TCP_THIS(1)
  N10_USABLE()
  return n10_int32(env, uv_tcp_simultaneous_accepts(&tcp->handle, n10_arg_bool(env, argv[0])));
}
