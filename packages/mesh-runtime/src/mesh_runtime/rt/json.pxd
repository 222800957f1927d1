# JSON's C-level interface (rt/json_*.pyx).  Entry points for programs are
# in mesh_rt.h, "JSON".

from libc.stdint cimport int64_t

# The parser's state (rt/json_parse.pyx).
cdef struct json_parser:
    const char *text
    int64_t len
    int64_t pos
    int64_t depth
    const char *error        # static message; NULL while all is well
    int64_t error_pos        # byte offset the message refers to

# Arrays and objects parse their elements with it: declared here so that
# the mutually recursive parts can be written in reading order.
cdef void *parse_value(json_parser *p) noexcept nogil
