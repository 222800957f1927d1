"""Heap allocation with the runtime's bump-pointer fast path inlined (mesh_rt.h
``mesh_rt_alloc_inline``).

Every record (tuple, struct, variant, closure) is allocated through one
internal function, ``mesh.alloc(desc, size)``, marked ``alwaysinline``: it
loads the current heap's allocation window from the thread-local
``mesh_rt_current_heap`` (initial-exec TLS: one ``%fs``-relative load),
bumps it when ``size`` fits, writes the two header words, and otherwise calls
``mesh_rt_alloc`` (which may collect).  The memory of the window is already
zero-filled, so only the header is written.  Until the runtime library
exports the window, ``mesh.alloc`` is just the call.

Note for the scheduler: LLVM may keep the TLS address in a register across
calls inside one function; if a process can resume on another OS thread,
safe points must re-derive it (the runtime's design keeps a process on its
worker while it runs compiled code).
"""

from __future__ import annotations

from llvmlite import ir

from .layout import I1, I64, PTR
from .runtime_abi import RuntimeDecls, declared

ALLOC = "mesh.alloc"
HEAP = "mesh_rt_current_heap"
HDR_SIZE_SHIFT = 16      # mesh_rt.h MESH_HDR_SIZE_SHIFT: the flags word holds the size


def allocator(module: ir.Module, runtime: RuntimeDecls) -> ir.Function:
    """``ptr mesh.alloc(ptr desc, i64 size)``; ``size`` is a multiple of 8, at least 16."""
    existing = module.globals.get(ALLOC)
    if existing is not None:
        return existing
    fn = ir.Function(module, ir.FunctionType(PTR, [PTR, I64]), ALLOC)
    fn.linkage = "internal"
    fn.attributes.add("nounwind")
    fn.return_value.add_attribute("noalias")
    fn.return_value.add_attribute("nonnull")
    desc, size = fn.args
    b = ir.IRBuilder(fn.append_basic_block("entry"))
    slow_call = runtime.fn("mesh_rt_alloc")
    if not declared(HEAP):
        b.ret(b.call(slow_call, [desc, size]))
        return fn
    fn.attributes.add("alwaysinline")
    heap = ir.GlobalVariable(module, PTR, HEAP)
    heap.storage_class = "thread_local(initialexec)"     # printed where LLVM expects the TLS model
    window = b.load(heap, typ=PTR, name="window")
    limit_at = b.gep(window, [ir.Constant(I64, 1)], source_etype=PTR, inbounds=True)
    bump = b.load(window, typ=PTR, name="bump")
    limit = b.load(limit_at, typ=PTR, name="limit")
    free = b.sub(b.ptrtoint(limit, I64), b.ptrtoint(bump, I64))
    fits = b.icmp_unsigned(">=", free, size)
    likely = b.call(runtime.fn("llvm.expect.i1"), [fits, ir.Constant(I1, 1)])
    fast, slow = fn.append_basic_block("fast"), fn.append_basic_block("slow")
    b.cbranch(likely, fast, slow)
    b.position_at_end(fast)
    b.store(b.gep(bump, [size], source_etype=ir.IntType(8), inbounds=True), window)
    b.store(desc, bump)
    flags_at = b.gep(bump, [ir.Constant(I64, 1)], source_etype=PTR, inbounds=True)
    b.store(b.shl(size, ir.Constant(I64, HDR_SIZE_SHIFT)), flags_at)
    b.ret(bump)
    b.position_at_end(slow)
    b.ret(b.call(slow_call, [desc, size]))
    return fn
