/*
 * process.c: Process (node 0.10's ProcessWrap): uv_spawn.
 *
 *   new Process()
 *   spawn({file, args, cwd, envPairs, stdio, detached, uid, gid,
 *          windowsVerbatimArguments, windowsHide}) → err; sets this.pid on success
 *     stdio[i]: {type: 'ignore'} | {type: 'pipe', handle: Pipe} | {type: 'fd', fd}
 *               | {type: 'inherit', fd} | {type: 'wrap', handle: TCP|Pipe|TTY}
 *   kill(signum) → err
 *   exited() → [exitStatus, termSignal] (as onexit would get them) when the child has ended
 *     and libuv has not reaped it yet, else undefined: a peek (waitid with WNOWAIT leaves the
 *     zombie for libuv's own waitpid, and onexit still comes)
 *   onexit(exitStatus, termSignal) when the child ends
 *
 * libuv initializes the handle inside uv_spawn, even when the spawn fails, and it must then
 * still be closed: close() (and environment teardown) handle every state, including a
 * Process that was never spawned, which closes through a placeholder idle handle so the
 * close callback still arrives from the loop.
 */
#include "n10.h"

#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <sys/wait.h>

typedef struct {
  union {
    uv_process_t process;
    uv_idle_t unspawned;
  } handle; /* first: a uv_handle_t * casts back */
  n10_handle_t base;
} n10_process_t;

napi_value
n10_process_new (napi_env env, napi_callback_info info) {
  napi_value self, target;
  N10_CHECK(napi_get_new_target(env, info, &target));
  if (target == NULL) {
    n10_throw_type_error(env, "Class constructor Process cannot be invoked without 'new'");
    return NULL;
  }
  N10_CHECK(napi_get_cb_info(env, info, NULL, NULL, &self, NULL));
  n10_process_t *p = calloc(1, sizeof(*p));
  if (p == NULL) return NULL;
  N10_CHECK(n10_handle_wrap(env, self, &p->base, (uv_handle_t *) &p->handle, N10_PROCESS, false));
  return self;
}

void
n10_process_close_unspawned (n10_handle_t *h, uv_close_cb cb) {
  n10_process_t *p = n10_container_of(h, n10_process_t, base);
  uv_idle_init(h->env->loop, &p->handle.unspawned);
  p->handle.unspawned.data = h;
  h->flags |= N10_HANDLE_INITIALIZED;
  uv_close((uv_handle_t *) &p->handle.unspawned, cb);
}

static void
n10_process__on_exit (uv_process_t *uv, int64_t exit_status, int term_signal) {
  n10_handle_t *h = uv->data;
  n10_env_t *e = h->env;
  napi_handle_scope scope;
  if (e->closing || napi_open_handle_scope(e->env, &scope) != napi_ok) return;
  napi_value self = n10_handle_object(h);
  napi_value argv[2] = {n10_double(e->env, (double) exit_status), n10_int32(e->env, term_signal)};
  if (self != NULL) n10_callback(e, h->async, self, "onexit", 2, argv);
  napi_close_handle_scope(e->env, scope);
}

/* Everything spawn() allocates, freed in one place. */
typedef struct {
  char *file;
  char *cwd;
  char **args;
  char **env;
  uv_stdio_container_t *stdio;
  char *type;
} n10_spawn_args_t;

static void
n10_spawn_args__free (n10_spawn_args_t *a) {
  free(a->file);
  free(a->cwd);
  free(a->type);
  if (a->args) {
    for (char **s = a->args; *s; s++) free(*s);
    free(a->args);
  }
  if (a->env) {
    for (char **s = a->env; *s; s++) free(*s);
    free(a->env);
  }
  free(a->stdio);
}

/* options[name], undefined when absent; NULL after a throwing getter. */
static napi_value
n10_spawn__get (napi_env env, napi_value obj, const char *name) {
  napi_value v = NULL;
  if (napi_get_named_property(env, obj, name, &v) != napi_ok) return NULL;
  return v;
}

/* An array of strings as a NULL-terminated malloc'd vector. */
static bool
n10_spawn__strings (napi_env env, napi_value arr, const char *what, char ***out) {
  bool is = false;
  uint32_t len;
  if (napi_is_array(env, arr, &is) != napi_ok || !is) {
    n10_throw_type_error(env, "%s must be an array of strings", what);
    return false;
  }
  if (napi_get_array_length(env, arr, &len) != napi_ok) return false;
  char **v = calloc((size_t) len + 1, sizeof(char *));
  if (v == NULL) return false;
  *out = v;
  for (uint32_t i = 0; i < len; i++) {
    napi_value el;
    if (napi_get_element(env, arr, i, &el) != napi_ok) return false;
    v[i] = n10_arg_string(env, el, what);
    if (v[i] == NULL) return false;
  }
  return true;
}

static bool
n10_spawn__stdio (napi_env env, napi_value arr, n10_spawn_args_t *a, uv_process_options_t *o) {
  bool is = false;
  uint32_t len;
  if (napi_is_array(env, arr, &is) != napi_ok || !is) {
    n10_throw_type_error(env, "options.stdio must be an array");
    return false;
  }
  if (napi_get_array_length(env, arr, &len) != napi_ok) return false;
  a->stdio = calloc(len ? len : 1, sizeof(uv_stdio_container_t));
  if (a->stdio == NULL) return false;
  o->stdio = a->stdio;
  o->stdio_count = (int) len;
  for (uint32_t i = 0; i < len; i++) {
    napi_value el, v;
    uv_stdio_container_t *c = &a->stdio[i];
    if (napi_get_element(env, arr, i, &el) != napi_ok) return false;
    if (!n10_arg_object(env, el, "options.stdio[i]")) return false;
    if ((v = n10_spawn__get(env, el, "type")) == NULL) return false;
    free(a->type);
    if ((a->type = n10_arg_string(env, v, "options.stdio[i].type")) == NULL) return false;

    if (strcmp(a->type, "ignore") == 0) {
      c->flags = UV_IGNORE;
    } else if (strcmp(a->type, "pipe") == 0 || strcmp(a->type, "wrap") == 0) {
      bool pipe = a->type[0] == 'p';
      if ((v = n10_spawn__get(env, el, "handle")) == NULL) return false;
      n10_handle_t *h = n10_handle_this_value(env, v, pipe ? N10_BIT(N10_PIPE) : N10_STREAMS);
      if (h == NULL) return false;
      if (!n10_handle_usable(h)) {
        n10_throw_type_error(env, "options.stdio[%u].handle is closed", i);
        return false;
      }
      c->flags = pipe ? (UV_CREATE_PIPE | UV_READABLE_PIPE | UV_WRITABLE_PIPE) : UV_INHERIT_STREAM;
      c->data.stream = (uv_stream_t *) h->uv;
    } else if (strcmp(a->type, "fd") == 0 || strcmp(a->type, "inherit") == 0) {
      int32_t fd;
      if ((v = n10_spawn__get(env, el, "fd")) == NULL) return false;
      if (!n10_arg_int32(env, v, "options.stdio[i].fd", &fd)) return false;
      c->flags = UV_INHERIT_FD;
      c->data.fd = fd;
    } else {
      n10_throw_type_error(env, "options.stdio[%u].type must be 'ignore', 'pipe', 'fd', 'inherit' or 'wrap'", i);
      return false;
    }
  }
  return true;
}

/* The options object into `o`; false after throwing. */
static bool
n10_spawn__options (napi_env env, napi_value options, n10_spawn_args_t *a, uv_process_options_t *o) {
  napi_value v;
  if (!n10_arg_object(env, options, "options")) return false;

  if ((v = n10_spawn__get(env, options, "file")) == NULL) return false;
  if ((a->file = n10_arg_string(env, v, "options.file")) == NULL) return false;
  o->file = a->file;

  if ((v = n10_spawn__get(env, options, "args")) == NULL) return false;
  if (n10_is_nullish(env, v)) {
    a->args = calloc(2, sizeof(char *));
    if (a->args == NULL || (a->args[0] = strdup(a->file)) == NULL) return false;
  } else if (!n10_spawn__strings(env, v, "options.args", &a->args)) {
    return false;
  }
  o->args = a->args;

  if ((v = n10_spawn__get(env, options, "cwd")) == NULL) return false;
  if (!n10_is_nullish(env, v)) {
    if ((a->cwd = n10_arg_string(env, v, "options.cwd")) == NULL) return false;
    o->cwd = a->cwd;
  }

  if ((v = n10_spawn__get(env, options, "envPairs")) == NULL) return false;
  if (!n10_is_nullish(env, v)) {
    if (!n10_spawn__strings(env, v, "options.envPairs", &a->env)) return false;
    o->env = a->env;
  }

  if ((v = n10_spawn__get(env, options, "stdio")) == NULL) return false;
  if (!n10_is_nullish(env, v) && !n10_spawn__stdio(env, v, a, o)) return false;

  if ((v = n10_spawn__get(env, options, "uid")) == NULL) return false;
  if (!n10_is_nullish(env, v)) {
    int32_t uid;
    if (!n10_arg_int32(env, v, "options.uid", &uid)) return false;
    o->uid = (uv_uid_t) uid;
    o->flags |= UV_PROCESS_SETUID;
  }
  if ((v = n10_spawn__get(env, options, "gid")) == NULL) return false;
  if (!n10_is_nullish(env, v)) {
    int32_t gid;
    if (!n10_arg_int32(env, v, "options.gid", &gid)) return false;
    o->gid = (uv_gid_t) gid;
    o->flags |= UV_PROCESS_SETGID;
  }

  if ((v = n10_spawn__get(env, options, "detached")) == NULL) return false;
  if (n10_arg_bool(env, v)) o->flags |= UV_PROCESS_DETACHED;
  if ((v = n10_spawn__get(env, options, "windowsVerbatimArguments")) == NULL) return false;
  if (n10_arg_bool(env, v)) o->flags |= UV_PROCESS_WINDOWS_VERBATIM_ARGUMENTS;
  if ((v = n10_spawn__get(env, options, "windowsHide")) == NULL) return false;
  if (n10_arg_bool(env, v)) o->flags |= UV_PROCESS_WINDOWS_HIDE;
  return true;
}

napi_value
n10_process_spawn (napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1], self;
  n10_spawn_args_t a = {0};
  uv_process_options_t o = {0};
  n10_handle_t *h = n10_handle_this(env, info, N10_BIT(N10_PROCESS), &argc, argv, &self);
  if (h == NULL) return NULL;
  n10_process_t *p = n10_container_of(h, n10_process_t, base);

  if (!n10_spawn__options(env, argv[0], &a, &o)) {
    n10_spawn_args__free(&a);
    return NULL;
  }
  /* Spawned before, or closed: a uv_process_t is initialized once. */
  if (h->flags & (N10_HANDLE_INITIALIZED | N10_HANDLE_CLOSING | N10_HANDLE_CLOSED)) {
    n10_spawn_args__free(&a);
    return n10_int32(env, UV_EINVAL);
  }

  o.exit_cb = n10_process__on_exit;
  int err = uv_spawn(h->env->loop, &p->handle.process, &o);
  n10_spawn_args__free(&a);
  p->handle.process.data = h;
  /* The handle was initialized (and so must be closed) if uv_spawn got that far. */
  if (p->handle.process.type == UV_PROCESS) h->flags |= N10_HANDLE_INITIALIZED;
  if (err == 0) n10_set(env, self, "pid", n10_int32(env, p->handle.process.pid));
  return n10_int32(env, err);
}

napi_value
n10_process_kill (napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  int32_t signum;
  n10_handle_t *h = n10_handle_this(env, info, N10_BIT(N10_PROCESS), &argc, argv, NULL);
  if (h == NULL) return NULL;
  if (!n10_arg_int32(env, argv[0], "signal", &signum)) return NULL;
  if (!n10_handle_usable(h)) return n10_int32(env, UV_ESRCH);
  n10_process_t *p = n10_container_of(h, n10_process_t, base);
  if (p->handle.process.pid == 0) return n10_int32(env, UV_ESRCH); /* spawn failed */
  return n10_int32(env, uv_process_kill(&p->handle.process, signum));
}

napi_value
n10_process_exited (napi_env env, napi_callback_info info) {
  n10_handle_t *h = n10_handle_this(env, info, N10_BIT(N10_PROCESS), NULL, NULL, NULL);
  if (h == NULL) return NULL;
  n10_process_t *p = n10_container_of(h, n10_process_t, base);
  napi_value out = NULL;
  N10_CHECK(napi_get_undefined(env, &out));
#ifndef _WIN32
  if (n10_handle_usable(h) && (h->flags & N10_HANDLE_INITIALIZED) && p->handle.process.pid > 0) {
    siginfo_t si;
    memset(&si, 0, sizeof(si));
    int r;
    do
      r = waitid(P_PID, (id_t) p->handle.process.pid, &si, WEXITED | WNOHANG | WNOWAIT);
    while (r == -1 && errno == EINTR);
    if (r == 0 && si.si_pid != 0) {
      /* As libuv reports it: the exit code, or 0 and the signal that ended it. */
      bool exited = si.si_code == CLD_EXITED;
      N10_CHECK(napi_create_array_with_length(env, 2, &out));
      N10_CHECK(napi_set_element(env, out, 0, n10_int32(env, exited ? si.si_status : 0)));
      N10_CHECK(napi_set_element(env, out, 1, n10_int32(env, exited ? 0 : si.si_status)));
    }
  }
#endif
  return out;
}
