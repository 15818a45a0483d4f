/*
 * udp.c: UDP (node 0.10's UDPWrap).
 *
 *   new UDP()
 *   bind(ip, port, flags) bind6(ip, port, flags) → err   (flags: UV_UDP_REUSEADDR = 4,
 *                                                         UV_UDP_IPV6ONLY = 1)
 *   send(req, buffer, offset, length, port, ip) send6(…) → err;
 *     req.oncomplete(status, handle, req); the buffer is held until then
 *   recvStart() recvStop() → err; onmessage(nread, handle, buffer, rinfo) with
 *     rinfo {address, family, port, size}; nread < 0 (no buffer) on a receive error
 *   getsockname(out) → err
 *   addMembership(group[, iface]) dropMembership(group[, iface]) → err
 *   setMulticastTTL(ttl) setMulticastLoopback(on) setBroadcast(on) setTTL(ttl) → err
 */
#include "n10.h"

#include <stdlib.h>

typedef struct {
  uv_udp_t handle; /* first: a uv_handle_t * casts back */
  n10_handle_t base;
} n10_udp_t;

typedef struct {
  uv_udp_send_t req;
  n10_req_t base;
} n10_send_t;

napi_value
n10_udp_new (napi_env env, napi_callback_info info) {
  napi_value self, target;
  N10_CHECK(napi_get_new_target(env, info, &target));
  if (target == NULL) {
    n10_throw_type_error(env, "Class constructor UDP cannot be invoked without 'new'");
    return NULL;
  }
  N10_CHECK(napi_get_cb_info(env, info, NULL, NULL, &self, NULL));
  n10_udp_t *u = calloc(1, sizeof(*u));
  if (u == NULL) return NULL;
  int err = uv_udp_init(n10_env(env)->loop, &u->handle);
  if (err != 0) {
    free(u);
    n10_throw_uv_error(env, err, "uv_udp_init", NULL, NULL);
    return NULL;
  }
  N10_CHECK(n10_handle_wrap(env, self, &u->base, (uv_handle_t *) &u->handle, N10_UDP, true));
  return self;
}

#define N10_UDP_THIS(n) N10_METHOD_THIS(n, N10_BIT(N10_UDP), n10_udp_t, udp, base)

#define N10_USABLE() \
  if (!n10_handle_usable(h)) return n10_int32(env, UV_EBADF);

static napi_value
n10_udp__bind (napi_env env, napi_callback_info info, bool v6) {
  struct sockaddr_storage addr;
  int err = 0;
  uint32_t flags = 0;
  N10_UDP_THIS(3)
  if (!n10_arg_sockaddr(env, argv[0], argv[1], v6, &addr, &err)) return NULL;
  if (!n10_is_nullish(env, argv[2]) && !n10_arg_uint32(env, argv[2], "flags", &flags)) return NULL;
  N10_USABLE()
  if (err == 0) err = uv_udp_bind(&udp->handle, (const struct sockaddr *) &addr, flags & (UV_UDP_IPV6ONLY | UV_UDP_REUSEADDR));
  return n10_int32(env, err);
}

napi_value
n10_udp_bind (napi_env env, napi_callback_info info) {
  return n10_udp__bind(env, info, false);
}

napi_value
n10_udp_bind6 (napi_env env, napi_callback_info info) {
  return n10_udp__bind(env, info, true);
}

static void
n10_udp__on_send (uv_udp_send_t *req, int status) {
  n10_req_complete(req->data, status, 0, NULL);
}

static napi_value
n10_udp__send (napi_env env, napi_callback_info info, bool v6) {
  struct sockaddr_storage addr;
  int err = 0;
  char *data;
  size_t len;
  N10_UDP_THIS(6)
  if (!n10_arg_object(env, argv[0], "req")) return NULL;
  if (!n10_arg_range(env, argv[1], argv[2], argv[3], "buffer", &data, &len)) return NULL;
  if (!n10_arg_sockaddr(env, argv[5], argv[4], v6, &addr, &err)) return NULL;
  N10_USABLE()
  if (err != 0) return n10_int32(env, err);

  n10_req_t *r = n10_req_new(h->env, sizeof(n10_send_t), offsetof(n10_send_t, base), argv[0]);
  if (r == NULL) return NULL;
  r->handle = h;
  if (napi_create_reference(env, argv[1], 1, &r->hold) != napi_ok) {
    n10_req_free(r);
    return NULL;
  }
  n10_send_t *s = n10_container_of(r, n10_send_t, base);
  uv_buf_t buf = uv_buf_init(data, (unsigned int) len);
  err = uv_udp_send(&s->req, &udp->handle, &buf, 1, (const struct sockaddr *) &addr, n10_udp__on_send);
  if (err != 0) n10_req_free(r);
  return n10_int32(env, err);
}

napi_value
n10_udp_send (napi_env env, napi_callback_info info) {
  return n10_udp__send(env, info, false);
}

napi_value
n10_udp_send6 (napi_env env, napi_callback_info info) {
  return n10_udp__send(env, info, true);
}

static void
n10_udp__on_alloc (uv_handle_t *uv, size_t suggested, uv_buf_t *buf) {
  (void) suggested;
  n10_handle_t *h = uv->data;
  buf->base = h->env->slab;
  buf->len = sizeof(h->env->slab);
}

static void
n10_udp__on_recv (uv_udp_t *uv, ssize_t nread, const uv_buf_t *buf, const struct sockaddr *addr, unsigned flags) {
  (void) flags;
  n10_handle_t *h = uv->data;
  n10_env_t *e = h->env;
  napi_env env = e->env;
  napi_handle_scope scope;
  napi_value argv[4], self;

  /* 0 bytes and no address: nothing more to read now (an empty datagram has an address). */
  if ((nread == 0 && addr == NULL) || e->closing) return;
  if (napi_open_handle_scope(env, &scope) != napi_ok) return;
  self = n10_handle_object(h);
  if (self != NULL) {
    size_t argc = 2;
    argv[0] = n10_double(env, (double) nread);
    argv[1] = self;
    if (nread >= 0) {
      napi_value rinfo;
      argv[2] = n10_bytes_copy(env, buf->base, (size_t) nread);
      if (argv[2] != NULL && napi_create_object(env, &rinfo) == napi_ok) {
        n10_sockaddr_to_object(env, addr, rinfo);
        n10_set(env, rinfo, "size", n10_double(env, (double) nread));
        argv[3] = rinfo;
        argc = 4;
      }
    }
    n10_callback(e, h->async, self, "onmessage", argc, argv);
  }
  napi_close_handle_scope(env, scope);
}

napi_value
n10_udp_recv_start (napi_env env, napi_callback_info info) {
  N10_UDP_THIS(1)
  N10_USABLE()
  int err = uv_udp_recv_start(&udp->handle, n10_udp__on_alloc, n10_udp__on_recv);
  return n10_int32(env, err == UV_EALREADY ? 0 : err);
}

napi_value
n10_udp_recv_stop (napi_env env, napi_callback_info info) {
  N10_UDP_THIS(1)
  N10_USABLE()
  return n10_int32(env, uv_udp_recv_stop(&udp->handle));
}

napi_value
n10_udp_getsockname (napi_env env, napi_callback_info info) {
  struct sockaddr_storage addr;
  int len = sizeof(addr);
  N10_UDP_THIS(1)
  if (!n10_arg_object(env, argv[0], "out")) return NULL;
  N10_USABLE()
  int err = uv_udp_getsockname(&udp->handle, (struct sockaddr *) &addr, &len);
  if (err == 0) n10_sockaddr_to_object(env, (struct sockaddr *) &addr, argv[0]);
  return n10_int32(env, err);
}

static napi_value
n10_udp__membership (napi_env env, napi_callback_info info, uv_membership which) {
  char *iface = NULL;
  N10_UDP_THIS(2)
  char *group = n10_arg_string(env, argv[0], "multicastAddress");
  if (group == NULL) return NULL;
  if (!n10_is_nullish(env, argv[1])) {
    iface = n10_arg_string(env, argv[1], "interfaceAddress");
    if (iface == NULL) {
      free(group);
      return NULL;
    }
  }
  int err = n10_handle_usable(h) ? uv_udp_set_membership(&udp->handle, group, iface, which) : UV_EBADF;
  free(group);
  free(iface);
  return n10_int32(env, err);
}

napi_value
n10_udp_add_membership (napi_env env, napi_callback_info info) {
  return n10_udp__membership(env, info, UV_JOIN_GROUP);
}

napi_value
n10_udp_drop_membership (napi_env env, napi_callback_info info) {
  return n10_udp__membership(env, info, UV_LEAVE_GROUP);
}

napi_value
n10_udp_set_multicast_ttl (napi_env env, napi_callback_info info) {
  int32_t ttl;
  N10_UDP_THIS(1)
  if (!n10_arg_int32(env, argv[0], "ttl", &ttl)) return NULL;
  N10_USABLE()
  return n10_int32(env, uv_udp_set_multicast_ttl(&udp->handle, ttl));
}

napi_value
n10_udp_set_multicast_loopback (napi_env env, napi_callback_info info) {
  N10_UDP_THIS(1)
  N10_USABLE()
  return n10_int32(env, uv_udp_set_multicast_loop(&udp->handle, n10_arg_bool(env, argv[0])));
}

napi_value
n10_udp_set_broadcast (napi_env env, napi_callback_info info) {
  N10_UDP_THIS(1)
  N10_USABLE()
  return n10_int32(env, uv_udp_set_broadcast(&udp->handle, n10_arg_bool(env, argv[0])));
}

napi_value
n10_udp_set_ttl (napi_env env, napi_callback_info info) {
  int32_t ttl;
  N10_UDP_THIS(1)
  if (!n10_arg_int32(env, argv[0], "ttl", &ttl)) return NULL;
  N10_USABLE()
  return n10_int32(env, uv_udp_set_ttl(&udp->handle, ttl));
}
