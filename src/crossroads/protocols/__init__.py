"""Wire formats as pure functions: bytes and dicts in, bytes and dicts out, no I/O.

The canonical in-memory form is the Anthropic Messages shape; each other protocol translates to and from it.
"""
