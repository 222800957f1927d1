# Program start-up: mesh_rt_init and mesh_rt_start (ABI in mesh_rt.h).
#
# mesh_rt_start already runs the program's entry the way the scheduler will
# run every process: on a stack of its own, entered with a context switch,
# under the stack-overflow guard.  When the scheduler arrives, the main
# process becomes the first process it schedules.

from libc.stdint cimport int64_t

cdef enum:
    # Virtual size of the main process's stack; pages are committed only
    # when touched, so a deep recursion can use it without costing anything
    # to programs that do not.
    MAIN_STACK_SIZE = 256 * 1024 * 1024

cdef int program_argc
cdef char **program_argv
cdef bint core_ready

cdef mesh_ctx boot_ctx          # the C main() stack, while main runs
cdef mesh_ctx main_process_ctx
cdef mesh_stack main_process_stack
cdef void (*main_entry)() noexcept nogil


cdef void core_init() noexcept nogil:
    # What every user of the runtime needs, Python tests included: heaps and
    # output.  Idempotent.
    global core_ready
    if core_ready:
        return
    heaps_init()
    output_init()
    core_ready = True


cdef public void mesh_rt_init(int argc, char **argv) noexcept nogil:
    global program_argc, program_argv
    program_argc = argc
    program_argv = argv
    core_init()
    overflow_handler_install()


cdef void run_main_process(void *unused) noexcept nogil:
    main_entry()
    mesh_ctx_switch(&main_process_ctx, &boot_ctx)


cdef public int mesh_rt_start(void (*entry)() noexcept nogil) noexcept nogil:
    global main_entry
    core_init()
    main_entry = entry
    if stack_alloc(&main_process_stack, MAIN_STACK_SIZE) != 0:
        panic_with(b"out of memory", 13, NULL, 0)
    mesh_ctx_init(&main_process_ctx, main_process_stack.base,
                  main_process_stack.size, run_main_process, NULL)
    overflow_watch(&main_process_stack)
    mesh_ctx_switch(&boot_ctx, &main_process_ctx)
    overflow_watch(NULL)
    stack_free(&main_process_stack)
    stdout_flush()
    return 0
