"""Test-only: child processes of the test suite derive keys with a cheap Argon2id.

The test suite puts this folder first on ``PYTHONPATH`` of the processes it starts (the
``cheap_kdf`` fixture in tests/conftest.py); Python imports ``sitecustomize`` at start-up.
The product has no such switch: no environment variable lowers its KDF cost.
"""

try:
    import nacl.pwhash.argon2id as _argon2id

    from kzbrief.core import crypto as _crypto
except ImportError:  # a child that has no kzbrief on its path
    pass
else:
    _crypto.OPS_LIMIT = _argon2id.OPSLIMIT_MIN
    _crypto.MEM_LIMIT = _argon2id.MEMLIMIT_MIN
