# Python-level wrappers, for pytest and Python tools only.  Nothing a Mesh
# program calls lives here; when a program is linked, --gc-sections drops
# all of it along with the module's init code.

from libc.stdint cimport int64_t, uintptr_t
from libc.stdlib cimport malloc, free


cdef mesh_string *from_py(str text):
    cdef bytes data = text.encode("utf-8")
    return mesh_rt_string_new(data, len(data))


cdef str to_py(const mesh_string *s):
    return s.bytes[:s.len].decode("utf-8")


def runtime_init():
    """Initialises heaps and output (no signal handlers) for direct calls."""
    core_init()


def string_roundtrip(str text):
    core_init()
    cdef mesh_string *s = from_py(text)
    if s.bytes[s.len] != 0:
        raise AssertionError("string is not NUL-terminated")
    if s.hdr.desc != &mesh_rt_string_desc:
        raise AssertionError("string has the wrong descriptor")
    return to_py(s)


def string_concat(str a, str b):
    core_init()
    return to_py(mesh_rt_string_concat(from_py(a), from_py(b)))


def string_eq(str a, str b):
    core_init()
    return mesh_rt_string_eq(from_py(a), from_py(b)) == 1


def string_cmp(str a, str b):
    core_init()
    return mesh_rt_string_cmp(from_py(a), from_py(b))


def string_length(str text):
    core_init()
    return mesh_rt_string_length(from_py(text))


def int_to_string(int64_t value):
    core_init()
    return to_py(mesh_rt_int_to_string(value))


def float_to_string(double value):
    core_init()
    return to_py(mesh_rt_float_to_string(value))


def bool_to_string(bint value):
    core_init()
    cdef mesh_string *s = mesh_rt_bool_to_string(value)
    if not (s.hdr.flags & MESH_FLAG_STATIC):
        raise AssertionError("bool strings are static constants")
    return to_py(s)


def alloc_objects(sizes):
    """Allocates one object per size; returns (address, header ok, zeroed)."""
    core_init()
    cdef int64_t size, i
    cdef mesh_obj_header *obj
    cdef const unsigned char *payload
    cdef bint zeroed
    result = []
    for size in sizes:
        obj = <mesh_obj_header *>mesh_rt_alloc(&mesh_rt_string_desc, size)
        payload = <const unsigned char *>obj
        zeroed = True
        for i in range(<int64_t>sizeof(mesh_obj_header), size):
            if payload[i] != 0:
                zeroed = False
        # The flags word carries the allocated size (rounded, >= 16).
        header_ok = (obj.desc == &mesh_rt_string_desc and obj.flags ==
                     <uint64_t>max(16, (size + 7) & ~7) << MESH_HDR_SIZE_SHIFT)
        # Fill the object so that overlapping allocations would show up as
        # non-zero memory in later ones.
        for i in range(<int64_t>sizeof(mesh_obj_header), size):
            (<unsigned char *>obj)[i] = 0xAB
        result.append((<uintptr_t>obj, header_ok, zeroed))
    return result


# ---- context switch ping-pong -------------------------------------------

cdef struct pingpong:
    mesh_ctx caller
    mesh_ctx callee
    int rounds
    int n_events
    int *events
    double checksum        # kept in a register/stack slot across switches


cdef void pingpong_body(void *arg) noexcept nogil:
    cdef pingpong *pp = <pingpong *>arg
    cdef int i
    cdef double acc = 0.5
    cdef char text[FLOAT_TEXT_MAX]
    for i in range(pp.rounds):
        pp.events[pp.n_events] = 2 * i + 1
        pp.n_events += 1
        acc = acc * 0.75 + i
        mesh_ctx_switch(&pp.callee, &pp.caller)
    # Formatting a double needs a correctly aligned stack (SSE spills).
    format_float(acc, text)
    pp.checksum = acc
    pp.events[pp.n_events] = -1
    pp.n_events += 1
    mesh_ctx_switch(&pp.callee, &pp.caller)


def context_pingpong(int rounds):
    """Switches rounds+1 times between this stack and a coroutine stack.

    Returns (events, checksum): the caller logs 2*i and the coroutine 2*i+1
    before each switch, the coroutine logs -1 when it ends.
    """
    cdef pingpong pp
    cdef mesh_stack stack
    cdef int i
    if rounds < 0:
        raise ValueError("rounds must be >= 0")
    if stack_alloc(&stack, 64 * 1024) != 0:
        raise MemoryError()
    pp.rounds = rounds
    pp.n_events = 0
    pp.checksum = 0.0
    pp.events = <int *>malloc((2 * rounds + 1) * sizeof(int))
    if pp.events == NULL:
        stack_free(&stack)
        raise MemoryError()
    mesh_ctx_init(&pp.callee, stack.base, stack.size, pingpong_body, &pp)
    with nogil:
        for i in range(rounds):
            pp.events[pp.n_events] = 2 * i
            pp.n_events += 1
            mesh_ctx_switch(&pp.caller, &pp.callee)
        mesh_ctx_switch(&pp.caller, &pp.callee)
    events = [pp.events[i] for i in range(pp.n_events)]
    free(pp.events)
    stack_free(&stack)
    return events, pp.checksum
