# Python-level wrappers for the heap, collector and scalar-descriptor tests
# (tests/test_gc*.py).  Like rt/testing, nothing here is reachable from a
# linked program.
#
# Python objects are invisible to the collector, so objects these wrappers
# build are kept alive in `test_roots`, slots registered as GC roots.

from libc.stdint cimport int32_t, int64_t, uint64_t, uintptr_t
from libc.string cimport memcpy, memset

cdef enum:
    N_TEST_ROOTS = 64

cdef struct test_node:            # Node { value: Int, next: Node, label: String }
    mesh_obj_header hdr
    int64_t value
    test_node *next
    mesh_string *label

cdef struct test_opaque:          # runtime-internal object with two pointers
    mesh_obj_header hdr
    mesh_string *first
    int64_t not_a_pointer
    mesh_string *second

cdef struct test_static_text:     # a STATIC string, as codegen emits literals
    mesh_obj_header hdr
    int64_t len
    char bytes[8]

cdef void *test_roots[N_TEST_ROOTS]
cdef bint test_ready
cdef int64_t node_offsets[2]
cdef mesh_type_desc node_desc
cdef mesh_type_desc ptr_array_desc
cdef mesh_type_desc opaque_desc
cdef test_static_text static_text


cdef void trace_test_opaque(void *obj, mesh_visit_fn visit, void *ctx) noexcept nogil:
    cdef test_opaque *o = <test_opaque *>obj
    visit(<void **>&o.first, ctx)
    visit(<void **>&o.second, ctx)


cdef void gc_test_setup():
    global test_ready
    cdef int i
    core_init()
    if test_ready:
        return
    node_offsets[0] = 24
    node_offsets[1] = 32
    memset(&node_desc, 0, sizeof(node_desc))
    node_desc.kind = MESH_KIND_RECORD
    node_desc.size = sizeof(test_node)
    node_desc.n_ptrs = 2
    node_desc.ptr_offsets = node_offsets
    node_desc.name = b"Node"
    memset(&ptr_array_desc, 0, sizeof(ptr_array_desc))
    ptr_array_desc.kind = MESH_KIND_PTR_ARRAY
    ptr_array_desc.size = 24
    ptr_array_desc.elem_size = 8
    ptr_array_desc.name = b"Array"
    memset(&opaque_desc, 0, sizeof(opaque_desc))
    opaque_desc.kind = MESH_KIND_OPAQUE
    opaque_desc.size = sizeof(test_opaque)
    opaque_desc.name = b"Opaque"
    opaque_desc.trace = trace_test_opaque
    static_text.hdr.desc = &mesh_rt_string_desc
    static_text.hdr.flags = MESH_FLAG_STATIC
    static_text.len = 6
    memcpy(static_text.bytes, b"static\0", 7)
    for i in range(N_TEST_ROOTS):
        test_roots[i] = NULL
        mesh_rt_gc_register_root(&test_roots[i])
    test_ready = True


cdef str text_of(const mesh_string *s):
    return s.bytes[:s.len].decode("utf-8")


cdef int check_slot(int slot) except -1:
    if not 0 <= slot < N_TEST_ROOTS:
        raise IndexError(slot)
    return 0


# ---- collector control ---------------------------------------------------------

def gc_collect():
    """Runs a collection of the current heap (roots: this thread's stack)."""
    gc_test_setup()
    mesh_rt_gc_collect()


def gc_stats():
    """(collections, live bytes, heap bytes, allocated since the last GC)."""
    gc_test_setup()
    cdef mesh_gc_stats st
    mesh_rt_gc_stats(&st)
    return (st.collections, st.live_bytes, st.heap_bytes, st.allocated_bytes)


def gc_set_auto(int mode):
    """1: collect on the trigger even under Python, 0: only on a process
    stack (the default), -1: never.  Returns the previous mode."""
    gc_test_setup()
    cdef mesh_heap *heap = current_heap()
    previous = heap.auto_mode
    heap.auto_mode = mode
    return previous


def gc_root_clear(int slot):
    check_slot(slot)
    gc_test_setup()
    test_roots[slot] = NULL


def gc_root_address(int slot):
    check_slot(slot)
    return <uintptr_t>test_roots[slot]


def gc_heap_contains(uintptr_t addr):
    """Whether addr lies in an object of the current heap (as a root would)."""
    gc_test_setup()
    cdef mesh_heap *heap = current_heap()
    cdef mesh_large *large = NULL
    heap_retire_windows(heap)
    return heap_find_object(heap, addr, &large) != NULL


def gc_alloc_garbage(int64_t count, int64_t size):
    """Allocates `count` unreachable strings of `size` bytes."""
    gc_test_setup()
    cdef int64_t i
    cdef mesh_string *s
    for i in range(count):
        s = <mesh_string *>mesh_rt_alloc(&mesh_rt_string_desc, size)
        s.len = size - <int64_t>sizeof(mesh_string) - 1 if size > 25 else 0


# ---- structures kept in root slots ---------------------------------------------

def gc_build_chain(int slot, int64_t n, int64_t garbage_per_node=0):
    """Prepends n Nodes (value i, label str(7 * i)) to the chain in `slot`,
    allocating garbage strings in between."""
    check_slot(slot)
    gc_test_setup()
    cdef int64_t i, j
    cdef test_node *node
    for i in range(n):
        for j in range(garbage_per_node):
            mesh_rt_int_to_string(-i * 1000 - j)
        node = <test_node *>mesh_rt_alloc(&node_desc, sizeof(test_node))
        node.value = i
        node.next = <test_node *>test_roots[slot]
        test_roots[slot] = node
        node.label = mesh_rt_int_to_string(7 * i)


def gc_check_chain(int slot):
    """Walks the chain in `slot`; checks every node; returns (count, sum)."""
    check_slot(slot)
    cdef test_node *node = <test_node *>test_roots[slot]
    cdef int64_t count = 0, total = 0
    while node != NULL:
        if node.hdr.desc != &node_desc:
            raise AssertionError(f"node {count}: descriptor overwritten")
        if node.label == NULL or node.label.hdr.desc != &mesh_rt_string_desc:
            raise AssertionError(f"node {count}: label is not a string")
        if text_of(node.label) != str(7 * node.value):
            raise AssertionError(f"node {count}: label {text_of(node.label)!r} "
                                 f"for value {node.value}")
        count += 1
        total += node.value
        node = node.next
    return count, total


def gc_build_array(int slot, int64_t n):
    """A PTR_ARRAY of n strings "s0".."s{n-1}" in `slot`."""
    check_slot(slot)
    gc_test_setup()
    cdef int64_t i
    cdef mesh_obj_header *arr = <mesh_obj_header *>mesh_rt_alloc(
        &ptr_array_desc, 24 + 8 * n)
    (<int64_t *>(<char *>arr + 16))[0] = n
    test_roots[slot] = arr
    for i in range(n):
        (<mesh_string **>(<char *>arr + 24))[i] = from_py(f"s{i}")


def gc_read_array(int slot):
    check_slot(slot)
    cdef char *arr = <char *>test_roots[slot]
    cdef int64_t n = (<int64_t *>(arr + 16))[0]
    return [text_of((<mesh_string **>(arr + 24))[i]) for i in range(n)]


def gc_build_opaque(int slot, str first, str second):
    check_slot(slot)
    gc_test_setup()
    cdef test_opaque *o = <test_opaque *>mesh_rt_alloc(&opaque_desc, sizeof(test_opaque))
    test_roots[slot] = o
    o.first = from_py(first)
    o.not_a_pointer = 12345
    o.second = from_py(second)


def gc_read_opaque(int slot):
    check_slot(slot)
    cdef test_opaque *o = <test_opaque *>test_roots[slot]
    return text_of(o.first), o.not_a_pointer, text_of(o.second)


def gc_store_interior(int slot, str text, int64_t offset):
    """Keeps only (address of a new string + offset) in `slot`."""
    check_slot(slot)
    gc_test_setup()
    cdef mesh_string *s = from_py(text)
    test_roots[slot] = <char *>s + offset


def gc_read_interior(int slot, int64_t offset):
    check_slot(slot)
    cdef mesh_string *s = <mesh_string *>(<char *>test_roots[slot] - offset)
    if s.hdr.desc != &mesh_rt_string_desc:
        raise AssertionError("string header overwritten")
    return text_of(s)


def gc_build_large(int slot, int64_t nbytes, int fill):
    """A string of nbytes copies of chr(fill), large enough for its own
    mapping when nbytes > 8 KiB."""
    check_slot(slot)
    gc_test_setup()
    cdef mesh_string *s = <mesh_string *>mesh_rt_alloc(
        &mesh_rt_string_desc, <int64_t>sizeof(mesh_string) + nbytes + 1)
    s.len = nbytes
    memset(s.bytes, fill, <size_t>nbytes)
    test_roots[slot] = s


def gc_check_large(int slot, int fill):
    check_slot(slot)
    cdef mesh_string *s = <mesh_string *>test_roots[slot]
    cdef int64_t i
    for i in range(s.len):
        if <unsigned char>s.bytes[i] != fill:
            return False
    return s.bytes[s.len] == 0


def gc_static_stays_static(int slot):
    """A node whose label is a STATIC string survives collections with the
    label pointer and the static object's header and text unchanged."""
    check_slot(slot)
    gc_test_setup()
    cdef test_node *node = <test_node *>mesh_rt_alloc(&node_desc, sizeof(test_node))
    node.label = <mesh_string *>&static_text
    test_roots[slot] = node
    mesh_rt_gc_collect()
    mesh_rt_gc_collect()
    node = <test_node *>test_roots[slot]
    return (node.label == <mesh_string *>&static_text
            and static_text.hdr.flags == MESH_FLAG_STATIC
            and static_text.hdr.desc == &mesh_rt_string_desc
            and text_of(<mesh_string *>&static_text) == "static")


# ---- roots on the machine stack ------------------------------------------------

cdef int64_t stack_rooted_round(int64_t garbage) noexcept nogil:
    # A chain held only by a local of this C frame (stack or register),
    # through collections forced by hand and by garbage.
    cdef test_node *head = NULL
    cdef test_node *node
    cdef int64_t i, total = 0
    for i in range(100):
        node = <test_node *>mesh_rt_alloc(&node_desc, sizeof(test_node))
        node.value = i
        node.next = head
        node.label = mesh_rt_int_to_string(7 * i)
        head = node
    for i in range(garbage):
        mesh_rt_int_to_string(i)
    mesh_rt_gc_collect()
    node = head
    while node != NULL:
        if node.hdr.desc != &node_desc or node.label.len == 0:
            return -1
        total += node.value
        node = node.next
    return total


def gc_stack_roots(int64_t garbage):
    """Sum of the values of a 100-node chain known only to a C local."""
    gc_test_setup()
    with nogil:
        result = stack_rooted_round(garbage)
    return result


def gc_churn(int64_t count, int64_t ring):
    """Allocates `count` Nodes and keeps only the last `ring` of them (in a
    PTR_ARRAY in root slot 63), with automatic collection on.  Checks the
    survivors; returns the stats."""
    gc_test_setup()
    cdef int64_t i, k
    cdef mesh_obj_header *arr = <mesh_obj_header *>mesh_rt_alloc(
        &ptr_array_desc, 24 + 8 * ring)
    cdef test_node **slots = <test_node **>(<char *>arr + 24)
    cdef test_node *node
    (<int64_t *>(<char *>arr + 16))[0] = ring
    test_roots[N_TEST_ROOTS - 1] = arr
    cdef mesh_heap *heap = current_heap()
    cdef int32_t mode = heap.auto_mode
    heap.auto_mode = 1
    with nogil:
        for i in range(count):
            node = <test_node *>mesh_rt_alloc(&node_desc, sizeof(test_node))
            node.value = i
            node.label = mesh_rt_int_to_string(7 * i)
            slots[i % ring] = node
    heap.auto_mode = mode
    for k in range(ring):
        node = slots[k]
        if node == NULL:
            continue
        if text_of(node.label) != str(7 * node.value) or node.value % ring != k:
            raise AssertionError(f"slot {k}: value {node.value}, "
                                 f"label {text_of(node.label)!r}")
    test_roots[N_TEST_ROOTS - 1] = NULL
    return gc_stats()


# ---- scalar descriptors -------------------------------------------------------

cdef const mesh_type_desc *scalar_desc(str name) except NULL:
    if name == "Int":
        return &mesh_rt_int_desc
    if name == "Float":
        return &mesh_rt_float_desc
    if name == "Bool":
        return &mesh_rt_bool_desc
    if name == "()":
        return &mesh_rt_unit_desc
    if name == "String":
        return &mesh_rt_string_desc
    if name == "Atom":
        return &mesh_rt_atom_desc
    raise KeyError(name)


cdef uint64_t to_word(str type_name, value) except? 0xFFFFFFFFFFFFFFFF:
    # Strings become heap strings; atoms become heap objects with the atom
    # layout (codegen emits them STATIC; the operations do not care).
    cdef double d
    cdef uint64_t w
    cdef mesh_string *s
    if type_name == "Float":
        d = value
        memcpy(&w, &d, 8)
        return w
    if type_name == "Int":
        return <uint64_t><int64_t>value
    if type_name == "Bool" or type_name == "()":
        return 1 if value else 0
    s = from_py(value)
    if type_name == "Atom":
        s.hdr.desc = &mesh_rt_atom_desc
    return <uintptr_t>s


def scalar_desc_info(str type_name):
    """(kind, flags, size, name) of a built-in descriptor."""
    cdef const mesh_type_desc *d = scalar_desc(type_name)
    return d.kind, d.flags, d.size, d.name.decode()


def scalar_op(str type_name, str op, a, b=None):
    """Calls a value operation of a built-in descriptor on Python values."""
    gc_test_setup()
    cdef const mesh_type_desc *d = scalar_desc(type_name)
    cdef uint64_t x = to_word(type_name, a)
    cdef uint64_t y = to_word(type_name, b) if b is not None else 0
    if op == "eq":
        return d.eq(x, y) != 0
    if op == "cmp":
        return d.cmp(x, y)
    if op == "hash":
        return d.hash(x)
    if op == "display":
        return text_of(d.display(x))
    if op == "debug":
        return text_of(d.debug(x))
    raise KeyError(op)


def hash_bytes(bytes data):
    return mesh_rt_hash_bytes(data, len(data))
