"""The cryptography of protected notes (issue 16), from libsodium through PyNaCl.

Nothing here is home-made: Argon2id (``crypto_pwhash``) turns a passphrase into a key,
XChaCha20-Poly1305 (``crypto_aead_xchacha20poly1305_ietf``) encrypts and authenticates,
BLAKE2b derives the key that a recovery key stands for. Why PyNaCl rather than
``cryptography``: Argon2id is the memory-hard KDF that current advice (RFC 9106, OWASP)
puts first, the 24-byte random nonces of XChaCha20 make nonce reuse a non-issue for
files rewritten thousands of times, and the package is small (libsodium + cffi: about
4.5 MB installed against about 12 MB for ``cryptography``'s Rust extension), which
matters with a bundle close to its 100 MB budget.

Layout of the keys: one random 256-bit *data key* encrypts every file; it is stored twice,
wrapped (encrypted) under a key derived from the passphrase and under a key derived from
the recovery key. Changing the passphrase re-wraps the data key; the files stay as they are.
"""

from __future__ import annotations

import base64
import secrets
from dataclasses import dataclass
from typing import Any

# PyNaCl (libsodium through cffi) is imported by the functions that use it: importing it
# costs about 10 ms of every start, and a start that opens no protected folder needs none of
# it. The sizes below are libsodium's (tests/core/test_crypto.py checks them against it).

#: Argon2id cost: about 0.6 s and 256 MiB on the reference machine (see docs / notes).
#: Nothing in the product lowers it (no environment variable or option: whoever controls a
#: user's environment must not be able to weaken the key of the next ``protect``); the test
#: suite patches these two names (tests/conftest.py, tests/support/sitecustomize.py).
OPS_LIMIT = 3
MEM_LIMIT = 256 * 1024 * 1024
KEY_BYTES = 32  # crypto_aead_xchacha20poly1305_ietf_KEYBYTES
NONCE_BYTES = 24  # crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
SALT_BYTES = 16  # crypto_pwhash_argon2id_SALTBYTES
RECOVERY_BYTES = 20  # 160 random bits, shown as 32 base32 letters
MAGIC = b"KZB1"


class DecryptionError(Exception):
    """A ciphertext failed authentication: wrong key, or the file was changed or damaged."""


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def kdf_params() -> dict[str, Any]:
    """Fresh KDF parameters (a new salt) at the product's cost."""
    return {
        "alg": "argon2id",
        "ops": OPS_LIMIT,
        "mem": MEM_LIMIT,
        "salt": b64(secrets.token_bytes(SALT_BYTES)),
    }


def derive_key(passphrase: str, params: dict[str, Any]) -> bytes:
    """The key that ``passphrase`` stands for under ``params`` (Argon2id)."""
    import nacl.pwhash.argon2id as argon2id

    if params.get("alg") != "argon2id":
        raise ValueError(f"unknown key derivation {params.get('alg')!r}")
    return argon2id.kdf(
        KEY_BYTES,
        passphrase.encode("utf-8"),
        unb64(params["salt"]),
        opslimit=int(params["ops"]),
        memlimit=int(params["mem"]),
    )


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def seal(key: bytes, plaintext: bytes, purpose: bytes) -> bytes:
    """``MAGIC + nonce + ciphertext`` of ``plaintext``; ``purpose`` is authenticated too, so
    a file cannot be swapped for another kind of file encrypted under the same key."""
    import nacl.bindings as sodium

    nonce = secrets.token_bytes(NONCE_BYTES)
    body = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(plaintext, MAGIC + purpose, nonce, key)
    return MAGIC + nonce + body


def unseal(key: bytes, blob: bytes, purpose: bytes) -> bytes:
    """The plaintext of :func:`seal`'s output; :class:`DecryptionError` if it fails to verify."""
    import nacl.bindings as sodium
    import nacl.exceptions

    if len(blob) < len(MAGIC) + NONCE_BYTES or not blob.startswith(MAGIC):
        raise DecryptionError("not a kzbrief encrypted file")
    nonce = blob[len(MAGIC) : len(MAGIC) + NONCE_BYTES]
    try:
        return bytes(
            sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
                blob[len(MAGIC) + NONCE_BYTES :], MAGIC + purpose, nonce, key
            )
        )
    except nacl.exceptions.CryptoError as exc:
        raise DecryptionError("the file does not open with this key") from exc


# -- recovery keys --------------------------------------------------------------------------------
def new_recovery_key() -> str:
    """A recovery key for the user to write down: 32 letters and digits in groups of four."""
    raw = base64.b32encode(secrets.token_bytes(RECOVERY_BYTES)).decode("ascii")
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def normalise_recovery_key(text: str) -> bytes | None:
    """The bytes of a recovery key as typed (any case, spaces or dashes), or None."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    if len(cleaned) != RECOVERY_BYTES * 8 // 5:
        return None
    try:
        return base64.b32decode(cleaned)
    except ValueError:
        return None


def recovery_wrapping_key(raw: bytes, salt: bytes) -> bytes:
    """The key a recovery key stands for (it has 160 random bits: no slow KDF needed)."""
    import nacl.hash
    from nacl.encoding import RawEncoder

    return nacl.hash.blake2b(
        raw, digest_size=KEY_BYTES, salt=salt, person=b"kzbrief-recover", encoder=RawEncoder
    )


@dataclass
class WrappedKeys:
    """The contents of ``keys.json``: how to get the data key back."""

    kdf: dict[str, Any]
    by_passphrase: bytes
    recovery_salt: bytes
    by_recovery: bytes

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": 1,
            "cipher": "xchacha20poly1305",
            "kdf": self.kdf,
            "wrapped_by_passphrase": b64(self.by_passphrase),
            "recovery_salt": b64(self.recovery_salt),
            "wrapped_by_recovery_key": b64(self.by_recovery),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> WrappedKeys:
        if data.get("format") != 1 or data.get("cipher") != "xchacha20poly1305":
            raise ValueError("unknown key file format")
        return cls(
            kdf=dict(data["kdf"]),
            by_passphrase=unb64(data["wrapped_by_passphrase"]),
            recovery_salt=unb64(data["recovery_salt"]),
            by_recovery=unb64(data["wrapped_by_recovery_key"]),
        )


KEY_PURPOSE = b"data-key"


def wrap_new(data_key: bytes, passphrase: str, recovery_key: str) -> WrappedKeys:
    kdf = kdf_params()
    raw = normalise_recovery_key(recovery_key)
    assert raw is not None
    salt = secrets.token_bytes(16)
    return WrappedKeys(
        kdf=kdf,
        by_passphrase=seal(derive_key(passphrase, kdf), data_key, KEY_PURPOSE),
        recovery_salt=salt,
        by_recovery=seal(recovery_wrapping_key(raw, salt), data_key, KEY_PURPOSE),
    )


def rewrap(keys: WrappedKeys, data_key: bytes, passphrase: str) -> WrappedKeys:
    """``keys`` with the data key wrapped under a new passphrase (the recovery key stays)."""
    kdf = kdf_params()
    return WrappedKeys(
        kdf=kdf,
        by_passphrase=seal(derive_key(passphrase, kdf), data_key, KEY_PURPOSE),
        recovery_salt=keys.recovery_salt,
        by_recovery=keys.by_recovery,
    )


def unwrap(keys: WrappedKeys, secret: str) -> bytes:
    """The data key, from the passphrase or the recovery key; DecryptionError if neither."""
    try:
        return unseal(derive_key(secret, keys.kdf), keys.by_passphrase, KEY_PURPOSE)
    except DecryptionError:
        raw = normalise_recovery_key(secret)
        if raw is None:
            raise
        wrapping = recovery_wrapping_key(raw, keys.recovery_salt)
        return unseal(wrapping, keys.by_recovery, KEY_PURPOSE)
