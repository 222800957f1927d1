"""The C ABI of ``libmeshrt`` that generated code calls (mirrors ``mesh_rt.h``).

Declarations are added to a module on first use, so a program that never
prints does not reference the printing functions.  ``declared(name)`` says
whether the installed ``libmeshrt.a`` defines a symbol, so codegen can use a
runtime export as soon as it lands and fall back to its own code before.
"""

from __future__ import annotations

import functools

from llvmlite import ir

from .layout import F64, I8, I32, I64, PTR, VOID

_T = {"p": PTR, "w": I64, "b": I8, "f": F64, "v": VOID, "i": I32}


def _sigs(table: str) -> dict[str, tuple[ir.Type, tuple[ir.Type, ...], bool]]:
    """``name ret(args)`` lines in a compact notation: p ptr, w i64, b i8, f double, v void, i i32;
    a trailing ``!`` marks a function that never returns."""
    out = {}
    for line in table.strip().splitlines():
        name, sig = line.split()
        noreturn = sig.endswith("!")
        ret, args = sig.rstrip("!").split("(")
        out[name] = (_T[ret], tuple(_T[c] for c in args.rstrip(")")), noreturn)
    return out


SIGNATURES = _sigs("""
mesh_rt_init v(ip)
mesh_rt_start i(p)
mesh_rt_alloc p(pw)
mesh_rt_gc_register_root v(p)
mesh_rt_string_new p(pw)
mesh_rt_string_concat p(pp)
mesh_rt_string_concat_n p(pw)
mesh_rt_string_eq b(pp)
mesh_rt_string_cmp w(pp)
mesh_rt_string_length w(p)
mesh_rt_string_quote p(p)
mesh_rt_string_slice p(pww)
mesh_rt_string_contains b(pp)
mesh_rt_string_starts_with b(pp)
mesh_rt_string_ends_with b(pp)
mesh_rt_string_trim p(p)
mesh_rt_string_to_upper p(p)
mesh_rt_string_to_lower p(p)
mesh_rt_string_replace p(ppp)
mesh_rt_string_split p(pp)
mesh_rt_string_join p(pp)
mesh_rt_string_to_int b(pp)
mesh_rt_string_to_float b(pp)
mesh_rt_int_to_string p(w)
mesh_rt_float_to_string p(f)
mesh_rt_bool_to_string p(b)
mesh_rt_print v(p)
mesh_rt_println v(p)
mesh_rt_eprint v(p)
mesh_rt_eprintln v(p)
mesh_rt_panic v(ppw)!
mesh_rt_panic_cstr v(ppw)!
mesh_rt_list_new p(p)
mesh_rt_list_from_array p(ppw)
mesh_rt_list_length w(p)
mesh_rt_list_append p(pw)
mesh_rt_list_prepend p(wp)
mesh_rt_list_head w(p)
mesh_rt_list_tail p(p)
mesh_rt_list_last w(p)
mesh_rt_list_get w(pw)
mesh_rt_list_concat p(pp)
mesh_rt_list_reverse p(p)
mesh_rt_list_take p(pw)
mesh_rt_list_drop p(pw)
mesh_rt_list_contains b(pw)
mesh_rt_list_sort p(p)
mesh_rt_list_sort_by p(pp)
mesh_rt_list_zip p(ppp)
mesh_rt_list_flatten p(pp)
mesh_rt_list_enumerate p(pp)
mesh_rt_list_map p(ppp)
mesh_rt_list_filter p(pp)
mesh_rt_list_reduce w(pwp)
mesh_rt_list_find b(ppp)
mesh_rt_list_any b(pp)
mesh_rt_list_all b(pp)
mesh_rt_list_flat_map p(ppp)
mesh_rt_map_new p(p)
mesh_rt_map_put p(pww)
mesh_rt_map_get b(pwp)
mesh_rt_map_has_key b(pw)
mesh_rt_map_delete p(pw)
mesh_rt_map_size w(p)
mesh_rt_map_keys p(pp)
mesh_rt_map_values p(pp)
mesh_rt_map_merge p(pp)
mesh_rt_map_to_list p(pp)
mesh_rt_map_from_list p(pp)
mesh_rt_map_next w(pwpp)
mesh_rt_set_new p(p)
mesh_rt_set_add p(pw)
mesh_rt_set_remove p(pw)
mesh_rt_set_contains b(pw)
mesh_rt_set_size w(p)
mesh_rt_set_union p(pp)
mesh_rt_set_intersection p(pp)
mesh_rt_set_difference p(pp)
mesh_rt_set_to_list p(pp)
mesh_rt_set_from_list p(pp)
mesh_rt_set_next w(pwp)
mesh_rt_queue_new p(p)
mesh_rt_queue_push p(pw)
mesh_rt_queue_pop p(pp)
mesh_rt_queue_peek w(p)
mesh_rt_queue_size w(p)
mesh_rt_queue_is_empty b(p)
mesh_rt_range_new p(ww)
mesh_rt_range_length w(p)
mesh_rt_range_to_list p(pp)
mesh_rt_range_map p(ppp)
mesh_rt_range_filter p(ppp)
mesh_rt_iter_from_list p(p)
mesh_rt_iter_from_map p(pp)
mesh_rt_iter_from_set p(p)
mesh_rt_iter_from_range p(p)
mesh_rt_iter_from_next p(wp)
mesh_rt_iter_map p(pp)
mesh_rt_iter_filter p(pp)
mesh_rt_iter_take p(pw)
mesh_rt_iter_skip p(pw)
mesh_rt_iter_enumerate p(pp)
mesh_rt_iter_zip p(ppp)
mesh_rt_iter_next b(pp)
mesh_rt_iter_count w(p)
mesh_rt_iter_sum_int w(p)
mesh_rt_iter_sum_float f(p)
mesh_rt_iter_any b(pp)
mesh_rt_iter_all b(pp)
mesh_rt_iter_find b(ppp)
mesh_rt_iter_reduce w(pwp)
mesh_rt_iter_collect_list p(pp)
mesh_rt_iter_collect_map p(pp)
mesh_rt_iter_collect_set p(pp)
mesh_rt_iter_collect_string p(p)
mesh_rt_json_parse b(ppp)
mesh_rt_json_encode p(p)
mesh_rt_json_encode_string p(p)
mesh_rt_json_encode_int p(w)
mesh_rt_json_encode_float p(f)
mesh_rt_json_encode_bool p(b)
mesh_rt_json_encode_map p(p)
mesh_rt_json_encode_list p(p)
mesh_rt_json_get p(pp)
mesh_rt_json_get_nested p(ppp)
mesh_rt_json_get_text p(pp)
mesh_rt_json_get_nested_text p(ppp)
mesh_rt_io_read_line b(pp)
mesh_rt_file_read b(ppp)
mesh_rt_file_write b(ppp)
mesh_rt_file_append b(ppp)
mesh_rt_file_exists b(p)
mesh_rt_file_delete b(pp)
mesh_rt_env_get b(pp)
mesh_rt_env_get_or p(pp)
mesh_rt_env_get_int w(pw)
mesh_rt_env_args p()
mesh_rt_crypto_sha256 p(p)
mesh_rt_crypto_hmac_sha256 p(pp)
mesh_rt_crypto_random_hex p(w)
mesh_rt_crypto_uuid4 p()
""")

# LLVM intrinsics used by the emitter, declared the same way.
INTRINSICS: dict[str, tuple[ir.Type, tuple[ir.Type, ...], bool]] = {
    "llvm.fptosi.sat.i64.f64": (I64, (F64,), False),
    "llvm.expect.i1": (ir.IntType(1), (ir.IntType(1), ir.IntType(1)), False),
}

# Data symbols the runtime exports (type descriptors), all opaque here.
STRING_DESC = "mesh_rt_string_desc"


@functools.cache
def _archive_symbols() -> frozenset[str]:
    """The global symbols ``libmeshrt.a`` defines (its ar symbol table)."""
    try:
        import mesh_runtime
        data = (mesh_runtime.library_dir() / "libmeshrt.a").read_bytes()
    except Exception:     # no runtime installed: codegen uses only its own fallbacks
        return frozenset()
    if not data.startswith(b"!<arch>\n") or data[8:24].rstrip() != b"/":
        return frozenset()
    size = int(data[56:66])
    table = data[68:68 + size]
    count = int.from_bytes(table[:4], "big")
    names = table[4 + 4 * count:].split(b"\0")
    return frozenset(n.decode() for n in names[:count])


def declared(name: str) -> bool:
    """Whether the installed runtime library defines ``name`` (function or data), so
    codegen can use a runtime export as soon as it is built and fall back to its own
    code before."""
    return name in _archive_symbols()


class RuntimeDecls:
    def __init__(self, module: ir.Module) -> None:
        self.module = module
        self._fns: dict[str, ir.Function] = {}

    def fn(self, name: str) -> ir.Function:
        found = self._fns.get(name)
        if found is not None:
            return found
        ret, params, noreturn = SIGNATURES.get(name) or INTRINSICS[name]
        func = ir.Function(self.module, ir.FunctionType(ret, params), name)
        if noreturn:
            func.attributes.add("noreturn")
            func.attributes.add("cold")
        func.attributes.add("nounwind")
        self._fns[name] = func
        return func

    def data(self, name: str) -> ir.GlobalVariable:
        existing = self.module.globals.get(name)
        if existing is not None:
            return existing
        # Only its address is used; the byte type is a placeholder for an opaque struct.
        var = ir.GlobalVariable(self.module, I8, name)
        var.global_constant = True
        return var
