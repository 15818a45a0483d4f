/*
 * object.c: what the native objects share (Hash, Hmac, CipherBase, Sign, Verify, Zlib):
 * construction, tracking per environment, and the one-time release of their library state.
 *
 * Lifetime: the struct (n10_handle_t first, uv = NULL) belongs to its JS wrapper and is freed
 * by the wrapper's finalizer. The library state inside (an EVP context, a z_stream) is freed
 * earlier when the object is done (digest(), close()), when the wrapper is collected, or when
 * the environment goes away (the cleanup hook) — whichever comes first, and never while a
 * thread-pool request is using it (N10_OBJECT_BUSY: the request holds the wrapper, and
 * releases the state itself when it ends during teardown).
 */
#include "n10.h"

#include <stdlib.h>

void
n10_object_release (n10_handle_t *h) {
  if (h->flags & N10_OBJECT_RELEASED) return;
  h->flags |= N10_OBJECT_RELEASED;
  switch (h->type) {
  case N10_HASH:
    n10_hash_release(h);
    break;
  case N10_HMAC:
    n10_hmac_release(h);
    break;
  case N10_CIPHER:
    n10_cipher_release(h);
    break;
  case N10_SIGN:
  case N10_VERIFY:
    n10_sign_release(h);
    break;
  case N10_ZLIB:
    n10_zlib_release(h);
    break;
  case N10_SECURE_CONTEXT:
    n10_secure_context_release(h);
    break;
  case N10_CONNECTION:
    n10_connection_release(h);
    break;
  default:
    break;
  }
  n10_link_remove(&h->link);
  if (h->async != NULL) napi_async_destroy(h->env->env, h->async);
  if (h->object != NULL) napi_delete_reference(h->env->env, h->object);
  h->async = NULL;
  h->object = NULL;
}

static void
n10_object__on_finalize (napi_env env, void *data, void *hint) {
  (void) env;
  (void) hint;
  n10_handle_t *h = data;
  h->flags |= N10_HANDLE_FINALIZED;
  /* Busy cannot happen (the request holds the wrapper) unless the environment is being torn
   * down around a request still running: leak rather than free memory a thread uses. */
  if (h->flags & N10_OBJECT_BUSY) return;
  n10_object_release(h);
  free(h);
}

bool
n10_object_construct (napi_env env, napi_callback_info info, const char *name, size_t *argc, napi_value *argv, napi_value *self) {
  napi_value target;
  size_t none = 0;
  if (napi_get_new_target(env, info, &target) != napi_ok) return false;
  if (target == NULL) {
    n10_throw_type_error(env, "Class constructor %s cannot be invoked without 'new'", name);
    return false;
  }
  return napi_get_cb_info(env, info, argc ? argc : &none, argv, self, NULL) == napi_ok;
}

napi_status
n10_object_wrap (napi_env env, napi_value self, n10_handle_t *h, n10_type_t type) {
  n10_env_t *e = n10_env(env);
  h->uv = NULL;
  h->env = e;
  h->type = type;
  h->flags = 0;
  h->object = NULL;
  h->on_close = NULL;
  h->async = NULL;
  n10_link_init(&h->link);
  n10_link_push(&e->objects, &h->link);
  napi_status st = napi_wrap(env, self, h, n10_object__on_finalize, NULL, NULL);
  if (st != napi_ok) {
    n10_object_release(h);
    free(h);
  }
  return st;
}

void
n10_objects_cleanup (n10_env_t *e) {
  n10_link_t *l = e->objects.next;
  while (l != &e->objects) {
    n10_handle_t *h = n10_container_of(l, n10_handle_t, link);
    l = l->next; /* release unlinks */
    if (!(h->flags & N10_OBJECT_BUSY)) n10_object_release(h);
  }
}
