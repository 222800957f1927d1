"""Type inference over the syntax tree, producing the typed tree (HIR).

``program`` orchestrates (modules, collection pass, SCC order,
generalisation); ``function`` holds the per-definition checker, which is
assembled from one mixin per family of constructs (``expressions``,
``operators``, ``calls``, ``patterns``); ``type_exprs`` turns annotations
into types; ``env`` holds the symbol tables.
"""
