/*
 * os.c: system and process queries (node 0.10's node_os.cc and the C parts of process).
 *
 * Convention: a call that only does something returns 0 or a negative uv code (chdir,
 * kill, setuid…); a query that returns a value throws an Error {errno, code, syscall} on
 * the rare failure (cwd, getHostname…). Names are resolved by separate calls
 * (setuid takes a number: JS resolves a user name first), so no message is built here.
 */
#include "n10.h"

#include <errno.h>
#include <grp.h>
#include <stdio.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#define N10_ARGS(n) \
  size_t argc = (n); \
  napi_value argv[n]; \
  N10_CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));

napi_value
n10_os_get_hostname (napi_env env, napi_callback_info info) {
  (void) info;
  char buf[UV_MAXHOSTNAMESIZE];
  size_t len = sizeof(buf);
  int err = uv_os_gethostname(buf, &len);
  if (err != 0) {
    n10_throw_uv_error(env, err, "gethostname", NULL, NULL);
    return NULL;
  }
  return n10_string(env, buf);
}

/* getLoadAvg([out]) → [1, 5, 15 minute averages], filling `out` when given */
napi_value
n10_os_get_loadavg (napi_env env, napi_callback_info info) {
  double avg[3];
  napi_value out;
  N10_ARGS(1)
  uv_loadavg(avg);
  if (n10_is_object(env, argv[0])) out = argv[0];
  else N10_CHECK(napi_create_array_with_length(env, 3, &out));
  for (uint32_t i = 0; i < 3; i++) N10_CHECK(napi_set_element(env, out, i, n10_double(env, avg[i])));
  return out;
}

napi_value
n10_os_get_uptime (napi_env env, napi_callback_info info) {
  (void) info;
  double up;
  int err = uv_uptime(&up);
  if (err != 0) {
    n10_throw_uv_error(env, err, "uv_uptime", NULL, NULL);
    return NULL;
  }
  return n10_double(env, up);
}

napi_value
n10_os_get_free_mem (napi_env env, napi_callback_info info) {
  (void) info;
  return n10_double(env, (double) uv_get_free_memory());
}

napi_value
n10_os_get_total_mem (napi_env env, napi_callback_info info) {
  (void) info;
  return n10_double(env, (double) uv_get_total_memory());
}

/* [{model, speed, times: {user, nice, sys, idle, irq}}] */
napi_value
n10_os_get_cpus (napi_env env, napi_callback_info info) {
  (void) info;
  uv_cpu_info_t *cpus;
  int count;
  napi_value arr;
  int err = uv_cpu_info(&cpus, &count);
  if (err != 0) {
    n10_throw_uv_error(env, err, "uv_cpu_info", NULL, NULL);
    return NULL;
  }
  if (napi_create_array_with_length(env, (size_t) count, &arr) != napi_ok) arr = NULL;
  for (int i = 0; arr != NULL && i < count; i++) {
    napi_value cpu, times;
    if (napi_create_object(env, &cpu) != napi_ok || napi_create_object(env, &times) != napi_ok) {
      arr = NULL;
      break;
    }
    n10_set(env, cpu, "model", n10_string(env, cpus[i].model));
    n10_set(env, cpu, "speed", n10_double(env, cpus[i].speed));
    n10_set(env, times, "user", n10_double(env, (double) cpus[i].cpu_times.user));
    n10_set(env, times, "nice", n10_double(env, (double) cpus[i].cpu_times.nice));
    n10_set(env, times, "sys", n10_double(env, (double) cpus[i].cpu_times.sys));
    n10_set(env, times, "idle", n10_double(env, (double) cpus[i].cpu_times.idle));
    n10_set(env, times, "irq", n10_double(env, (double) cpus[i].cpu_times.irq));
    n10_set(env, cpu, "times", times);
    napi_set_element(env, arr, (uint32_t) i, cpu);
  }
  uv_free_cpu_info(cpus, count);
  return arr;
}

static napi_value
n10_os__uname (napi_env env, bool release) {
  uv_utsname_t u;
  int err = uv_os_uname(&u);
  if (err != 0) {
    n10_throw_uv_error(env, err, "uname", NULL, NULL);
    return NULL;
  }
  return n10_string(env, release ? u.release : u.sysname);
}

napi_value
n10_os_get_os_type (napi_env env, napi_callback_info info) {
  (void) info;
  return n10_os__uname(env, false);
}

napi_value
n10_os_get_os_release (napi_env env, napi_callback_info info) {
  (void) info;
  return n10_os__uname(env, true);
}

/* {name: [{address, netmask, family, mac, internal, scopeid (IPv6 only)}]} */
napi_value
n10_os_get_interface_addresses (napi_env env, napi_callback_info info) {
  (void) info;
  uv_interface_address_t *ifs;
  int count;
  napi_value out;
  int err = uv_interface_addresses(&ifs, &count);
  if (err != 0) {
    n10_throw_uv_error(env, err, "uv_interface_addresses", NULL, NULL);
    return NULL;
  }
  if (napi_create_object(env, &out) != napi_ok) out = NULL;
  for (int i = 0; out != NULL && i < count; i++) {
    uv_interface_address_t *a = &ifs[i];
    napi_value list, o;
    bool has = false;
    uint32_t len = 0;
    char ip[INET6_ADDRSTRLEN], mask[INET6_ADDRSTRLEN], mac[18];
    napi_has_named_property(env, out, a->name, &has);
    if (has) napi_get_named_property(env, out, a->name, &list);
    else {
      napi_create_array(env, &list);
      napi_set_named_property(env, out, a->name, list);
    }
    napi_get_array_length(env, list, &len);
    if (napi_create_object(env, &o) != napi_ok) break;
    snprintf(mac, sizeof(mac), "%02x:%02x:%02x:%02x:%02x:%02x", (unsigned char) a->phys_addr[0], (unsigned char) a->phys_addr[1], (unsigned char) a->phys_addr[2], (unsigned char) a->phys_addr[3], (unsigned char) a->phys_addr[4], (unsigned char) a->phys_addr[5]);
    if (a->address.address4.sin_family == AF_INET) {
      uv_ip4_name(&a->address.address4, ip, sizeof(ip));
      uv_ip4_name(&a->netmask.netmask4, mask, sizeof(mask));
      n10_set(env, o, "address", n10_string(env, ip));
      n10_set(env, o, "netmask", n10_string(env, mask));
      n10_set(env, o, "family", n10_string(env, "IPv4"));
    } else if (a->address.address6.sin6_family == AF_INET6) {
      uv_ip6_name(&a->address.address6, ip, sizeof(ip));
      uv_ip6_name(&a->netmask.netmask6, mask, sizeof(mask));
      n10_set(env, o, "address", n10_string(env, ip));
      n10_set(env, o, "netmask", n10_string(env, mask));
      n10_set(env, o, "family", n10_string(env, "IPv6"));
    } else {
      continue;
    }
    n10_set(env, o, "mac", n10_string(env, mac));
    n10_set(env, o, "internal", n10_bool(env, a->is_internal));
    if (a->address.address6.sin6_family == AF_INET6) n10_set(env, o, "scopeid", n10_double(env, a->address.address6.sin6_scope_id));
    napi_set_element(env, list, len, o);
  }
  uv_free_interface_addresses(ifs, count);
  return out;
}

napi_value
n10_os_get_endianness (napi_env env, napi_callback_info info) {
  (void) info;
  const uint16_t probe = 1;
  return n10_string(env, *(const uint8_t *) &probe ? "LE" : "BE");
}

/* hrtime([out]) → [seconds, nanoseconds] of a monotonic clock; fills `out` (an Array, a
 * Float64Array or a Uint32Array) when given, which avoids an allocation per call. */
napi_value
n10_os_hrtime (napi_env env, napi_callback_info info) {
  uint64_t t = uv_hrtime();
  double sec = (double) (t / 1000000000u), nsec = (double) (t % 1000000000u);
  napi_value out;
  bool is = false;
  N10_ARGS(1)
  if (napi_is_typedarray(env, argv[0], &is) == napi_ok && is) {
    napi_typedarray_type type;
    size_t len;
    void *data;
    N10_CHECK(napi_get_typedarray_info(env, argv[0], &type, &len, &data, NULL, NULL));
    if (len >= 2 && type == napi_float64_array) {
      ((double *) data)[0] = sec;
      ((double *) data)[1] = nsec;
      return argv[0];
    }
    if (len >= 2 && type == napi_uint32_array) {
      ((uint32_t *) data)[0] = (uint32_t) sec;
      ((uint32_t *) data)[1] = (uint32_t) nsec;
      return argv[0];
    }
    n10_throw_type_error(env, "out must be an Array, or a Float64Array/Uint32Array of length >= 2");
    return NULL;
  }
  if (n10_is_object(env, argv[0])) out = argv[0];
  else N10_CHECK(napi_create_array_with_length(env, 2, &out));
  N10_CHECK(napi_set_element(env, out, 0, n10_double(env, sec)));
  N10_CHECK(napi_set_element(env, out, 1, n10_double(env, nsec)));
  return out;
}

napi_value
n10_os_get_resident_memory (napi_env env, napi_callback_info info) {
  (void) info;
  size_t rss = 0;
  int err = uv_resident_set_memory(&rss);
  if (err != 0) {
    n10_throw_uv_error(env, err, "uv_resident_set_memory", NULL, NULL);
    return NULL;
  }
  return n10_double(env, (double) rss);
}

/* Calls the host process object's method (captured at load), or returns NULL. */
static napi_value
n10_os__host_call (napi_env env, const char *method, size_t argc, napi_value *argv) {
  n10_env_t *e = n10_env(env);
  napi_value proc, fn, result;
  napi_valuetype t;
  if (e->host_process == NULL || napi_get_reference_value(env, e->host_process, &proc) != napi_ok || proc == NULL) return NULL;
  if (napi_get_named_property(env, proc, method, &fn) != napi_ok) return NULL;
  if (napi_typeof(env, fn, &t) != napi_ok || t != napi_function) return NULL;
  if (napi_call_function(env, proc, fn, argc, argv, &result) != napi_ok) return NULL;
  return result;
}

/* memoryUsage() → {rss, heapTotal, heapUsed}: the heap numbers are V8's, from the host, and so
 * is rss when the host answers (it has just read it; reading it twice halved the rate). */
napi_value
n10_os_memory_usage (napi_env env, napi_callback_info info) {
  (void) info;
  static const char *const fields[] = { "rss", "heapTotal", "heapUsed" };
  napi_value out, host, v;
  bool pending = false;
  N10_CHECK(napi_create_object(env, &out));
  host = n10_os__host_call(env, "memoryUsage", 0, NULL);
  napi_is_exception_pending(env, &pending);
  if (pending) return NULL;
  for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
    if (host != NULL && n10_is_object(env, host) && napi_get_named_property(env, host, fields[i], &v) == napi_ok) {
      n10_set(env, out, fields[i], v);
    } else if (i == 0) {
      size_t rss = 0;
      uv_resident_set_memory(&rss);
      n10_set(env, out, "rss", n10_double(env, (double) rss));
    } else {
      n10_set(env, out, fields[i], n10_int32(env, 0));
    }
  }
  return out;
}

/* uptime() → seconds since this process started (the host knows when that was). */
napi_value
n10_os_process_uptime (napi_env env, napi_callback_info info) {
  (void) info;
  napi_value v = n10_os__host_call(env, "uptime", 0, NULL);
  bool pending = false;
  napi_is_exception_pending(env, &pending);
  if (pending) return NULL;
  return v != NULL ? v : n10_double(env, 0);
}

/* kill(pid, signum) → err */
napi_value
n10_os_kill (napi_env env, napi_callback_info info) {
  int32_t pid, sig;
  N10_ARGS(2)
  if (!n10_arg_int32(env, argv[0], "pid", &pid)) return NULL;
  if (!n10_arg_int32(env, argv[1], "signal", &sig)) return NULL;
  return n10_int32(env, uv_kill(pid, sig));
}

/* umask([mask]) → the previous mask; without a mask, only reads it */
napi_value
n10_os_umask (napi_env env, napi_callback_info info) {
  uint32_t mask;
  mode_t old;
  N10_ARGS(1)
  if (n10_is_nullish(env, argv[0])) {
    old = umask(0);
    umask(old);
  } else {
    if (!n10_arg_uint32(env, argv[0], "mask", &mask)) return NULL;
    old = umask((mode_t) (mask & 0777));
  }
  return n10_int32(env, (int32_t) old);
}

/* chdir(path) → err */
/* chdir(path) → err. The host caches its working directory (path.resolve asks for it on
 * every call), so after a change the host is told too; where it cannot be (a worker thread,
 * whose host cache follows only the main thread's changes) cwd() stops asking it. */
napi_value
n10_os_chdir (napi_env env, napi_callback_info info) {
  N10_ARGS(1)
  char *path = n10_arg_string(env, argv[0], "path");
  if (path == NULL) return NULL;
  int err = uv_chdir(path);
  free(path);
  if (err == 0) {
    char buf[4096 + 1];
    size_t len = sizeof(buf);
    napi_value cwd, ignored;
    if (uv_cwd(buf, &len) != 0 || napi_create_string_utf8(env, buf, len, &cwd) != napi_ok ||
        n10_os__host_call(env, "chdir", 1, &cwd) == NULL) {
      napi_get_and_clear_last_exception(env, &ignored);
      n10_env(env)->cwd_untracked = true;
    }
  }
  return n10_int32(env, err);
}

/* cwd() → the working directory: the host's answer (cached until a chdir, see above), or
 * libuv's when there is no host process object. */
napi_value
n10_os_cwd (napi_env env, napi_callback_info info) {
  (void) info;
  if (!n10_env(env)->cwd_untracked) {
    napi_value v = n10_os__host_call(env, "cwd", 0, NULL);
    napi_valuetype t;
    if (v != NULL && napi_typeof(env, v, &t) == napi_ok && t == napi_string) return v;
    bool pending = false;
    napi_is_exception_pending(env, &pending);
    if (pending) return NULL;
  }
  char buf[4096 + 1];
  size_t len = sizeof(buf);
  int err = uv_cwd(buf, &len);
  if (err != 0) {
    n10_throw_uv_error(env, err, "uv_cwd", NULL, NULL);
    return NULL;
  }
  return n10_string(env, buf);
}

napi_value
n10_os_getuid (napi_env env, napi_callback_info info) {
  (void) info;
  return n10_double(env, (double) getuid());
}

napi_value
n10_os_geteuid (napi_env env, napi_callback_info info) {
  (void) info;
  return n10_double(env, (double) geteuid());
}

napi_value
n10_os_getgid (napi_env env, napi_callback_info info) {
  (void) info;
  return n10_double(env, (double) getgid());
}

napi_value
n10_os_getegid (napi_env env, napi_callback_info info) {
  (void) info;
  return n10_double(env, (double) getegid());
}

/* A user or group: a number, or a name looked up here (-1 when unknown). */
static bool
n10_os__id (napi_env env, napi_value v, bool group, int64_t *out) {
  napi_valuetype t;
  if (napi_typeof(env, v, &t) == napi_ok && t == napi_number) return n10_arg_int64(env, v, "id", out);
  char *name = n10_arg_string(env, v, group ? "group" : "user");
  if (name == NULL) return false;
  char buf[16384];
  *out = -1;
  if (group) {
    struct group g, *res = NULL;
    if (getgrnam_r(name, &g, buf, sizeof(buf), &res) == 0 && res != NULL) *out = res->gr_gid;
  } else {
    struct passwd p, *res = NULL;
    if (getpwnam_r(name, &p, buf, sizeof(buf), &res) == 0 && res != NULL) *out = res->pw_uid;
  }
  free(name);
  return true;
}

/* setuid(id | name) setgid(id | name) → err; UV_ENOENT (-2) for an unknown name */
static napi_value
n10_os__set_id (napi_env env, napi_callback_info info, bool group) {
  int64_t id;
  N10_ARGS(1)
  if (!n10_os__id(env, argv[0], group, &id)) return NULL;
  if (id < 0) return n10_int32(env, UV_ENOENT);
  int rc = group ? setgid((gid_t) id) : setuid((uid_t) id);
  return n10_int32(env, rc == 0 ? 0 : uv_translate_sys_error(errno));
}

napi_value
n10_os_setuid (napi_env env, napi_callback_info info) {
  return n10_os__set_id(env, info, false);
}

napi_value
n10_os_setgid (napi_env env, napi_callback_info info) {
  return n10_os__set_id(env, info, true);
}

/* getgroups() → supplementary groups, the effective gid included */
napi_value
n10_os_getgroups (napi_env env, napi_callback_info info) {
  (void) info;
  int n = getgroups(0, NULL);
  napi_value arr;
  if (n < 0) {
    n10_throw_uv_error(env, uv_translate_sys_error(errno), "getgroups", NULL, NULL);
    return NULL;
  }
  gid_t *groups = calloc((size_t) n + 1, sizeof(gid_t));
  if (groups == NULL) return NULL;
  n = getgroups(n, groups);
  if (n < 0) {
    free(groups);
    n10_throw_uv_error(env, uv_translate_sys_error(errno), "getgroups", NULL, NULL);
    return NULL;
  }
  /* The effective gid is a member too, listed or not (as 0.10's getgroups reported). */
  gid_t egid = getegid();
  bool has_egid = false;
  for (int i = 0; i < n; i++) has_egid = has_egid || groups[i] == egid;
  if (!has_egid) groups[n++] = egid;
  if (napi_create_array_with_length(env, (size_t) n, &arr) == napi_ok) {
    for (int i = 0; i < n; i++) napi_set_element(env, arr, (uint32_t) i, n10_double(env, (double) groups[i]));
  } else {
    arr = NULL;
  }
  free(groups);
  return arr;
}

/* setgroups([id | name, …]) → err; UV_ENOENT for an unknown group name */
napi_value
n10_os_setgroups (napi_env env, napi_callback_info info) {
  bool is = false;
  uint32_t n;
  N10_ARGS(1)
  if (napi_is_array(env, argv[0], &is) != napi_ok || !is) {
    n10_throw_type_error(env, "groups must be an array");
    return NULL;
  }
  N10_CHECK(napi_get_array_length(env, argv[0], &n));
  gid_t *groups = calloc((size_t) n + 1, sizeof(gid_t));
  if (groups == NULL) return NULL;
  for (uint32_t i = 0; i < n; i++) {
    napi_value el;
    int64_t id;
    if (napi_get_element(env, argv[0], i, &el) != napi_ok || !n10_os__id(env, el, true, &id)) {
      free(groups);
      return NULL;
    }
    if (id < 0) {
      free(groups);
      return n10_int32(env, UV_ENOENT);
    }
    groups[i] = (gid_t) id;
  }
  int rc = setgroups(n, groups);
  free(groups);
  return n10_int32(env, rc == 0 ? 0 : uv_translate_sys_error(errno));
}

/* initgroups(user, extraGroup) → err; UV_ENOENT for an unknown name */
napi_value
n10_os_initgroups (napi_env env, napi_callback_info info) {
  int64_t uid, gid;
  char buf[16384];
  struct passwd p, *res = NULL;
  N10_ARGS(2)
  if (!n10_os__id(env, argv[0], false, &uid)) return NULL;
  if (!n10_os__id(env, argv[1], true, &gid)) return NULL;
  if (uid < 0 || gid < 0) return n10_int32(env, UV_ENOENT);
  if (getpwuid_r((uid_t) uid, &p, buf, sizeof(buf), &res) != 0 || res == NULL) return n10_int32(env, UV_ENOENT);
  int rc = initgroups(res->pw_name, (gid_t) gid);
  return n10_int32(env, rc == 0 ? 0 : uv_translate_sys_error(errno));
}

napi_value
n10_os_getpid (napi_env env, napi_callback_info info) {
  (void) info;
  return n10_int32(env, uv_os_getpid());
}

napi_value
n10_os_getppid (napi_env env, napi_callback_info info) {
  (void) info;
  return n10_int32(env, uv_os_getppid());
}

napi_value
n10_os_get_title (napi_env env, napi_callback_info info) {
  (void) info;
  char buf[1024];
  if (uv_get_process_title(buf, sizeof(buf)) != 0) buf[0] = '\0';
  return n10_string(env, buf);
}

/* setTitle(title) → err */
napi_value
n10_os_set_title (napi_env env, napi_callback_info info) {
  N10_ARGS(1)
  char *title = n10_arg_string(env, argv[0], "title");
  if (title == NULL) return NULL;
  int err = uv_set_process_title(title);
  free(title);
  return n10_int32(env, err);
}

napi_value
n10_os_get_exec_path (napi_env env, napi_callback_info info) {
  (void) info;
  char buf[4096 + 1];
  size_t len = sizeof(buf);
  int err = uv_exepath(buf, &len);
  if (err != 0) {
    n10_throw_uv_error(env, err, "uv_exepath", NULL, NULL);
    return NULL;
  }
  return n10_string(env, buf);
}

/* getEnv() → {NAME: value} from this process's environment */
napi_value
n10_os_get_env (napi_env env, napi_callback_info info) {
  (void) info;
  uv_env_item_t *items;
  int count;
  napi_value out;
  int err = uv_os_environ(&items, &count);
  if (err != 0) {
    n10_throw_uv_error(env, err, "uv_os_environ", NULL, NULL);
    return NULL;
  }
  if (napi_create_object(env, &out) != napi_ok) out = NULL;
  for (int i = 0; out != NULL && i < count; i++) n10_set(env, out, items[i].name, n10_string(env, items[i].value));
  uv_os_free_environ(items, count);
  return out;
}

/* setEnv(name, value) unsetEnv(name) → err */
napi_value
n10_os_setenv (napi_env env, napi_callback_info info) {
  N10_ARGS(2)
  char *name = n10_arg_string(env, argv[0], "name");
  if (name == NULL) return NULL;
  char *value = n10_arg_string(env, argv[1], "value");
  if (value == NULL) {
    free(name);
    return NULL;
  }
  int err = uv_os_setenv(name, value);
  free(name);
  free(value);
  return n10_int32(env, err);
}

napi_value
n10_os_unsetenv (napi_env env, napi_callback_info info) {
  N10_ARGS(1)
  char *name = n10_arg_string(env, argv[0], "name");
  if (name == NULL) return NULL;
  int err = uv_os_unsetenv(name);
  free(name);
  return n10_int32(env, err);
}

/* exit(code): through the host's process.exit, so the host shuts down cleanly (and a worker
 * thread ends only itself). */
napi_value
n10_os_exit (napi_env env, napi_callback_info info) {
  int32_t code = 0;
  N10_ARGS(1)
  if (!n10_is_nullish(env, argv[0]) && !n10_arg_int32(env, argv[0], "code", &code)) return NULL;
  /* The host's exit joins the thread pool without running cleanup hooks (on the main
   * thread): long work (prime generation) must be told to stop first. */
  n10_work_abort_all(n10_env(env));
  napi_value arg = n10_int32(env, code);
  if (n10_os__host_call(env, "exit", 1, &arg) == NULL) {
    bool pending = false;
    napi_is_exception_pending(env, &pending);
    if (!pending) exit(code);
  }
  return NULL;
}

napi_value
n10_os_abort (napi_env env, napi_callback_info info) {
  (void) env;
  (void) info;
  abort();
  return NULL;
}
