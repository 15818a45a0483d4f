/*
 * n10.h: what every file of the binding shares.
 *
 * Layout (node 0.10's src/<type>_wrap.cc split, bare-tcp's C style):
 * - one file per libuv handle type (tcp.c, pipe.c, tty.c, udp.c, timer.c, check.c, idle.c,
 *   process.c, signal.c, fs_event.c, fs_poll.c), the shared handle and stream methods in
 *   handle.c and stream.c, requests without a handle in fs.c and dns.c, queries in os.c;
 * - a struct per handle type with the uv handle first (so a uv_handle_t * casts back and the
 *   allocation starts at it), followed by the n10_handle_t (or n10_stream_t) part;
 * - static callbacks named n10_<type>__on_<event>;
 * - the whole JS surface in one export table at the bottom of binding.c.
 *
 * The binding is mechanism only: calls return 0 or a negative uv error code, callbacks get
 * a status argument, and no user-facing message is built here (see src/errors.ts).
 */
#ifndef N10_H
#define N10_H

#define NAPI_VERSION 8
#include <node_api.h>
#include <uv.h>

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define N10_COUNT(a) (sizeof(a) / sizeof((a)[0]))
#define n10_container_of(ptr, type, member) ((type *) ((char *) (ptr) - offsetof(type, member)))

/* A failed napi call leaves an exception pending (or is a bug): give up on this call. */
#define N10_CHECK(call) \
  do { \
    if ((call) != napi_ok) return NULL; \
  } while (0)

/* ---- intrusive lists: every live handle and request, per environment ---- */

typedef struct n10_link_s {
  struct n10_link_s *prev;
  struct n10_link_s *next;
} n10_link_t;

static inline void
n10_link_init (n10_link_t *l) {
  l->prev = l->next = l;
}

static inline void
n10_link_push (n10_link_t *head, n10_link_t *l) {
  l->next = head;
  l->prev = head->prev;
  head->prev->next = l;
  head->prev = l;
}

static inline void
n10_link_remove (n10_link_t *l) {
  l->prev->next = l->next;
  l->next->prev = l->prev;
  l->prev = l->next = l;
}

static inline bool
n10_link_empty (const n10_link_t *head) {
  return head->next == head;
}

/* ---- handle types: index of the constructor table and bit for type checks ---- */

typedef enum {
  N10_TCP,
  N10_PIPE,
  N10_TTY,
  N10_UDP,
  N10_TIMER,
  N10_CHECK_HANDLE,
  N10_IDLE,
  N10_PROCESS,
  N10_SIGNAL,
  N10_FS_EVENT,
  N10_FS_POLL,
  N10_TYPE_COUNT,
  /* Native objects without a uv handle (crypto and zlib contexts): they reuse n10_handle_t as
   * their header (uv = NULL), so one `this` check serves every class, and N10_ANY (the
   * HandleWrap methods) never matches them. See object.c. */
  N10_HASH = N10_TYPE_COUNT,
  N10_HMAC,
  N10_CIPHER,
  N10_SIGN,
  N10_VERIFY,
  N10_ZLIB,
  N10_SECURE_CONTEXT,
  N10_CONNECTION,
  N10_CLASS_COUNT
} n10_type_t;

#define N10_BIT(t)  (1u << (t))
#define N10_STREAMS (N10_BIT(N10_TCP) | N10_BIT(N10_PIPE) | N10_BIT(N10_TTY))
#define N10_ANY     ((1u << N10_TYPE_COUNT) - 1)

/* n10_handle_t.flags */
enum {
  N10_HANDLE_INITIALIZED = 1 << 0, /* the uv handle was initialized: it must be uv_close()d */
  N10_HANDLE_CLOSING = 1 << 1,     /* uv_close() was called */
  N10_HANDLE_CLOSED = 1 << 2,      /* the close callback ran: the uv handle is dead */
  N10_HANDLE_FINALIZED = 1 << 3,   /* the JS wrapper was collected */
  N10_STREAM_IPC = 1 << 4,         /* a Pipe opened with ipc = true */
  N10_STREAM_CONNECTING = 1 << 5,  /* a connect request is pending */
  N10_OBJECT_RELEASED = 1 << 6,    /* native object: its library state was freed (or never made) */
  N10_OBJECT_BUSY = 1 << 7,        /* native object: a thread-pool request is using it */
  N10_OBJECT_CLOSE_PENDING = 1 << 8, /* native object: close() came while busy */
  N10_OBJECT_CALLING = 1 << 9,     /* native object: a callback of its own is on the stack */
};

/* Slots of n10_env_t.callback_names (more names than this are looked up the slow way). */
#define N10_CALLBACK_NAMES 32

typedef struct n10_env_s n10_env_t;
typedef struct n10_handle_s n10_handle_t;
typedef struct n10_stream_s n10_stream_t;
typedef struct n10_req_s n10_req_t;

/* Per environment (main thread or worker): napi instance data. */
struct n10_env_s {
  napi_env env;
  uv_loop_t *loop;
  napi_ref tick_callback; /* n10's process._tickCallback, run after every callback */
  napi_ref tick_state;    /* optional Int32Array: [0] = ticks pending (0: skip the call) */
  int32_t *tick_pending;  /* its data */
  napi_ref host_process;  /* the host's process object: exit, memoryUsage, uptime, cwd */
  bool cwd_untracked;      /* a chdir here could not update the host's cached cwd (a worker) */
  napi_ref constructors[N10_CLASS_COUNT];
  /* The callback names n10_callback looks up ("onread", "oncomplete", …), by the address of
   * the C literal: slot i of the array `callback_keys` holds V8's key for callback_names[i],
   * so a name is not made and hashed into V8's string table again on every event. */
  const char *callback_names[N10_CALLBACK_NAMES];
  napi_ref callback_keys;
  n10_link_t handles;
  n10_link_t reqs;
  n10_link_t objects; /* native objects (object.c): released by the cleanup hook */
  napi_async_cleanup_hook_handle cleanup;
  bool closing; /* the environment is being torn down: no more calls into JS */
  bool done;
  /* Reads land here and are copied out at once into a fresh ArrayBuffer. */
  char slab[65536];
};

/* The part of every handle struct that follows its uv handle. */
struct n10_handle_s {
  uv_handle_t *uv; /* the uv handle: the first member (and start) of the owning struct */
  n10_env_t *env;
  n10_link_t link;
  napi_ref object;          /* the JS wrapper: strong until the close callback */
  napi_ref on_close;        /* close(cb) */
  napi_async_context async; /* every callback of this handle runs in it */
  n10_type_t type;
  int flags;
};

/* TCP, Pipe and TTY: the stream part after the uv handle. */
struct n10_stream_s {
  n10_handle_t handle;
  size_t reported_queue_size; /* the writeQueueSize last set on the object */
};

/* The part of every request struct that follows its uv request. */
struct n10_req_s {
  uv_req_t *uv; /* the uv request: first member and start of the allocation */
  n10_env_t *env;
  n10_link_t link;
  napi_ref object;          /* the JS request object (req.oncomplete) */
  napi_ref hold;            /* a buffer the request reads from or writes into */
  napi_ref hold2;           /* a second one (zlib write: input and output) */
  napi_async_context async; /* own context (fs, dns); NULL when it borrows its handle's */
  n10_handle_t *handle;     /* the handle a write/connect/shutdown/send runs on */
  void *data;               /* malloc'd bytes the request owns (string writes, paths) */
  char *path;               /* fs: for the error's path */
  char *dest;               /* fs: for the error's dest */
  const char *syscall;
};

/* ---- binding.c: environment, callbacks into JS ---- */

n10_env_t *
n10_env (napi_env env);

/* Calls recv[name](...argv) like 0.10's MakeCallback: napi_make_callback in the handle's
 * async context, then n10's tick queue; an exception goes to napi_fatal_exception.
 * The caller holds a handle scope. Does nothing once the environment is closing. */
void
n10_callback (n10_env_t *e, napi_async_context async, napi_value recv, const char *name, size_t argc, const napi_value *argv);

void
n10_callback_fn (n10_env_t *e, napi_async_context async, napi_value recv, napi_value fn, size_t argc, const napi_value *argv);

/* Called when a handle or request is released: finishes teardown when nothing is left. */
void
n10_env_maybe_done (n10_env_t *e);

/* ---- handle.c: HandleWrap ---- */

/* Wraps `self` around a handle struct whose uv handle was initialized (or, for Process,
 * will be). Tracks it, makes its async context, keeps the wrapper alive until close. */
napi_status
n10_handle_wrap (napi_env env, napi_value self, n10_handle_t *h, uv_handle_t *uv, n10_type_t type, bool initialized);

/* Fetches `this` and the arguments of a method call and unwraps `this`, which must be one
 * of the handle types in `types` (N10_BIT mask). Throws a TypeError and returns NULL
 * otherwise. */
n10_handle_t *
n10_handle_this (napi_env env, napi_callback_info info, unsigned types, size_t *argc, napi_value *argv, napi_value *self);

/* The opening of a method of a wrapped handle or native object: `argc` and `argv` for up
 * to `n` arguments, `h` for `this` (one of `kinds`) and `var`, the `type` holding `h` at
 * `member`. Returns NULL from the method (a TypeError thrown) when `this` is anything else. */
#define N10_METHOD_THIS(n, kinds, type, var, member) \
  size_t argc = (n); \
  napi_value argv[(n) > 0 ? (n) : 1]; \
  n10_handle_t *h = n10_handle_this(env, info, (kinds), &argc, argv, NULL); \
  if (h == NULL) return NULL; \
  type *var = n10_container_of(h, type, member); \
  (void) var;

/* True while the uv handle may be used (initialized, not closing). */
static inline bool
n10_handle_usable (const n10_handle_t *h) {
  return (h->flags & (N10_HANDLE_INITIALIZED | N10_HANDLE_CLOSING | N10_HANDLE_CLOSED)) == N10_HANDLE_INITIALIZED;
}

/* The same check for a handle passed as an argument. */
n10_handle_t *
n10_handle_this_value (napi_env env, napi_value v, unsigned types);

napi_value
n10_handle_object (n10_handle_t *h);

/* Starts closing a handle (JS close() or environment teardown). */
void
n10_handle_start_close (n10_handle_t *h);

/* Creates a handle of `type` from C (an accepted connection, a received handle); `ipc`
 * is passed to Pipe. */
napi_value
n10_handle_new (n10_env_t *e, n10_type_t type, bool ipc, n10_handle_t **out);

napi_value
n10_handle_close (napi_env env, napi_callback_info info);
napi_value
n10_handle_ref (napi_env env, napi_callback_info info);
napi_value
n10_handle_unref (napi_env env, napi_callback_info info);
napi_value
n10_handle_has_ref (napi_env env, napi_callback_info info);
napi_value
n10_handle_get_fd (napi_env env, napi_callback_info info);

/* ---- requests (binding.c) ---- */

/* Allocates a request struct of `size` bytes whose uv request is at offset 0 and whose
 * n10_req_t is at `offset`; tracks it and takes a strong reference to `object`. */
n10_req_t *
n10_req_new (n10_env_t *e, size_t size, size_t offset, napi_value object);

/* Runs req.oncomplete(status, handle, req, ...extra) in the handle's async context (unless
 * the environment is closing), then frees the request. For stream and UDP requests. */
void
n10_req_complete (n10_req_t *r, int status, size_t extra, napi_value *extra_argv);

/* Releases everything the request holds and frees it. */
void
n10_req_free (n10_req_t *r);

/* ---- stream.c: StreamWrap ---- */

/* A connect request (TCP and Pipe); its callback is req.oncomplete(status, handle, req,
 * readable, writable) as in 0.10. */
typedef struct {
  uv_connect_t req;
  n10_req_t base;
} n10_connect_t;

n10_connect_t *
n10_connect_new (n10_handle_t *h, napi_value req);

void
n10_stream__on_connect (uv_connect_t *req, int status);

napi_status
n10_stream_wrap (napi_env env, napi_value self, n10_stream_t *s, uv_stream_t *uv, n10_type_t type);

void
n10_stream__on_connection (uv_stream_t *server, int status);

napi_value
n10_stream_read_start (napi_env env, napi_callback_info info);
napi_value
n10_stream_read_stop (napi_env env, napi_callback_info info);
napi_value
n10_stream_shutdown (napi_env env, napi_callback_info info);
napi_value
n10_stream_write_buffer (napi_env env, napi_callback_info info);
napi_value
n10_stream_write_utf8_string (napi_env env, napi_callback_info info);
napi_value
n10_stream_write_ascii_string (napi_env env, napi_callback_info info);
napi_value
n10_stream_write_latin1_string (napi_env env, napi_callback_info info);
napi_value
n10_stream_write_ucs2_string (napi_env env, napi_callback_info info);
napi_value
n10_stream_listen (napi_env env, napi_callback_info info);

/* ---- one constructor and its methods per handle type ---- */

napi_value
n10_tcp_new (napi_env env, napi_callback_info info);
napi_value
n10_tcp_open (napi_env env, napi_callback_info info);
napi_value
n10_tcp_bind (napi_env env, napi_callback_info info);
napi_value
n10_tcp_bind6 (napi_env env, napi_callback_info info);
napi_value
n10_tcp_connect (napi_env env, napi_callback_info info);
napi_value
n10_tcp_connect6 (napi_env env, napi_callback_info info);
napi_value
n10_tcp_getsockname (napi_env env, napi_callback_info info);
napi_value
n10_tcp_getpeername (napi_env env, napi_callback_info info);
napi_value
n10_tcp_set_no_delay (napi_env env, napi_callback_info info);
napi_value
n10_tcp_set_keep_alive (napi_env env, napi_callback_info info);
napi_value
n10_tcp_set_simultaneous_accepts (napi_env env, napi_callback_info info);

napi_value
n10_pipe_new (napi_env env, napi_callback_info info);
napi_value
n10_pipe_open (napi_env env, napi_callback_info info);
napi_value
n10_pipe_bind (napi_env env, napi_callback_info info);
napi_value
n10_pipe_connect (napi_env env, napi_callback_info info);

napi_value
n10_tty_new (napi_env env, napi_callback_info info);
napi_value
n10_tty_get_window_size (napi_env env, napi_callback_info info);
napi_value
n10_tty_set_raw_mode (napi_env env, napi_callback_info info);
napi_value
n10_tty_guess_handle_type (napi_env env, napi_callback_info info);
napi_value
n10_tty_is_tty (napi_env env, napi_callback_info info);
napi_value
n10_tty_reset_mode (napi_env env, napi_callback_info info);

napi_value
n10_udp_new (napi_env env, napi_callback_info info);
napi_value
n10_udp_bind (napi_env env, napi_callback_info info);
napi_value
n10_udp_bind6 (napi_env env, napi_callback_info info);
napi_value
n10_udp_send (napi_env env, napi_callback_info info);
napi_value
n10_udp_send6 (napi_env env, napi_callback_info info);
napi_value
n10_udp_recv_start (napi_env env, napi_callback_info info);
napi_value
n10_udp_recv_stop (napi_env env, napi_callback_info info);
napi_value
n10_udp_getsockname (napi_env env, napi_callback_info info);
napi_value
n10_udp_add_membership (napi_env env, napi_callback_info info);
napi_value
n10_udp_drop_membership (napi_env env, napi_callback_info info);
napi_value
n10_udp_set_multicast_ttl (napi_env env, napi_callback_info info);
napi_value
n10_udp_set_multicast_loopback (napi_env env, napi_callback_info info);
napi_value
n10_udp_set_broadcast (napi_env env, napi_callback_info info);
napi_value
n10_udp_set_ttl (napi_env env, napi_callback_info info);

napi_value
n10_timer_new (napi_env env, napi_callback_info info);
napi_value
n10_timer_start (napi_env env, napi_callback_info info);
napi_value
n10_timer_stop (napi_env env, napi_callback_info info);
napi_value
n10_timer_again (napi_env env, napi_callback_info info);
napi_value
n10_timer_set_repeat (napi_env env, napi_callback_info info);
napi_value
n10_timer_get_repeat (napi_env env, napi_callback_info info);
napi_value
n10_timer_now (napi_env env, napi_callback_info info);

napi_value
n10_check_new (napi_env env, napi_callback_info info);
napi_value
n10_check_start (napi_env env, napi_callback_info info);
napi_value
n10_check_stop (napi_env env, napi_callback_info info);

napi_value
n10_idle_new (napi_env env, napi_callback_info info);
napi_value
n10_idle_start (napi_env env, napi_callback_info info);
napi_value
n10_idle_stop (napi_env env, napi_callback_info info);

napi_value
n10_process_new (napi_env env, napi_callback_info info);
napi_value
n10_process_spawn (napi_env env, napi_callback_info info);
napi_value
n10_process_kill (napi_env env, napi_callback_info info);
napi_value
n10_process_exited (napi_env env, napi_callback_info info);
/* Process handles are only initialized by uv_spawn: closing one never spawned. */
void
n10_process_close_unspawned (n10_handle_t *h, uv_close_cb cb);

napi_value
n10_signal_new (napi_env env, napi_callback_info info);
napi_value
n10_signal_start (napi_env env, napi_callback_info info);
napi_value
n10_signal_stop (napi_env env, napi_callback_info info);
napi_value
n10_signal_exit (napi_env env, napi_callback_info info);

napi_value
n10_fs_event_new (napi_env env, napi_callback_info info);
napi_value
n10_fs_event_start (napi_env env, napi_callback_info info);

napi_value
n10_fs_poll_new (napi_env env, napi_callback_info info);
napi_value
n10_fs_poll_start (napi_env env, napi_callback_info info);
napi_value
n10_fs_poll_stop (napi_env env, napi_callback_info info);

/* ---- fs.c: one function per uv_fs_* op; a trailing req object makes it async ---- */

napi_value
n10_fs_open (napi_env env, napi_callback_info info);
napi_value
n10_fs_close (napi_env env, napi_callback_info info);
napi_value
n10_fs_read (napi_env env, napi_callback_info info);
napi_value
n10_fs_write_buffer (napi_env env, napi_callback_info info);
napi_value
n10_fs_write_string (napi_env env, napi_callback_info info);
napi_value
n10_fs_rename (napi_env env, napi_callback_info info);
napi_value
n10_fs_ftruncate (napi_env env, napi_callback_info info);
napi_value
n10_fs_rmdir (napi_env env, napi_callback_info info);
napi_value
n10_fs_mkdir (napi_env env, napi_callback_info info);
napi_value
n10_fs_readdir (napi_env env, napi_callback_info info);
napi_value
n10_fs_stat (napi_env env, napi_callback_info info);
napi_value
n10_fs_lstat (napi_env env, napi_callback_info info);
napi_value
n10_fs_fstat (napi_env env, napi_callback_info info);
napi_value
n10_fs_link (napi_env env, napi_callback_info info);
napi_value
n10_fs_symlink (napi_env env, napi_callback_info info);
napi_value
n10_fs_readlink (napi_env env, napi_callback_info info);
napi_value
n10_fs_unlink (napi_env env, napi_callback_info info);
napi_value
n10_fs_chmod (napi_env env, napi_callback_info info);
napi_value
n10_fs_fchmod (napi_env env, napi_callback_info info);
napi_value
n10_fs_chown (napi_env env, napi_callback_info info);
napi_value
n10_fs_fchown (napi_env env, napi_callback_info info);
napi_value
n10_fs_lchown (napi_env env, napi_callback_info info);
napi_value
n10_fs_utimes (napi_env env, napi_callback_info info);
napi_value
n10_fs_futimes (napi_env env, napi_callback_info info);
napi_value
n10_fs_fsync (napi_env env, napi_callback_info info);
napi_value
n10_fs_fdatasync (napi_env env, napi_callback_info info);
napi_value
n10_fs_sendfile (napi_env env, napi_callback_info info);

/* uv_stat_t as a Float64Array (layout: STAT_FIELDS in src/types.ts). */
napi_value
n10_fs_stat_array (napi_env env, const uv_stat_t *s);

/* ---- dns.c ---- */

napi_value
n10_dns_getaddrinfo (napi_env env, napi_callback_info info);
napi_value
n10_dns_getnameinfo (napi_env env, napi_callback_info info);

/* ---- os.c: process and system queries ---- */

napi_value
n10_os_get_hostname (napi_env env, napi_callback_info info);
napi_value
n10_os_get_loadavg (napi_env env, napi_callback_info info);
napi_value
n10_os_get_uptime (napi_env env, napi_callback_info info);
napi_value
n10_os_get_free_mem (napi_env env, napi_callback_info info);
napi_value
n10_os_get_total_mem (napi_env env, napi_callback_info info);
napi_value
n10_os_get_cpus (napi_env env, napi_callback_info info);
napi_value
n10_os_get_os_type (napi_env env, napi_callback_info info);
napi_value
n10_os_get_os_release (napi_env env, napi_callback_info info);
napi_value
n10_os_get_interface_addresses (napi_env env, napi_callback_info info);
napi_value
n10_os_get_endianness (napi_env env, napi_callback_info info);
napi_value
n10_os_hrtime (napi_env env, napi_callback_info info);
napi_value
n10_os_get_resident_memory (napi_env env, napi_callback_info info);
napi_value
n10_os_memory_usage (napi_env env, napi_callback_info info);
napi_value
n10_os_process_uptime (napi_env env, napi_callback_info info);
napi_value
n10_os_kill (napi_env env, napi_callback_info info);
napi_value
n10_os_umask (napi_env env, napi_callback_info info);
napi_value
n10_os_chdir (napi_env env, napi_callback_info info);
napi_value
n10_os_cwd (napi_env env, napi_callback_info info);
napi_value
n10_os_getuid (napi_env env, napi_callback_info info);
napi_value
n10_os_geteuid (napi_env env, napi_callback_info info);
napi_value
n10_os_getgid (napi_env env, napi_callback_info info);
napi_value
n10_os_getegid (napi_env env, napi_callback_info info);
napi_value
n10_os_setuid (napi_env env, napi_callback_info info);
napi_value
n10_os_setgid (napi_env env, napi_callback_info info);
napi_value
n10_os_getgroups (napi_env env, napi_callback_info info);
napi_value
n10_os_setgroups (napi_env env, napi_callback_info info);
napi_value
n10_os_initgroups (napi_env env, napi_callback_info info);
napi_value
n10_os_getpid (napi_env env, napi_callback_info info);
napi_value
n10_os_getppid (napi_env env, napi_callback_info info);
napi_value
n10_os_get_title (napi_env env, napi_callback_info info);
napi_value
n10_os_set_title (napi_env env, napi_callback_info info);
napi_value
n10_os_get_exec_path (napi_env env, napi_callback_info info);
napi_value
n10_os_get_env (napi_env env, napi_callback_info info);
napi_value
n10_os_setenv (napi_env env, napi_callback_info info);
napi_value
n10_os_unsetenv (napi_env env, napi_callback_info info);
napi_value
n10_os_exit (napi_env env, napi_callback_info info);
napi_value
n10_os_abort (napi_env env, napi_callback_info info);

/* ---- object.c: native objects without a uv handle ----
 *
 * Hash, Hmac, CipherBase, Sign, Verify and Zlib hold library state (OpenSSL contexts, a
 * z_stream), not a uv handle. Their struct starts with an n10_handle_t (uv = NULL, type one
 * of N10_HASH…), is tracked in e->objects, and is freed when the wrapper is collected. The
 * library state is released once: by digest()/final()/close(), by the finalizer, or by the
 * environment's cleanup hook (after the thread-pool work using it, if any, has ended). */

/* The start of every constructor: checks `new`, fetches this and the arguments. */
bool
n10_object_construct (napi_env env, napi_callback_info info, const char *name, size_t *argc, napi_value *argv, napi_value *self);

/* Wraps `self` around `h`, the first member of a calloc'd struct. On failure the struct is
 * released and freed (the caller must not touch it). */
napi_status
n10_object_wrap (napi_env env, napi_value self, n10_handle_t *h, n10_type_t type);

/* Fetches this (one of `types`) and the arguments; TypeError otherwise. */
static inline n10_handle_t *
n10_object_this (napi_env env, napi_callback_info info, unsigned types, size_t *argc, napi_value *argv) {
  return n10_handle_this(env, info, types, argc, argv, NULL);
}

static inline bool
n10_object_live (const n10_handle_t *h) {
  return !(h->flags & N10_OBJECT_RELEASED);
}

/* Frees the library state now (never while BUSY: the caller checks). Idempotent. */
void
n10_object_release (n10_handle_t *h);

/* Each class's own release (called by n10_object_release). */
void
n10_hash_release (n10_handle_t *h);
void
n10_hmac_release (n10_handle_t *h);
void
n10_cipher_release (n10_handle_t *h);
void
n10_sign_release (n10_handle_t *h);
void
n10_zlib_release (n10_handle_t *h);
void
n10_secure_context_release (n10_handle_t *h);
void
n10_connection_release (n10_handle_t *h);

/* Environment teardown: releases every object not busy. */
void
n10_objects_cleanup (n10_env_t *e);

/* ---- work.c: requests run on the thread pool (uv_queue_work) ---- */

typedef struct n10_work_s n10_work_t;

struct n10_work_s {
  uv_work_t req; /* first: the allocation starts here */
  n10_req_t base;
  /* On a thread-pool thread: no napi, no JS. */
  void (*run) (n10_work_t *w);
  /* On the loop thread, inside a handle scope, unless the environment is closing. status is
   * 0, or UV_ECANCELED when the work never ran (teardown). */
  void (*done) (n10_work_t *w, int status);
  /* Always, last (even while closing): releases what the work owns. May be NULL. */
  void (*cleanup) (n10_work_t *w);
  /* Set when the environment goes away: long work (prime generation) polls it and stops. */
  volatile int aborted;
};

/* A work request of `size` bytes (a struct starting with n10_work_t) for the JS request
 * object `req` (held until completion). `resource` names its own async context; NULL when
 * its callbacks run in the async context of the object it works on. NULL after throwing. */
n10_work_t *
n10_work_new (napi_env env, size_t size, napi_value req, const char *resource);

/* Queues it. On failure it is freed (cleanup runs) and the uv error returned. */
int
n10_work_queue (n10_work_t *w);

/* Environment teardown: cancels it if it has not started, and asks it to stop if it has. */
void
n10_work_abort (n10_req_t *r);

/* The same for every work request of the environment: exit() calls it first, because the
 * host's process.exit() joins the thread pool without running cleanup hooks. */
void
n10_work_abort_all (n10_env_t *e);

/* req.oncomplete(...argv) in the request's (or `async`) context. */
void
n10_work_complete (n10_work_t *w, napi_async_context async, size_t argc, napi_value *argv);

/* ---- crypto: random.c, hash.c, cipher.c, sign.c, bn.c, pbkdf2.c, crypto.c ---- */

napi_value
n10_random_fill (napi_env env, napi_callback_info info);
napi_value
n10_pbkdf2 (napi_env env, napi_callback_info info);
napi_value
n10_crypto_get_hashes (napi_env env, napi_callback_info info);
napi_value
n10_crypto_get_ciphers (napi_env env, napi_callback_info info);
napi_value
n10_crypto_get_cipher_info (napi_env env, napi_callback_info info);
napi_value
n10_crypto_get_hash_info (napi_env env, napi_callback_info info);

napi_value
n10_hash_new (napi_env env, napi_callback_info info);
napi_value
n10_hash_update (napi_env env, napi_callback_info info);
napi_value
n10_hash_digest (napi_env env, napi_callback_info info);
napi_value
n10_hash_copy (napi_env env, napi_callback_info info);
napi_value
n10_hash_id (napi_env env, napi_callback_info info);
napi_value
n10_hash_into (napi_env env, napi_callback_info info);
napi_value
n10_hmac_into (napi_env env, napi_callback_info info);

napi_value
n10_hmac_new (napi_env env, napi_callback_info info);
napi_value
n10_hmac_update (napi_env env, napi_callback_info info);
napi_value
n10_hmac_digest (napi_env env, napi_callback_info info);

napi_value
n10_cipher_new (napi_env env, napi_callback_info info);
napi_value
n10_cipher_init (napi_env env, napi_callback_info info);
napi_value
n10_cipher_update (napi_env env, napi_callback_info info);
napi_value
n10_cipher_final (napi_env env, napi_callback_info info);
napi_value
n10_cipher_set_auto_padding (napi_env env, napi_callback_info info);
napi_value
n10_cipher_bytes_to_key (napi_env env, napi_callback_info info);

napi_value
n10_sign_new (napi_env env, napi_callback_info info);
napi_value
n10_verify_new (napi_env env, napi_callback_info info);
napi_value
n10_sign_init (napi_env env, napi_callback_info info);
napi_value
n10_sign_update (napi_env env, napi_callback_info info);
napi_value
n10_sign_sign (napi_env env, napi_callback_info info);
napi_value
n10_verify_verify (napi_env env, napi_callback_info info);

napi_value
n10_bn_mod_pow (napi_env env, napi_callback_info info);
napi_value
n10_bn_generate_prime (napi_env env, napi_callback_info info);
napi_value
n10_bn_check_prime (napi_env env, napi_callback_info info);

/* ---- tls.c: SecureContext (SSL_CTX) and Connection (SSL over memory BIOs) ---- */

napi_value
n10_secure_context_new (napi_env env, napi_callback_info info);
napi_value
n10_secure_context_init (napi_env env, napi_callback_info info);
napi_value
n10_secure_context_set_min_proto (napi_env env, napi_callback_info info);
napi_value
n10_secure_context_set_max_proto (napi_env env, napi_callback_info info);
napi_value
n10_secure_context_set_key (napi_env env, napi_callback_info info);
napi_value
n10_secure_context_set_cert (napi_env env, napi_callback_info info);
napi_value
n10_secure_context_add_ca_cert (napi_env env, napi_callback_info info);
napi_value
n10_secure_context_add_crl (napi_env env, napi_callback_info info);
napi_value
n10_secure_context_add_root_certs (napi_env env, napi_callback_info info);
napi_value
n10_secure_context_set_ciphers (napi_env env, napi_callback_info info);
napi_value
n10_secure_context_set_options (napi_env env, napi_callback_info info);
napi_value
n10_secure_context_set_session_id_context (napi_env env, napi_callback_info info);
napi_value
n10_secure_context_load_pkcs12 (napi_env env, napi_callback_info info);
napi_value
n10_secure_context_get_ciphers (napi_env env, napi_callback_info info);
napi_value
n10_secure_context_close (napi_env env, napi_callback_info info);
napi_value
n10_connection_new (napi_env env, napi_callback_info info);
napi_value
n10_connection_enc_in (napi_env env, napi_callback_info info);
napi_value
n10_connection_enc_out (napi_env env, napi_callback_info info);
napi_value
n10_connection_clear_in (napi_env env, napi_callback_info info);
napi_value
n10_connection_clear_out (napi_env env, napi_callback_info info);
napi_value
n10_connection_enc_pending (napi_env env, napi_callback_info info);
napi_value
n10_connection_clear_pending (napi_env env, napi_callback_info info);
napi_value
n10_connection_start (napi_env env, napi_callback_info info);
napi_value
n10_connection_shutdown (napi_env env, napi_callback_info info);
napi_value
n10_connection_is_init_finished (napi_env env, napi_callback_info info);
napi_value
n10_connection_handshakes (napi_env env, napi_callback_info info);
napi_value
n10_connection_get_peer_certificate (napi_env env, napi_callback_info info);
napi_value
n10_connection_get_session (napi_env env, napi_callback_info info);
napi_value
n10_connection_set_session (napi_env env, napi_callback_info info);
napi_value
n10_connection_load_session (napi_env env, napi_callback_info info);
napi_value
n10_connection_take_new_session (napi_env env, napi_callback_info info);
napi_value
n10_connection_is_session_reused (napi_env env, napi_callback_info info);
napi_value
n10_connection_verify_error (napi_env env, napi_callback_info info);
napi_value
n10_connection_get_current_cipher (napi_env env, napi_callback_info info);
napi_value
n10_connection_set_npn_protocols (napi_env env, napi_callback_info info);
napi_value
n10_connection_get_negotiated_protocol (napi_env env, napi_callback_info info);
napi_value
n10_connection_get_servername (napi_env env, napi_callback_info info);
napi_value
n10_connection_set_context (napi_env env, napi_callback_info info);
napi_value
n10_connection_close (napi_env env, napi_callback_info info);

/* ---- zlib.c: Zlib (node 0.10's zlib binding) ---- */

napi_value
n10_zlib_new (napi_env env, napi_callback_info info);
napi_value
n10_zlib_init (napi_env env, napi_callback_info info);
napi_value
n10_zlib_write (napi_env env, napi_callback_info info);
napi_value
n10_zlib_write_sync (napi_env env, napi_callback_info info);
napi_value
n10_zlib_params (napi_env env, napi_callback_info info);
napi_value
n10_zlib_reset (napi_env env, napi_callback_info info);
napi_value
n10_zlib_pending (napi_env env, napi_callback_info info);
napi_value
n10_zlib_close (napi_env env, napi_callback_info info);
/* constants.zlib: Z_* and the modes */
napi_value
n10_zlib_constants (napi_env env);

/* ---- constants.c, errors.c: plain data ---- */

napi_value
n10_constants (napi_env env);
napi_value
n10_errors_uv_codes (napi_env env);
napi_value
n10_errors_errname (napi_env env, napi_callback_info info);

/* ---- util.c: arguments, values, errors ---- */

/* Each throws a TypeError naming `what` and returns false on a wrong type. */
bool
n10_arg_int32 (napi_env env, napi_value v, const char *what, int32_t *out);
bool
n10_arg_uint32 (napi_env env, napi_value v, const char *what, uint32_t *out);
bool
n10_arg_int64 (napi_env env, napi_value v, const char *what, int64_t *out);
bool
n10_arg_double (napi_env env, napi_value v, const char *what, double *out);
/* Truthiness, as 0.10's ->IsTrue() / BooleanValue(): never throws. */
bool
n10_arg_bool (napi_env env, napi_value v);
/* A malloc'd UTF-8 copy of a string argument (free it), or NULL after throwing. */
char *
n10_arg_string (napi_env env, napi_value v, const char *what);
/* An ArrayBufferView's bytes (Uint8Array, Buffer, any typed array, DataView). */
bool
n10_arg_bytes (napi_env env, napi_value v, const char *what, char **data, size_t *len);
/* buffer[, offset[, length]]: the bytes of an ArrayBufferView from offset (default 0) for
 * length (default: the rest). TypeError for a wrong type, RangeError outside the buffer. */
bool
n10_arg_range (napi_env env, napi_value buf, napi_value offset, napi_value length, const char *what, char **data, size_t *len);
/* (ip, port) into `addr`: false after throwing for wrong types; *err (a uv code) for an
 * address that does not parse or a port outside 0..65535. */
bool
n10_arg_sockaddr (napi_env env, napi_value ip_v, napi_value port_v, bool v6, struct sockaddr_storage *addr, int *err);
bool
n10_arg_object (napi_env env, napi_value v, const char *what);
bool
n10_arg_function (napi_env env, napi_value v, const char *what);
bool
n10_is_nullish (napi_env env, napi_value v);
bool
n10_is_object (napi_env env, napi_value v);

void
n10_throw_type_error (napi_env env, const char *fmt, ...);
void
n10_throw_range_error (napi_env env, const char *fmt, ...);

/* An Error for a failed uv call: message is the code name ('ENOENT'), with errno (the
 * negative uv code), code, syscall, and path/dest when given. Policy builds the message. */
napi_value
n10_uv_error (napi_env env, int err, const char *syscall, const char *path, const char *dest);
void
n10_throw_uv_error (napi_env env, int err, const char *syscall, const char *path, const char *dest);

napi_value
n10_int32 (napi_env env, int32_t v);
napi_value
n10_double (napi_env env, double v);
napi_value
n10_string (napi_env env, const char *s);
napi_value
n10_undefined (napi_env env);
napi_value
n10_bool (napi_env env, bool v);

/* A fresh Uint8Array holding a copy of `len` bytes (an ArrayBuffer of its own: the JS
 * packages wrap it as an n10 Buffer; napi_create_buffer would make a host Buffer). */
napi_value
n10_bytes_copy (napi_env env, const char *data, size_t len);

/* {address, family, port} of a sockaddr into `out`; returns `out`. */
napi_value
n10_sockaddr_to_object (napi_env env, const struct sockaddr *addr, napi_value out);

/* Sets obj[name] = value; false if it threw. */
bool
n10_set (napi_env env, napi_value obj, const char *name, napi_value value);

/* ---- codec.c: base64 and hex, both ways (node 0.10's node_buffer.cc codecs) ---- */
napi_value n10_codec_base64_slice (napi_env env, napi_callback_info info);
napi_value n10_codec_hex_slice (napi_env env, napi_callback_info info);
napi_value n10_codec_base64_write (napi_env env, napi_callback_info info);
napi_value n10_codec_hex_write (napi_env env, napi_callback_info info);
napi_value n10_codec_utf8_length (napi_env env, napi_callback_info info);

/* ---- math.c: Math.* as V8 3.14 on x64 computed them (x87 FPU and libm) ---- */
#if defined(__x86_64__) && defined(__GNUC__) && defined(__linux__)
#define N10_MATH_X87 1
napi_value n10_math_scratch_fn (napi_env env, napi_callback_info info);
napi_value n10_math_sin_scratch_fn (napi_env env, napi_callback_info info);
napi_value n10_math_cos_scratch_fn (napi_env env, napi_callback_info info);
napi_value n10_math_tan_scratch_fn (napi_env env, napi_callback_info info);
napi_value n10_math_log_scratch_fn (napi_env env, napi_callback_info info);
napi_value n10_math_exp_scratch_fn (napi_env env, napi_callback_info info);
napi_value n10_math_atan_scratch_fn (napi_env env, napi_callback_info info);
napi_value n10_math_asin_scratch_fn (napi_env env, napi_callback_info info);
napi_value n10_math_acos_scratch_fn (napi_env env, napi_callback_info info);
napi_value n10_math_atan2_scratch_fn (napi_env env, napi_callback_info info);
napi_value n10_math_pow_scratch_fn (napi_env env, napi_callback_info info);
double n10_math_trig (double x, int op);
double n10_math_log (double x);
double n10_math_atan2 (double y, double x);
double n10_math_pow (double x, double y);
#else
#define N10_MATH_X87 0
#endif

#endif /* N10_H */
