"""Collections in linked programs: panic messages, closures, a program-shaped
use of the descriptor macros of mesh_rt.h."""

import subprocess

import pytest
from rt_programs import mesh_program

DESCS = r"""
static const mesh_type_desc *const int_params[1] = {&mesh_rt_int_desc};
static const mesh_type_desc list_int = MESH_LIST_DESC(int_params);
static const mesh_type_desc queue_int = MESH_QUEUE_DESC(int_params);
static const mesh_type_desc *const str_params[1] = {&mesh_rt_string_desc};
static const mesh_type_desc list_str = MESH_LIST_DESC(str_params);
static const mesh_type_desc *const si_params[2] = {&mesh_rt_string_desc, &mesh_rt_int_desc};
static const mesh_type_desc map_str_int = MESH_MAP_DESC(si_params);
static const mesh_type_desc set_int = MESH_SET_DESC(int_params);

/* A closure with one captured word: x -> x + captured. */
typedef struct { mesh_obj_header hdr; void *code; mesh_word k; } add_closure;
static const mesh_type_desc add_closure_desc = {
    MESH_KIND_RECORD, 0, sizeof(add_closure), 0, 0, 0, "Closure", 0, 0};
static mesh_word add_k(mesh_closure *self, mesh_word x) {
    return x + ((add_closure *)self)->k;
}
static void show(mesh_string *s) { mesh_rt_println(s); }
"""


def run(exe):
    return subprocess.run([str(exe)], capture_output=True, timeout=60)


@pytest.mark.parametrize(
    "call, message",
    [
        ("mesh_rt_list_head(mesh_rt_list_new(&list_int));", "List.head: empty list"),
        ("mesh_rt_list_tail(mesh_rt_list_new(&list_int));", "List.tail: empty list"),
        ("mesh_rt_list_last(mesh_rt_list_new(&list_int));", "List.last: empty list"),
        ("mesh_rt_list_get(xs, 3);", "List.get: index 3 out of bounds (len 3)"),
        ("mesh_rt_list_get(xs, -1);", "List.get: index -1 out of bounds (len 3)"),
        (
            "mesh_rt_queue_peek(mesh_rt_queue_new(&queue_int));",
            "Queue.peek: empty queue",
        ),
        (
            "mesh_rt_queue_pop(mesh_rt_queue_new(&queue_int), &list_int);",
            "Queue.pop: empty queue",
        ),
    ],
)
def test_panic_messages(build_program, call, message):
    body = f"""
    mesh_word three[3] = {{1, 2, 3}};
    mesh_list *xs = mesh_rt_list_from_array(&list_int, three, 3);
    mesh_rt_println(mesh_rt_list_display((mesh_word)xs));
    {call}
    mesh_rt_println(lit("not reached"));
    """
    result = run(build_program(mesh_program(body, DESCS)))
    assert result.returncode == 101
    assert result.stdout == b"[1, 2, 3]\n"
    assert result.stderr == f"[mesh] panic: {message}\n".encode()


def test_collections_in_a_program(build_program):
    body = r"""
    mesh_list *xs = mesh_rt_list_new(&list_int);
    for (int64_t i = 0; i < 100000; i++) xs = mesh_rt_list_append(xs, (mesh_word)i);
    add_closure *f = mesh_rt_alloc(&add_closure_desc, sizeof(add_closure));
    f->code = (void *)add_k;
    f->k = 1000;
    mesh_list *ys = mesh_rt_list_map(xs, (mesh_closure *)f, &list_int);
    show(mesh_rt_int_to_string((int64_t)mesh_rt_list_last(ys)));
    show(mesh_rt_list_display((mesh_word)mesh_rt_list_take(mesh_rt_list_drop(ys, 5), 3)));
    mesh_list *words = mesh_rt_string_split(lit("kiwi fig banana"), lit(" "));
    show(mesh_rt_list_debug((mesh_word)words));
    show(mesh_rt_string_join(mesh_rt_list_sort(words), lit(",")));
    mesh_map *m = mesh_rt_map_new(&map_str_int);
    for (int64_t i = 0; i < mesh_rt_list_length(words); i++)
        m = mesh_rt_map_put(m, mesh_rt_list_get(words, i), (mesh_word)i);
    m = mesh_rt_map_put(m, (mesh_word)lit("kiwi"), 7);
    show(mesh_rt_map_display((mesh_word)m));
    mesh_map *s = mesh_rt_set_new(&set_int);
    s = mesh_rt_set_add(mesh_rt_set_add(mesh_rt_set_add(s, 3), 1), 3);
    show(mesh_rt_set_display((mesh_word)s));
    show(mesh_rt_range_display((mesh_word)mesh_rt_range_new(0, 5)));
    mesh_string *parts[3] = {lit("a="), mesh_rt_int_to_string(1), lit("!")};
    show(mesh_rt_string_concat_n(parts, 3));
    show(mesh_rt_string_to_upper(lit("stra\xc3\x9f" "e")));
    """
    result = run(build_program(mesh_program(body, DESCS)))
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().splitlines() == [
        "100999",
        "[1005, 1006, 1007]",
        '["kiwi", "fig", "banana"]',
        "banana,fig,kiwi",
        "%{kiwi => 7, fig => 1, banana => 2}",
        "#{3, 1}",
        "0..5",
        "a=1!",
        "STRASSE",
    ]
