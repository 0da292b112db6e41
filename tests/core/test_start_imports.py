"""What a start that opens no protected folder does not import (issue 18: start-up)."""

from __future__ import annotations

from kzbrief.core import crypto
from tests.fresh import passes_in_a_fresh_interpreter


def test_opening_an_unprotected_library_loads_no_cryptography(tmp_path) -> None:
    # PyNaCl (libsodium through cffi) costs about 10 ms of every start; only a protected
    # folder needs it, when it is unlocked.
    code = (
        "import sys\n"
        "import kzbrief.cli\n"
        "from kzbrief.core.service import Library\n"
        f"library = Library({str(tmp_path)!r})\n"
        "briefing = library.default_briefing()\n"
        "library.section_html(briefing.sections[0].id)\n"
        "library.is_protected\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('nacl', '_cffi_backend')]\n"
        "print(loaded); sys.exit(1 if loaded else 0)\n"
    )
    passes_in_a_fresh_interpreter(code)


def test_the_sizes_written_down_are_libsodiums() -> None:
    import nacl.bindings as sodium
    import nacl.pwhash.argon2id as argon2id

    assert crypto.KEY_BYTES == sodium.crypto_aead_xchacha20poly1305_ietf_KEYBYTES
    assert crypto.NONCE_BYTES == sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
    assert crypto.SALT_BYTES == argon2id.SALTBYTES


def test_sealing_still_round_trips() -> None:
    key = crypto.new_key()
    blob = crypto.seal(key, b"note text", b"notes")
    assert crypto.unseal(key, blob, b"notes") == b"note text"
    raw = crypto.normalise_recovery_key(crypto.new_recovery_key())
    assert raw is not None
    assert len(crypto.recovery_wrapping_key(raw, b"\0" * 16)) == crypto.KEY_BYTES
