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
include "rt/heap.pyx"        # per-process heaps: blocks, lines, mesh_rt_alloc
include "rt/strings.pyx"     # mesh_string operations and conversions
include "rt/ustr_buf.pyx"    # text building: strbuf, n-ary concat, Debug quoting
include "rt/scalar_ops.pyx"  # Int/Float/Bool/()/String/Atom value operations
include "rt/ustr.pyx"        # String module: slice, search, replace, split, join, trim
include "rt/ustr_case.pyx"   # Unicode case mapping and whitespace (generated tables)
include "rt/ustr_parse.pyx"  # String.to_int / String.to_float
include "rt/collections_show.pyx"   # element Display/Debug, hash, eq, 2-tuples
include "rt/list.pyx"        # List<T>: vector stores, views, construction, access
include "rt/list_ops.pyx"    # List<T> eq / cmp / hash / Display / Debug
include "rt/list_sort.pyx"   # stable merge sort (by cmp or by closure)
include "rt/list_hof.pyx"    # List<T> functions that call closures
include "rt/map_champ.pyx"   # persistent hash index (CHAMP trie) of maps and sets
include "rt/map.pyx"         # ordered map machinery; Map<K, V>
include "rt/set.pyx"         # Set<T> on the ordered map
include "rt/queue.pyx"       # Queue<T>: persistent FIFO window
include "rt/collections_range.pyx"  # Range
include "rt/stacks.pyx"      # guarded process stacks, stack-overflow panic
include "rt/start.pyx"       # mesh_rt_init / mesh_rt_start
include "rt/gc.pyx"          # mark-sweep collector (after start: main stack)
include "rt/preempt.pyx"     # preemption flag and yield (safe points)
include "rt/iter.pyx"        # Iter<T>: lazy single-pass iterators
include "rt/json_values.pyx" # Json: descriptors, construction, eq/hash/show
include "rt/json_parse.pyx"  # Json.parse: strict RFC 8259
include "rt/json_encode.pyx" # Json.encode*, Json.get / get_nested
include "rt/io_input.pyx"    # IO.read_line; UTF-8 checks of outside text
include "rt/file.pyx"        # File.read / write / append / exists / delete
include "rt/env.pyx"         # Env.get*, Env.args (argv kept by rt/start)
include "rt/crypto.pyx"      # Crypto: SHA-256, HMAC, random hex, UUID v4
include "rt/testing.pyx"     # def wrappers for pytest (dropped at link time)
include "rt/gc_testing.pyx"  # def wrappers: heap, collector, scalar descriptors
include "rt/collections_testing.pyx"  # def wrappers: strings, collections
include "rt/iter_testing.pyx"  # def wrappers: Iter pipelines
include "rt/json_testing.pyx"  # def wrappers: JSON
include "rt/file_testing.pyx"  # def wrappers: File
include "rt/env_testing.pyx"   # def wrappers: Env
include "rt/crypto_testing.pyx"  # def wrappers: Crypto
