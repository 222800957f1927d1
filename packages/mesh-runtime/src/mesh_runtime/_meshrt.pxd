# C-level interface of the runtime, part by part (see _meshrt.pyx for the
# order and the reasons).  The .pyx parts implement what these declare.

include "rt/abi.pxd"
include "rt/context.pxd"
include "rt/numfmt.pxd"
include "rt/output.pxd"
include "rt/panic.pxd"
include "rt/heap.pxd"
include "rt/gc.pxd"
include "rt/scalar_ops.pxd"
include "rt/stacks.pxd"
include "rt/ustr.pxd"
include "rt/collections.pxd"
include "rt/json.pxd"
