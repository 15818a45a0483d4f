/*
 * dns.c: what node 0.10's cares_wrap did through libuv rather than c-ares.
 *
 *   getaddrinfo(req, hostname, family) → err; family 0, 4 or 6;
 *     req.oncomplete(status, addresses): addresses as strings, IPv4 before IPv6 (0.10's
 *     order); status a negative uv code (UV_EAI_NONAME…) on failure
 *   getnameinfo(req, address, port) → err; req.oncomplete(status, hostname, service)
 */
#include "n10.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
  uv_getaddrinfo_t req;
  n10_req_t base;
} n10_getaddrinfo_t;

typedef struct {
  uv_getnameinfo_t req;
  n10_req_t base;
} n10_getnameinfo_t;

static n10_req_t *
n10_dns__req (napi_env env, napi_value req, size_t size, size_t offset, const char *name) {
  napi_value s;
  n10_req_t *r = n10_req_new(n10_env(env), size, offset, req);
  if (r == NULL) return NULL;
  if (napi_create_string_utf8(env, name, NAPI_AUTO_LENGTH, &s) != napi_ok || napi_async_init(env, req, s, &r->async) != napi_ok) {
    n10_req_free(r);
    return NULL;
  }
  return r;
}

static void
n10_dns__on_getaddrinfo (uv_getaddrinfo_t *uv, int status, struct addrinfo *res) {
  n10_req_t *r = uv->data;
  n10_env_t *e = r->env;
  napi_env env = e->env;
  napi_handle_scope scope;
  napi_value req, argv[2];

  if (!e->closing && napi_open_handle_scope(env, &scope) == napi_ok) {
    if (napi_get_reference_value(env, r->object, &req) == napi_ok && req != NULL) {
      argv[0] = n10_int32(env, status);
      argv[1] = n10_undefined(env);
      if (status == 0 && napi_create_array(env, &argv[1]) == napi_ok) {
        uint32_t n = 0;
        char ip[INET6_ADDRSTRLEN];
        /* Two passes: IPv4 first, then IPv6, as 0.10 ordered them. */
        for (int pass = 0; pass < 2; pass++) {
          int family = pass == 0 ? AF_INET : AF_INET6;
          for (struct addrinfo *ai = res; ai != NULL; ai = ai->ai_next) {
            if (ai->ai_family != family) continue;
            if (family == AF_INET) uv_ip4_name((struct sockaddr_in *) ai->ai_addr, ip, sizeof(ip));
            else uv_ip6_name((struct sockaddr_in6 *) ai->ai_addr, ip, sizeof(ip));
            napi_set_element(env, argv[1], n++, n10_string(env, ip));
          }
        }
      }
      n10_callback(e, r->async, req, "oncomplete", 2, argv);
    }
    napi_close_handle_scope(env, scope);
  }
  uv_freeaddrinfo(res);
  n10_req_free(r);
}

napi_value
n10_dns_getaddrinfo (napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3];
  int32_t family = 0;
  struct addrinfo hints;
  N10_CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  if (!n10_arg_object(env, argv[0], "req")) return NULL;
  char *host = n10_arg_string(env, argv[1], "hostname");
  if (host == NULL) return NULL;
  if (!n10_is_nullish(env, argv[2]) && !n10_arg_int32(env, argv[2], "family", &family)) {
    free(host);
    return NULL;
  }
  if (family != 0 && family != 4 && family != 6) {
    free(host);
    n10_throw_type_error(env, "family must be 0, 4 or 6");
    return NULL;
  }
  memset(&hints, 0, sizeof(hints));
  hints.ai_family = family == 4 ? AF_INET : family == 6 ? AF_INET6 : AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;

  n10_req_t *r = n10_dns__req(env, argv[0], sizeof(n10_getaddrinfo_t), offsetof(n10_getaddrinfo_t, base), "N10_GETADDRINFOREQWRAP");
  if (r == NULL) {
    free(host);
    return NULL;
  }
  n10_getaddrinfo_t *g = n10_container_of(r, n10_getaddrinfo_t, base);
  int err = uv_getaddrinfo(r->env->loop, &g->req, n10_dns__on_getaddrinfo, host, NULL, &hints);
  free(host); /* libuv copied it */
  if (err != 0) n10_req_free(r);
  return n10_int32(env, err);
}

static void
n10_dns__on_getnameinfo (uv_getnameinfo_t *uv, int status, const char *hostname, const char *service) {
  n10_req_t *r = uv->data;
  n10_env_t *e = r->env;
  napi_env env = e->env;
  napi_handle_scope scope;
  napi_value req;

  if (!e->closing && napi_open_handle_scope(env, &scope) == napi_ok) {
    if (napi_get_reference_value(env, r->object, &req) == napi_ok && req != NULL) {
      napi_value argv[3] = {
        n10_int32(env, status),
        status == 0 ? n10_string(env, hostname) : n10_undefined(env),
        status == 0 ? n10_string(env, service) : n10_undefined(env),
      };
      n10_callback(e, r->async, req, "oncomplete", 3, argv);
    }
    napi_close_handle_scope(env, scope);
  }
  n10_req_free(r);
}

napi_value
n10_dns_getnameinfo (napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3];
  int32_t port;
  struct sockaddr_storage addr;
  N10_CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  if (!n10_arg_object(env, argv[0], "req")) return NULL;
  char *ip = n10_arg_string(env, argv[1], "address");
  if (ip == NULL) return NULL;
  if (!n10_arg_int32(env, argv[2], "port", &port)) {
    free(ip);
    return NULL;
  }
  int err = UV_EINVAL;
  if (port >= 0 && port <= 65535) {
    err = uv_ip4_addr(ip, port, (struct sockaddr_in *) &addr);
    if (err != 0) err = uv_ip6_addr(ip, port, (struct sockaddr_in6 *) &addr);
  }
  free(ip);
  if (err != 0) return n10_int32(env, err);

  n10_req_t *r = n10_dns__req(env, argv[0], sizeof(n10_getnameinfo_t), offsetof(n10_getnameinfo_t, base), "N10_GETNAMEINFOREQWRAP");
  if (r == NULL) return NULL;
  n10_getnameinfo_t *g = n10_container_of(r, n10_getnameinfo_t, base);
  err = uv_getnameinfo(r->env->loop, &g->req, n10_dns__on_getnameinfo, (struct sockaddr *) &addr, NI_NAMEREQD);
  if (err != 0) n10_req_free(r);
  return n10_int32(env, err);
}
