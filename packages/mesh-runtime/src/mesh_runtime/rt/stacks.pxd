# Process stacks: mmap'd, lazily committed, with a guard region below, and
# the SIGSEGV handler that turns a guard hit into a "stack overflow" panic.

cdef struct mesh_stack:
    char *map_base        # start of the mapping (the guard region)
    size_t map_size
    char *base            # lowest usable byte, just above the guard
    size_t size           # usable bytes

cdef int stack_alloc(mesh_stack *st, size_t size) noexcept nogil
cdef void stack_free(mesh_stack *st) noexcept nogil
cdef void overflow_watch(mesh_stack *st) noexcept nogil
cdef void overflow_handler_install() noexcept nogil
