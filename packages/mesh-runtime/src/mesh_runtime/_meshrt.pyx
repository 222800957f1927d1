# cython: language_level=3, cdivision=True, boundscheck=False, wraparound=False
# cython: initializedcheck=False, nonecheck=False
#
# The Mesh runtime: one extension module, one C translation unit.
#
# Every part below is `include`d rather than compiled as a module of its own,
# because calls between Cython modules go through Python capsules set up at
# import time, and a linked Mesh program never imports anything.  As one
# unit, the parts call each other as plain C.  The same generated C file is
# compiled once and used twice: linked into this extension (for pytest) and
# archived into libmeshrt.a (for programs, which keep only what they use).
#
# Order: the leaves first, then what builds on them.
include "rt/numfmt.pyx"      # int/float -> text into buffers
include "rt/output.pyx"      # stdout buffering, raw writes; print entry points
include "rt/panic.pyx"       # panic line + exit 101
include "rt/heap.pyx"        # chunked bump heap; mesh_rt_alloc
include "rt/strings.pyx"     # mesh_string operations and conversions
include "rt/stacks.pyx"      # guarded process stacks, stack-overflow panic
include "rt/start.pyx"       # mesh_rt_init / mesh_rt_start
include "rt/testing.pyx"     # def wrappers for pytest (dropped at link time)
