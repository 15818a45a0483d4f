/*
 * errors.c: the uv error vocabulary. `uv` maps each libuv error name to its (negative)
 * code, as UV_ENOENT: -2, generated from uv.h's own UV_ERRNO_MAP; errname(code) is
 * uv_err_name. Node 0.10's numbering (ENOENT is 34) and messages live in src/errors.ts.
 */
#include "n10.h"

napi_value
n10_errors_uv_codes (napi_env env) {
  napi_value out;
  N10_CHECK(napi_create_object(env, &out));
#define N10_UV_CODE(name, _) n10_set(env, out, "UV_" #name, n10_int32(env, UV_##name));
  UV_ERRNO_MAP(N10_UV_CODE)
#undef N10_UV_CODE
  return out;
}

/* errname(code): 'ENOENT' for -2; 'Unknown system error <code>' as uv_err_name says. */
napi_value
n10_errors_errname (napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  int32_t err;
  char buf[64];
  N10_CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  if (!n10_arg_int32(env, argc ? argv[0] : NULL, "err", &err)) return NULL;
  return n10_string(env, uv_err_name_r(err, buf, sizeof(buf)));
}
