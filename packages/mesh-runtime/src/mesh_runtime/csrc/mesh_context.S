/*
 * mesh_context.S -- mesh_ctx_switch(from, to) and the trampoline that starts
 * a fresh context.  Only callee-saved registers are saved: the switch is an
 * ordinary call, so the compiler has already spilled the rest.  Each
 * function lives in its own section so --gc-sections can drop it.
 */
#if defined(__x86_64__)

    .section .text.mesh_ctx_switch,"ax",@progbits
    .globl mesh_ctx_switch
    .type mesh_ctx_switch,@function
    .p2align 4
mesh_ctx_switch:                 /* rdi = from, rsi = to */
    pushq %rbp
    pushq %rbx
    pushq %r12
    pushq %r13
    pushq %r14
    pushq %r15
    movq %rsp, (%rdi)
    movq (%rsi), %rsp
    popq %r15
    popq %r14
    popq %r13
    popq %r12
    popq %rbx
    popq %rbp
    ret
    .size mesh_ctx_switch,.-mesh_ctx_switch

    .section .text.mesh_ctx_trampoline,"ax",@progbits
    .globl mesh_ctx_trampoline
    .type mesh_ctx_trampoline,@function
    .p2align 4
mesh_ctx_trampoline:             /* r12 = fn, r13 = arg; rsp 16-aligned */
    movq %r13, %rdi
    callq *%r12
    ud2                          /* fn returned: a runtime bug */
    .size mesh_ctx_trampoline,.-mesh_ctx_trampoline

#elif defined(__aarch64__)

    .section .text.mesh_ctx_switch,"ax",%progbits
    .globl mesh_ctx_switch
    .type mesh_ctx_switch,%function
    .p2align 4
mesh_ctx_switch:                 /* x0 = from, x1 = to */
    sub sp, sp, #160
    stp d8, d9, [sp, #0]
    stp d10, d11, [sp, #16]
    stp d12, d13, [sp, #32]
    stp d14, d15, [sp, #48]
    stp x19, x20, [sp, #64]
    stp x21, x22, [sp, #80]
    stp x23, x24, [sp, #96]
    stp x25, x26, [sp, #112]
    stp x27, x28, [sp, #128]
    stp x29, x30, [sp, #144]
    mov x9, sp
    str x9, [x0]
    ldr x9, [x1]
    mov sp, x9
    ldp d8, d9, [sp, #0]
    ldp d10, d11, [sp, #16]
    ldp d12, d13, [sp, #32]
    ldp d14, d15, [sp, #48]
    ldp x19, x20, [sp, #64]
    ldp x21, x22, [sp, #80]
    ldp x23, x24, [sp, #96]
    ldp x25, x26, [sp, #112]
    ldp x27, x28, [sp, #128]
    ldp x29, x30, [sp, #144]
    add sp, sp, #160
    ret
    .size mesh_ctx_switch,.-mesh_ctx_switch

    .section .text.mesh_ctx_trampoline,"ax",%progbits
    .globl mesh_ctx_trampoline
    .type mesh_ctx_trampoline,%function
    .p2align 4
mesh_ctx_trampoline:             /* x19 = fn, x20 = arg */
    mov x0, x20
    blr x19
    brk #0                       /* fn returned: a runtime bug */
    .size mesh_ctx_trampoline,.-mesh_ctx_trampoline

#else
#error "mesh runtime: no context switch for this architecture"
#endif

    .section .note.GNU-stack,"",%progbits
