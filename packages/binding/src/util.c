/*
 * util.c: argument checks, value helpers and the uv error object.
 *
 * Every argument from JS goes through an n10_arg_* check that throws a TypeError on a wrong
 * type: a bad call from JS must never reach a libuv assert.
 */
#include "n10.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void
n10__throw (napi_env env, bool range, const char *fmt, va_list ap) {
  char msg[256];
  vsnprintf(msg, sizeof(msg), fmt, ap);
  bool pending = false;
  napi_is_exception_pending(env, &pending);
  if (pending) return;
  if (range) napi_throw_range_error(env, NULL, msg);
  else napi_throw_type_error(env, NULL, msg);
}

void
n10_throw_type_error (napi_env env, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  n10__throw(env, false, fmt, ap);
  va_end(ap);
}

void
n10_throw_range_error (napi_env env, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  n10__throw(env, true, fmt, ap);
  va_end(ap);
}

static bool
n10__is_number (napi_env env, napi_value v) {
  napi_valuetype t;
  return v != NULL && napi_typeof(env, v, &t) == napi_ok && t == napi_number;
}

bool
n10_arg_double (napi_env env, napi_value v, const char *what, double *out) {
  if (!n10__is_number(env, v)) {
    n10_throw_type_error(env, "%s must be a number", what);
    return false;
  }
  return napi_get_value_double(env, v, out) == napi_ok;
}

bool
n10_arg_int32 (napi_env env, napi_value v, const char *what, int32_t *out) {
  if (!n10__is_number(env, v)) {
    n10_throw_type_error(env, "%s must be a number", what);
    return false;
  }
  return napi_get_value_int32(env, v, out) == napi_ok;
}

bool
n10_arg_uint32 (napi_env env, napi_value v, const char *what, uint32_t *out) {
  if (!n10__is_number(env, v)) {
    n10_throw_type_error(env, "%s must be a number", what);
    return false;
  }
  return napi_get_value_uint32(env, v, out) == napi_ok;
}

bool
n10_arg_int64 (napi_env env, napi_value v, const char *what, int64_t *out) {
  if (!n10__is_number(env, v)) {
    n10_throw_type_error(env, "%s must be a number", what);
    return false;
  }
  return napi_get_value_int64(env, v, out) == napi_ok;
}

bool
n10_arg_bool (napi_env env, napi_value v) {
  napi_value b;
  bool out = false;
  if (v == NULL || napi_coerce_to_bool(env, v, &b) != napi_ok) return false;
  napi_get_value_bool(env, b, &out);
  return out;
}

char *
n10_arg_string (napi_env env, napi_value v, const char *what) {
  napi_valuetype t;
  size_t len = 0;
  if (v == NULL || napi_typeof(env, v, &t) != napi_ok || t != napi_string) {
    n10_throw_type_error(env, "%s must be a string", what);
    return NULL;
  }
  if (napi_get_value_string_utf8(env, v, NULL, 0, &len) != napi_ok) return NULL;
  char *s = malloc(len + 1);
  if (s == NULL) {
    n10_throw_range_error(env, "%s: out of memory", what);
    return NULL;
  }
  napi_get_value_string_utf8(env, v, s, len + 1, &len);
  if (strlen(s) != len) {
    /* An embedded NUL would silently cut a path short. */
    free(s);
    n10_throw_type_error(env, "%s must be a string without null bytes", what);
    return NULL;
  }
  return s;
}

static size_t
n10__typedarray_element_size (napi_typedarray_type t) {
  switch (t) {
  case napi_int8_array:
  case napi_uint8_array:
  case napi_uint8_clamped_array:
    return 1;
  case napi_int16_array:
  case napi_uint16_array:
    return 2;
  case napi_int32_array:
  case napi_uint32_array:
  case napi_float32_array:
    return 4;
  default:
    return 8;
  }
}

bool
n10_arg_bytes (napi_env env, napi_value v, const char *what, char **data, size_t *len) {
  bool is = false;
  if (v != NULL && napi_is_typedarray(env, v, &is) == napi_ok && is) {
    napi_typedarray_type type;
    size_t length;
    void *ptr;
    if (napi_get_typedarray_info(env, v, &type, &length, &ptr, NULL, NULL) != napi_ok) return false;
    *data = ptr;
    *len = length * n10__typedarray_element_size(type);
    return true;
  }
  if (v != NULL && napi_is_dataview(env, v, &is) == napi_ok && is) {
    size_t length;
    void *ptr;
    if (napi_get_dataview_info(env, v, &length, &ptr, NULL, NULL) != napi_ok) return false;
    *data = ptr;
    *len = length;
    return true;
  }
  n10_throw_type_error(env, "%s must be a Uint8Array (or another ArrayBufferView)", what);
  return false;
}

bool
n10_arg_range (napi_env env, napi_value buf, napi_value offset, napi_value length, const char *what, char **data, size_t *len) {
  char *base;
  size_t size;
  int64_t off = 0, n;
  if (!n10_arg_bytes(env, buf, what, &base, &size)) return false;
  if (!n10_is_nullish(env, offset) && !n10_arg_int64(env, offset, "offset", &off)) return false;
  if (off < 0 || (uint64_t) off > size) {
    n10_throw_range_error(env, "offset is outside the %s", what);
    return false;
  }
  n = (int64_t) (size - (size_t) off);
  if (!n10_is_nullish(env, length) && !n10_arg_int64(env, length, "length", &n)) return false;
  if (n < 0 || (uint64_t) n > size - (size_t) off) {
    n10_throw_range_error(env, "offset + length beyond the %s", what);
    return false;
  }
  *data = base + off;
  *len = (size_t) n;
  return true;
}

bool
n10_arg_sockaddr (napi_env env, napi_value ip_v, napi_value port_v, bool v6, struct sockaddr_storage *addr, int *err) {
  int32_t port;
  char *ip = n10_arg_string(env, ip_v, "address");
  if (ip == NULL) return false;
  if (!n10_arg_int32(env, port_v, "port", &port)) {
    free(ip);
    return false;
  }
  if (port < 0 || port > 65535) *err = UV_EINVAL;
  else if (v6) *err = uv_ip6_addr(ip, port, (struct sockaddr_in6 *) addr);
  else *err = uv_ip4_addr(ip, port, (struct sockaddr_in *) addr);
  free(ip);
  return true;
}

bool
n10_is_object (napi_env env, napi_value v) {
  napi_valuetype t;
  return v != NULL && napi_typeof(env, v, &t) == napi_ok && (t == napi_object || t == napi_function);
}

bool
n10_arg_object (napi_env env, napi_value v, const char *what) {
  if (n10_is_object(env, v)) return true;
  n10_throw_type_error(env, "%s must be an object", what);
  return false;
}

bool
n10_arg_function (napi_env env, napi_value v, const char *what) {
  napi_valuetype t;
  if (v != NULL && napi_typeof(env, v, &t) == napi_ok && t == napi_function) return true;
  n10_throw_type_error(env, "%s must be a function", what);
  return false;
}

bool
n10_is_nullish (napi_env env, napi_value v) {
  napi_valuetype t;
  return v == NULL || napi_typeof(env, v, &t) != napi_ok || t == napi_undefined || t == napi_null;
}

napi_value
n10_int32 (napi_env env, int32_t v) {
  napi_value r = NULL;
  napi_create_int32(env, v, &r);
  return r;
}

napi_value
n10_double (napi_env env, double v) {
  napi_value r = NULL;
  napi_create_double(env, v, &r);
  return r;
}

napi_value
n10_string (napi_env env, const char *s) {
  napi_value r = NULL;
  if (s == NULL) napi_get_null(env, &r);
  else napi_create_string_utf8(env, s, NAPI_AUTO_LENGTH, &r);
  return r;
}

napi_value
n10_undefined (napi_env env) {
  napi_value r = NULL;
  napi_get_undefined(env, &r);
  return r;
}

napi_value
n10_bool (napi_env env, bool v) {
  napi_value r = NULL;
  napi_get_boolean(env, v, &r);
  return r;
}

bool
n10_set (napi_env env, napi_value obj, const char *name, napi_value value) {
  return value != NULL && napi_set_named_property(env, obj, name, value) == napi_ok;
}

napi_value
n10_bytes_copy (napi_env env, const char *data, size_t len) {
  napi_value ab, view;
  void *dst;
  N10_CHECK(napi_create_arraybuffer(env, len, &dst, &ab));
  if (len > 0) memcpy(dst, data, len);
  N10_CHECK(napi_create_typedarray(env, napi_uint8_array, len, ab, 0, &view));
  return view;
}

napi_value
n10_uv_error (napi_env env, int err, const char *syscall, const char *path, const char *dest) {
  napi_value e, msg;
  const char *code = uv_err_name(err);
  N10_CHECK(napi_create_string_utf8(env, code, NAPI_AUTO_LENGTH, &msg));
  N10_CHECK(napi_create_error(env, NULL, msg, &e));
  n10_set(env, e, "errno", n10_int32(env, err));
  n10_set(env, e, "code", n10_string(env, code));
  if (syscall != NULL) n10_set(env, e, "syscall", n10_string(env, syscall));
  if (path != NULL) n10_set(env, e, "path", n10_string(env, path));
  if (dest != NULL) n10_set(env, e, "dest", n10_string(env, dest));
  return e;
}

void
n10_throw_uv_error (napi_env env, int err, const char *syscall, const char *path, const char *dest) {
  napi_value e = n10_uv_error(env, err, syscall, path, dest);
  if (e != NULL) napi_throw(env, e);
}

napi_value
n10_sockaddr_to_object (napi_env env, const struct sockaddr *addr, napi_value out) {
  char ip[INET6_ADDRSTRLEN];
  int port = 0;
  const char *family = NULL;
  if (addr->sa_family == AF_INET) {
    const struct sockaddr_in *a = (const struct sockaddr_in *) addr;
    uv_ip4_name(a, ip, sizeof(ip));
    port = ntohs(a->sin_port);
    family = "IPv4";
  } else if (addr->sa_family == AF_INET6) {
    const struct sockaddr_in6 *a = (const struct sockaddr_in6 *) addr;
    uv_ip6_name(a, ip, sizeof(ip));
    port = ntohs(a->sin6_port);
    family = "IPv6";
  } else {
    return out;
  }
  n10_set(env, out, "address", n10_string(env, ip));
  n10_set(env, out, "family", n10_string(env, family));
  n10_set(env, out, "port", n10_int32(env, port));
  return out;
}
