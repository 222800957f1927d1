"""`python -m mesh_cli` is the same as the `mesh` command."""

import sys

from .main import main

sys.exit(main())
