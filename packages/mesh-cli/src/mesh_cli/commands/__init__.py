"""One module per subcommand; each exposes ``run(ns, ctx) -> int``."""
