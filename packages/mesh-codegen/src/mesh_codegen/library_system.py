"""IO, File, Env and Crypto (spec 11 s10-s12, s14): runtime calls, with the Option and
Result values built here around the runtime's status + out-parameter functions
(mesh_rt.h "IO, File, Env")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from llvmlite import ir

from .library_calls import BuiltinEmitter, fetch, result_call, rt_call

if TYPE_CHECKING:
    from .emit_function import FunctionEmitter


def _env_get(fe: FunctionEmitter, args, ins) -> ir.Value:
    """``Env.get(key)`` is an Option; ``Env.get(key, default)`` the value or the default."""
    if len(args) == 2:
        return rt_call("env_get_or")(fe, args, ins)
    return fetch("env_get")(fe, args, ins)


SYSTEM_BUILTINS: dict[str, BuiltinEmitter] = {
    "IO.read_line": result_call("io_read_line"),
    "File.read": result_call("file_read"), "File.write": result_call("file_write"),
    "File.append": result_call("file_append"), "File.delete": result_call("file_delete"),
    "File.exists": rt_call("file_exists"),
    "Env.get": _env_get, "Env.get_int": rt_call("env_get_int"), "Env.args": rt_call("env_args"),
    "Crypto.sha256": rt_call("crypto_sha256"), "Crypto.hmac_sha256": rt_call("crypto_hmac_sha256"),
    "Crypto.random_hex": rt_call("crypto_random_hex"), "Crypto.uuid4": rt_call("crypto_uuid4"),
}
