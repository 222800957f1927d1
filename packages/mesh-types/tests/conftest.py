import sys
from pathlib import Path

# Allow running the suite from a checkout without installing the packages.
_packages = Path(__file__).resolve().parents[2]
for name in ("mesh-types", "mesh-syntax"):
    src = _packages / name / "src"
    if src.is_dir() and str(src) not in sys.path:
        sys.path.insert(0, str(src))
