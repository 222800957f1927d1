# Process stacks and stack-overflow detection (declared in stacks.pxd).
#
# A stack is one anonymous mapping: GUARD_SIZE bytes of PROT_NONE at the low
# end, then the usable stack, committed page by page as it is touched
# (MAP_NORESERVE).  Running off the end faults in the guard; the SIGSEGV
# handler, on its own alternate stack, recognises the address and panics
# with "stack overflow" (spec 05 s11).  Any other fault is re-raised with
# the default action.  The guard is 64 KiB so frames up to that size cannot
# jump over it.

from libc.string cimport memset
from posix.mman cimport (mmap, munmap, mprotect, PROT_NONE, PROT_READ,
                         PROT_WRITE, MAP_PRIVATE, MAP_ANONYMOUS,
                         MAP_NORESERVE, MAP_STACK, MAP_FAILED)
from posix.signal cimport sigset_t, sigemptyset, SA_SIGINFO, SA_ONSTACK, stack_t, sigaltstack
from libc.signal cimport SIGSEGV, SIGBUS

cdef extern from "<signal.h>" nogil:
    ctypedef struct fault_info "siginfo_t":
        void *si_addr
    ctypedef void (*fault_handler)(int, fault_info *, void *) noexcept nogil
    ctypedef void (*plain_handler)(int) noexcept nogil
    struct fault_action "sigaction":
        fault_handler sa_sigaction
        plain_handler sa_handler
        sigset_t sa_mask
        int sa_flags
    int fault_action_set "sigaction"(int, const fault_action *, fault_action *)
    plain_handler SIG_DFL

cdef enum:
    GUARD_SIZE = 64 * 1024
    PAGE_SIZE = 4096
    ALT_STACK_SIZE = 64 * 1024

# The guard range of the stack that is running now (none: both NULL).
cdef char *watched_lo
cdef char *watched_hi
cdef bint handler_installed


cdef int stack_alloc(mesh_stack *st, size_t size) noexcept nogil:
    size = (size + PAGE_SIZE - 1) & ~(<size_t>PAGE_SIZE - 1)
    cdef size_t total = size + GUARD_SIZE
    cdef void *p = mmap(NULL, total, PROT_READ | PROT_WRITE,
                        MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK,
                        -1, 0)
    if p == MAP_FAILED:
        return -1
    if mprotect(p, GUARD_SIZE, PROT_NONE) != 0:
        munmap(p, total)
        return -1
    st.map_base = <char *>p
    st.map_size = total
    st.base = <char *>p + GUARD_SIZE
    st.size = size
    return 0


cdef void stack_free(mesh_stack *st) noexcept nogil:
    if st.map_base != NULL:
        munmap(st.map_base, st.map_size)
    st.map_base = NULL
    st.base = NULL
    st.map_size = 0
    st.size = 0


cdef void overflow_watch(mesh_stack *st) noexcept nogil:
    global watched_lo, watched_hi
    if st == NULL:
        watched_lo = NULL
        watched_hi = NULL
    else:
        watched_lo = st.map_base
        watched_hi = st.base


cdef void on_fault(int sig, fault_info *info, void *context) noexcept nogil:
    cdef char *addr = <char *>info.si_addr
    cdef fault_action dfl
    if watched_lo != NULL and watched_lo <= addr < watched_hi:
        panic_with(b"stack overflow", 14, NULL, 0)
    # Not ours: fall back to the default action; returning re-runs the
    # faulting instruction, which then terminates the program as usual.
    memset(&dfl, 0, sizeof(dfl))
    dfl.sa_handler = SIG_DFL
    fault_action_set(sig, &dfl, NULL)


cdef void overflow_handler_install() noexcept nogil:
    global handler_installed
    cdef stack_t alt
    cdef fault_action act
    cdef void *mem
    if handler_installed:
        return
    mem = mmap(NULL, ALT_STACK_SIZE, PROT_READ | PROT_WRITE,
               MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
    if mem == MAP_FAILED:
        return
    alt.ss_sp = mem
    alt.ss_size = ALT_STACK_SIZE
    alt.ss_flags = 0
    if sigaltstack(&alt, NULL) != 0:
        munmap(mem, ALT_STACK_SIZE)
        return
    memset(&act, 0, sizeof(act))
    act.sa_sigaction = on_fault
    act.sa_flags = SA_SIGINFO | SA_ONSTACK
    sigemptyset(&act.sa_mask)
    fault_action_set(SIGSEGV, &act, NULL)
    fault_action_set(SIGBUS, &act, NULL)
    handler_installed = True
