"""The collector in linked programs: the main process's stack as roots,
precise tracing through codegen-style descriptors, bounded memory."""

import re
import subprocess

from rt_programs import mesh_program

# A codegen-style record descriptor and a pointer array, plus checks that
# end the program with a panic (exit 101) on any corruption.
GC_HELPERS = r"""
#include <stddef.h>
#include <stdio.h>
#include <sys/resource.h>
#include <time.h>

typedef struct node {
    mesh_obj_header hdr;
    int64_t value;
    struct node *next;
    mesh_string *label;
} node;
static const int64_t node_ptrs[2] = { offsetof(node, next), offsetof(node, label) };
static const char *const node_fields[3] = { "value", "next", "label" };
static const mesh_type_desc node_desc = {
    .kind = MESH_KIND_RECORD, .flags = MESH_DESC_POINTER, .size = sizeof(node),
    .n_ptrs = 2, .ptr_offsets = node_ptrs, .name = "Node", .n_fields = 3,
    .field_names = node_fields };
static const mesh_type_desc array_desc = {
    .kind = MESH_KIND_PTR_ARRAY, .flags = MESH_DESC_POINTER, .size = 24,
    .elem_size = 8, .name = "Array" };

static void check(int ok, const char *what) {
    if (!ok) mesh_rt_panic_cstr(what, "gc test", __LINE__);
}

static node *cons(int64_t value, node *next) {
    node *n = mesh_rt_alloc(&node_desc, sizeof(node));
    n->value = value;
    n->next = next;
    n->label = mesh_rt_int_to_string(value * 3);
    return n;
}

static int64_t verify_chain(node *n, int64_t expect_len) {
    int64_t count = 0, sum = 0;
    char text[32];
    for (; n; n = n->next, count++) {
        check(n->hdr.desc == &node_desc, "node header");
        int len = snprintf(text, sizeof text, "%lld", (long long)(n->value * 3));
        check(n->label->len == len && memcmp(n->label->bytes, text, len) == 0,
              "node label");
        sum += n->value;
    }
    check(count == expect_len, "chain length");
    return sum;
}

static void garbage(int64_t n) {
    for (int64_t i = 0; i < n; i++) {
        mesh_string *s = mesh_rt_int_to_string(i);
        check(s->len > 0, "garbage string");
    }
}

/* Peak resident memory of this address space.  VmHWM rather than
 * getrusage: ru_maxrss survives execve, so it would report the Python
 * process that forked us. */
static long peak_rss_kb(void) {
    char buf[4096];
    long kb = -1;
    FILE *f = fopen("/proc/self/status", "r");
    if (f) {
        while (fgets(buf, sizeof buf, f))
            if (sscanf(buf, "VmHWM: %ld kB", &kb) == 1)
                break;
        fclose(f);
    }
    if (kb < 0) {
        struct rusage ru;
        getrusage(RUSAGE_SELF, &ru);
        kb = ru.ru_maxrss;
    }
    return kb;
}

static void print_stats(void) {
    mesh_gc_stats st;
    char line[160];
    mesh_rt_gc_stats(&st);
    snprintf(line, sizeof line, "collections=%lld live=%lld heap=%lld",
             (long long)st.collections, (long long)st.live_bytes,
             (long long)st.heap_bytes);
    mesh_rt_println(mesh_rt_string_new(line, (int64_t)strlen(line)));
}
"""


def run(exe):
    return subprocess.run([str(exe)], capture_output=True, timeout=120, check=False)


def stats(stdout: bytes) -> dict[str, int]:
    found = re.findall(rb"(\w+)=(-?\d+(?:\.\d+)?)", stdout)
    return {k.decode(): float(v) for k, v in found}


def test_chain_on_the_stack_survives_many_collections(build_program):
    exe = build_program(
        mesh_program(
            r"""
            node *head = NULL;
            for (int64_t i = 0; i < 20000; i++) {
                head = cons(i, head);
                if (i % 100 == 0) garbage(200);
            }
            for (int round = 0; round < 20; round++) {
                garbage(20000);
                mesh_rt_gc_collect();
                check(verify_chain(head, 20000) == 20000LL * 19999 / 2, "sum");
            }
            print_stats();
            """,
            GC_HELPERS,
        )
    )
    result = run(exe)
    assert result.returncode == 0, result.stderr
    s = stats(result.stdout)
    assert s["collections"] >= 20
    # 20000 nodes (40 B) + labels (32 B) live, little else.
    assert 20000 * 72 <= s["live"] < 20000 * 72 * 1.2


def test_roots_in_deep_recursion_and_registers(build_program):
    helpers = (
        GC_HELPERS
        + r"""
    static int64_t deep(int64_t depth, node *parent) {
        node *mine = cons(depth, parent);   /* only this frame knows it */
        if (depth == 0) {
            garbage(50000);
            mesh_rt_gc_collect();
            return verify_chain(mine, 3001);
        }
        int64_t sum = deep(depth - 1, mine);
        check(mine->value == depth && mine->next == parent, "frame's node");
        return sum;
    }
    """
    )
    exe = build_program(
        mesh_program(
            r"""
            int64_t sum = deep(3000, NULL);
            check(sum == 3000LL * 3001 / 2, "deep sum");
            mesh_rt_println(lit("deep ok"));
            """,
            helpers,
        ),
        cflags=["-O2"],
    )
    result = run(exe)
    assert result.returncode == 0, result.stderr
    assert result.stdout == b"deep ok\n"


def test_interior_pointer_keeps_the_object(build_program):
    exe = build_program(
        mesh_program(
            r"""
            volatile uintptr_t inner;
            {
                mesh_string *s = lit("interior pointers count");
                inner = (uintptr_t)(s->bytes + 9);   /* into "pointers" */
            }
            for (int round = 0; round < 10; round++) {
                garbage(100000);
                mesh_rt_gc_collect();
            }
            mesh_string *back = (mesh_string *)(inner - 9 - offsetof(mesh_string, bytes));
            check(back->hdr.desc == &mesh_rt_string_desc, "header kept");
            mesh_rt_println(back);
            """,
            GC_HELPERS,
        )
    )
    result = run(exe)
    assert result.returncode == 0, result.stderr
    assert result.stdout == b"interior pointers count\n"


def test_registered_root_static_objects_and_arrays(build_program):
    helpers = (
        GC_HELPERS
        + r"""
    static void *module_value;           /* a registered global root */
    static const struct { mesh_obj_header hdr; int64_t len; char bytes[4]; }
        static_label = { { &mesh_rt_string_desc, MESH_FLAG_STATIC }, 3, "126" };
    static const node static_node = {
        { &node_desc, MESH_FLAG_STATIC }, 42, NULL, (mesh_string *)&static_label };
    __attribute__((noinline)) static void fill_globals(void) {
        mesh_obj_header *arr = mesh_rt_alloc(&array_desc, 24 + 8 * 1000);
        ((int64_t *)arr)[2] = 1000;
        module_value = arr;
        for (int64_t i = 0; i < 1000; i++) {
            node *n = cons(i, (node *)&static_node);
            ((node **)((char *)arr + 24))[i] = n;
        }
    }
    __attribute__((noinline)) static void check_globals(void) {
        node **elems = (node **)((char *)module_value + 24);
        for (int64_t i = 0; i < 1000; i++) {
            check(elems[i]->value == i, "array element");
            check(elems[i]->next == &static_node, "pointer to a static");
            check(verify_chain(elems[i], 2) == i + 42, "element chain");
        }
        check(static_node.hdr.flags == MESH_FLAG_STATIC, "static untouched");
    }
    """
    )
    exe = build_program(
        mesh_program(
            r"""
            mesh_rt_gc_register_root(&module_value);
            fill_globals();
            for (int round = 0; round < 10; round++) {
                garbage(50000);
                mesh_rt_gc_collect();
            }
            check_globals();
            print_stats();
            /* Unregistered and dropped: nothing else refers to them (the
             * helpers ran in frames of their own, now gone). */
            mesh_rt_gc_unregister_root(&module_value);
            module_value = NULL;
            mesh_rt_gc_collect();
            print_stats();
            """,
            helpers,
        )
    )
    result = run(exe)
    assert result.returncode == 0, result.stderr
    before, after = result.stdout.splitlines()
    # The array (8 KiB) and 1000 nodes with labels, then (almost) nothing.
    assert stats(before)["live"] >= 8024 + 1000 * 72
    assert stats(after)["live"] < 8024


def test_large_objects_are_freed_and_kept(build_program):
    exe = build_program(
        mesh_program(
            r"""
            mesh_string *keep = NULL;
            for (int i = 0; i < 400; i++) {
                mesh_string *big = mesh_rt_alloc(&mesh_rt_string_desc, 24 + 100000 + 1);
                big->len = 100000;
                memset(big->bytes, 'a' + i % 26, 100000);
                if (i == 7) keep = big;
            }
            mesh_rt_gc_collect();
            check(keep->len == 100000 && keep->bytes[99999] == 'h', "large kept");
            print_stats();
            """,
            GC_HELPERS,
        )
    )
    result = run(exe)
    assert result.returncode == 0, result.stderr
    s = stats(result.stdout)
    # 40 MB went through large objects; `keep` survives, and perhaps the
    # last `big`, whose value the loop may leave in a register or stack slot
    # (conservative roots).
    assert s["heap"] < 8 * 1024 * 1024
    assert 100000 <= s["live"] < 300000


def test_hundred_million_allocations_in_bounded_memory(build_program):
    # 100 million objects (3 records : 1 string, 2.9 GB in all) with a live
    # ring of 1000 records held by a pointer array on the stack; records
    # are allocated through the inline fast path codegen will use.
    exe = build_program(
        mesh_program(
            r"""
            struct timespec t0, t1;
            clock_gettime(CLOCK_MONOTONIC, &t0);
            enum { RING = 1000 };
            mesh_obj_header *ring = mesh_rt_alloc(&array_desc, 24 + 8 * RING);
            ((int64_t *)ring)[2] = RING;
            node **slots = (node **)((char *)ring + 24);
            mesh_string *text = NULL;
            int64_t made = 1;
            for (int64_t i = 0; made < 100000000; i++) {
                if ((i & 3) == 0) {
                    text = mesh_rt_string_new("payload", 7);
                    made++;
                }
                node *n = mesh_rt_alloc_inline(&node_desc, sizeof(node));
                n->value = i;
                n->label = text;
                n->next = slots[i % RING];
                if (n->next) n->next->next = NULL;   /* keep chains short */
                slots[i % RING] = n;
                made++;
            }
            for (int64_t k = 0; k < RING; k++)
                check(slots[k]->value % RING == k && slots[k]->label->len == 7, "ring");
            clock_gettime(CLOCK_MONOTONIC, &t1);
            char line[128];
            snprintf(line, sizeof line, "rss_kb=%ld seconds=%.2f", peak_rss_kb(),
                     (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9);
            mesh_rt_println(mesh_rt_string_new(line, (int64_t)strlen(line)));
            print_stats();
            """,
            GC_HELPERS,
        ),
        cflags=["-O2"],
    )
    result = run(exe)
    assert result.returncode == 0, result.stderr
    s = stats(result.stdout)
    print(result.stdout.decode())
    assert s["rss_kb"] < 64 * 1024, s
    assert s["collections"] > 100, s
