from mesh_types import SourceFile, check
from mesh_types.type_printer import TypePrinter
from mesh_types.types import TFun


def check_text(text: str, path: str = "main.mpl"):
    return check([SourceFile(path, text, "Main")])


def signatures(text: str) -> dict[str, str]:
    """`name -> Fun(...) -> R` for every function of a program that checks."""
    result = check_text(text)
    errors = [f"{d.code} {d.message}" for d in result.diagnostics if d.is_error]
    assert result.program is not None, errors
    out = {}
    for module in result.program.modules:
        for fn in module.functions:
            ty = TFun(tuple(p.binding.ty for p in fn.params), fn.ret)
            out[fn.symbol] = TypePrinter().show(ty)
    return out


def codes(text: str) -> list[str]:
    return [d.code for d in check_text(text).diagnostics]
