"""Everything that is not Qt: briefings, rendering, index, search, user data, exports.

Nothing in this package may import Qt; a test enforces it.
"""
