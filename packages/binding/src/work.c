/*
 * work.c: requests that run on libuv's thread pool (uv_queue_work), for the work node 0.10
 * did off the loop: pbkdf2, randomBytes, zlib writes (and prime generation).
 *
 * A work request is tracked like any request (e->reqs), holds its JS request object and any
 * buffers until completion, and is cancelled by the environment's cleanup hook when it has
 * not started yet (its done() is then skipped, its cleanup() still runs).
 */
#include "n10.h"

#include <stdlib.h>

n10_work_t *
n10_work_new (napi_env env, size_t size, napi_value req, const char *resource) {
  n10_env_t *e = n10_env(env);
  n10_req_t *r = n10_req_new(e, size, offsetof(n10_work_t, base), req);
  napi_value name;
  if (r == NULL) {
    n10_throw_range_error(env, "out of memory");
    return NULL;
  }
  if (resource != NULL &&
      (napi_create_string_utf8(env, resource, NAPI_AUTO_LENGTH, &name) != napi_ok ||
       napi_async_init(env, req, name, &r->async) != napi_ok)) {
    n10_req_free(r);
    return NULL;
  }
  return n10_container_of(r, n10_work_t, base);
}

static void
n10_work__free (n10_work_t *w) {
  if (w->cleanup != NULL) w->cleanup(w);
  n10_req_free(&w->base);
}

static void
n10_work__on_run (uv_work_t *req) {
  n10_work_t *w = n10_container_of(req, n10_work_t, req);
  w->run(w);
}

static void
n10_work__on_after (uv_work_t *req, int status) {
  n10_work_t *w = n10_container_of(req, n10_work_t, req);
  n10_env_t *e = w->base.env;
  napi_handle_scope scope;
  if (!e->closing && w->done != NULL && napi_open_handle_scope(e->env, &scope) == napi_ok) {
    w->done(w, status);
    napi_close_handle_scope(e->env, scope);
  }
  n10_work__free(w);
}

int
n10_work_queue (n10_work_t *w) {
  int err = uv_queue_work(w->base.env->loop, &w->req, n10_work__on_run, n10_work__on_after);
  if (err < 0) n10_work__free(w);
  return err;
}

void
n10_work_abort (n10_req_t *r) {
  n10_work_t *w = n10_container_of(r, n10_work_t, base);
  w->aborted = 1;
  uv_cancel((uv_req_t *) &w->req); /* fails (harmlessly) when already running */
}

void
n10_work_abort_all (n10_env_t *e) {
  for (n10_link_t *l = e->reqs.next; l != &e->reqs; l = l->next) {
    n10_req_t *r = n10_container_of(l, n10_req_t, link);
    if (r->uv->type == UV_WORK) n10_work_abort(r);
  }
}

void
n10_work_complete (n10_work_t *w, napi_async_context async, size_t argc, napi_value *argv) {
  n10_env_t *e = w->base.env;
  napi_value req;
  if (w->base.object == NULL || napi_get_reference_value(e->env, w->base.object, &req) != napi_ok || req == NULL) return;
  n10_callback(e, async != NULL ? async : w->base.async, req, "oncomplete", argc, argv);
}
