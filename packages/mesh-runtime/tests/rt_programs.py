"""C sources shaped like compiled Mesh programs, for the link tests."""


def mesh_program(body: str, helpers: str = "") -> str:
    """A C translation unit shaped like a compiled Mesh program."""
    return f"""
#include <stdint.h>
#include <string.h>
#include "mesh_rt.h"

static mesh_string *lit(const char *text) {{
    return mesh_rt_string_new(text, (int64_t)strlen(text));
}}
{helpers}
static void mesh_main(void) {{
{body}
}}

int main(int argc, char **argv) {{
    mesh_rt_init(argc, argv);
    return mesh_rt_start(mesh_main);
}}
"""
