"""``Json`` functions that are runtime calls (spec 11 s13.2): parse into a Result, the
fixed encoders, and member lookup on JSON text or on a parsed ``Json``.  Encoding any
``ToJson`` value and ``deriving(Json)`` are in ``json_codec`` (they need per-type code)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from llvmlite import ir
from mesh_types.types import TCon, prune

from .library_calls import BuiltinEmitter, result_call, rt_call

if TYPE_CHECKING:
    from .emit_function import FunctionEmitter


def _on_source(parsed: str, text: str) -> BuiltinEmitter:
    """``Json.get``/``get_nested`` take raw text or a parsed value (spec 11 s13.2)."""
    def emit(fe: FunctionEmitter, args, ins) -> ir.Value:
        is_text = prune(ins.args[0].ty) == TCon("String")
        return rt_call(text if is_text else parsed)(fe, args, ins)
    return emit


JSON_BUILTINS: dict[str, BuiltinEmitter] = {
    "Json.parse": result_call("json_parse"),
    "Json.encode_string": rt_call("json_encode_string"), "Json.encode_int": rt_call("json_encode_int"),
    "Json.encode_bool": rt_call("json_encode_bool"), "Json.encode_map": rt_call("json_encode_map"),
    "Json.encode_list": rt_call("json_encode_list"),
    "$json.encode_float": rt_call("json_encode_float"), "$json.encode": rt_call("json_encode"),
    "Json.get": _on_source("json_get", "json_get_text"),
    "Json.get_nested": _on_source("json_get_nested", "json_get_nested_text"),
}
JSON_BUILTINS.update({"JSON." + k.split(".", 1)[1]: v for k, v in JSON_BUILTINS.items() if k.startswith("Json.")})
