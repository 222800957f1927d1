"""Iter<T> and JSON in linked programs, with the collector running between
pulls: iterator chains, their buffered sources and parsed documents must
survive collections (precise tracing of the OPAQUE Iter object)."""

import subprocess

from rt_programs import mesh_program

DESCS = r"""
static const mesh_type_desc *const str_params[1] = {&mesh_rt_string_desc};
static const mesh_type_desc list_str = MESH_LIST_DESC(str_params);
static const mesh_type_desc *const int_params[1] = {&mesh_rt_int_desc};
static const mesh_type_desc list_int = MESH_LIST_DESC(int_params);
static const int64_t pair_offsets[1] = {24};
static const mesh_type_desc *const pair_params[2] = {&mesh_rt_int_desc, &mesh_rt_string_desc};
static const mesh_type_desc pair_int_str = {
    MESH_KIND_RECORD, MESH_DESC_POINTER, 32, 0, 1, pair_offsets, "Tuple", 0, 0, 2, pair_params};
static const mesh_type_desc *const map_params[2] = {&mesh_rt_int_desc, &mesh_rt_string_desc};
static const mesh_type_desc map_int_str = MESH_MAP_DESC(map_params);

/* x -> "<x>" with a collection on every call: the closure allocates while
 * the iterator chain is only reachable from the stack. */
static const mesh_type_desc closure_desc = {
    MESH_KIND_RECORD, 0, 24, 0, 0, 0, "Fun", 0, 0};
static mesh_word wrap(mesh_closure *self, mesh_word x) {
    mesh_string *parts[3] = {lit("<"), (mesh_string *)x, lit(">")};
    mesh_rt_gc_collect();
    return (mesh_word)mesh_rt_string_concat_n(parts, 3);
}
static mesh_word not_b(mesh_closure *self, mesh_word x) {
    return ((mesh_string *)x)->bytes[0] != 'b';
}
static mesh_closure *closure(void *code) {
    mesh_closure *c = mesh_rt_alloc(&closure_desc, 24);
    c->code = code;
    return c;
}
static mesh_list *words(int n) {
    static const char *names[] = {"apple", "banana", "cherry", "blue", "date"};
    mesh_list *xs = mesh_rt_list_new(&list_str);
    for (int i = 0; i < n; i++)
        xs = mesh_rt_list_append(xs, (mesh_word)mesh_rt_string_concat(
            lit(names[i % 5]), mesh_rt_int_to_string(i)));
    return xs;
}
"""


def run(exe, *args):
    result = subprocess.run(
        [str(exe), *args], capture_output=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.decode()


def test_pipeline_survives_collections(build_program):
    body = r"""
    mesh_iter *it = mesh_rt_iter_from_list(words(7));
    it = mesh_rt_iter_filter(it, closure(not_b));
    it = mesh_rt_iter_map(it, closure(wrap));
    it = mesh_rt_iter_enumerate(it, &pair_int_str);
    mesh_rt_gc_collect();
    mesh_map *m = mesh_rt_iter_collect_map(it, &map_int_str);
    mesh_rt_gc_collect();
    mesh_rt_println(mesh_rt_map_display((mesh_word)m));
    mesh_word x;
    mesh_rt_println(mesh_rt_int_to_string(mesh_rt_iter_next(it, &x)));
    """
    out = run(build_program(mesh_program(body, DESCS)))
    assert out == "%{0 => <apple0>, 1 => <cherry2>, 2 => <date4>, 3 => <apple5>}\n0\n"


def test_user_next_and_zip_under_gc(build_program):
    helpers = (
        DESCS
        + r"""
/* Countdown: state n -> Some((n * 10, n - 1)) while n > 0, else None,
 * in codegen's Option / tuple layouts. */
static const int64_t some_offsets[1] = {24};
static const mesh_type_desc option_desc = {
    MESH_KIND_RECORD, MESH_DESC_POINTER, 32, 0, 1, some_offsets, "Some", 0, 0};
static const mesh_type_desc pair_ii = {
    MESH_KIND_RECORD, MESH_DESC_POINTER, 32, 0, 0, 0, "Tuple", 0, 0};
typedef struct { mesh_obj_header hdr; int64_t tag; mesh_word payload; } option;
typedef struct { mesh_obj_header hdr; mesh_word a, b; } pair;
static mesh_word countdown(mesh_closure *self, mesh_word n) {
    option *o = mesh_rt_alloc(&option_desc, sizeof(option));
    mesh_rt_gc_collect();
    if ((int64_t)n > 0) {
        pair *p = mesh_rt_alloc(&pair_ii, sizeof(pair));
        p->a = n * 10;
        p->b = n - 1;
        o->tag = 1;
        o->payload = (mesh_word)p;
    }
    return (mesh_word)o;
}
"""
    )
    body = r"""
    mesh_iter *a = mesh_rt_iter_from_next(4, closure(countdown));
    mesh_iter *b = mesh_rt_iter_map(mesh_rt_iter_from_list(words(3)), closure(wrap));
    mesh_iter *z = mesh_rt_iter_zip(a, b, &pair_int_str);
    mesh_word x;
    while (mesh_rt_iter_next(z, &x)) {
        pair *p = (pair *)x;
        mesh_rt_gc_collect();
        mesh_string *parts[3] = {mesh_rt_int_to_string((int64_t)p->a), lit(" "), (mesh_string *)p->b};
        mesh_rt_println(mesh_rt_string_concat_n(parts, 3));
    }
    """
    out = run(build_program(mesh_program(body, helpers)))
    assert out == "40 <apple0>\n30 <banana1>\n20 <cherry2>\n"


def test_json_and_env_in_a_program(build_program):
    body = r"""
    mesh_json *j;
    mesh_string *err;
    mesh_list *args = mesh_rt_env_args();
    mesh_string *text = mesh_rt_list_get(args, 0) ? (mesh_string *)mesh_rt_list_get(args, 0) : lit("");
    if (!mesh_rt_json_parse(text, &j, &err)) {
        mesh_rt_println(err);
        return;
    }
    mesh_rt_gc_collect();
    mesh_rt_println(mesh_rt_json_encode(j));
    mesh_rt_println(mesh_rt_json_get(j, lit("name")));
    mesh_rt_println(mesh_rt_json_get_nested(j, lit("tags"), lit("x")));
    mesh_rt_println(mesh_rt_json_debug((mesh_word)j));
    mesh_rt_println(mesh_rt_int_to_string(mesh_rt_list_length(args)));
    """
    exe = build_program(mesh_program(body, DESCS))
    out = run(
        exe, '{ "name": "kiwi", "n": [1, 2.50, null], "tags": {"x": true} }', "second"
    )
    assert out == (
        '{"name":"kiwi","n":[1,2.5,null],"tags":{"x":true}}\n'
        "kiwi\n"
        "true\n"
        'JsonObject(%{"name" => JsonString("kiwi"), "n" => JsonArray([JsonInt(1), '
        'JsonFloat(2.5), JsonNull]), "tags" => JsonObject(%{"x" => JsonBool(true)})})\n'
        "2\n"
    )
    assert run(exe, "[1,") == "expected value at line 1 column 4\n"
