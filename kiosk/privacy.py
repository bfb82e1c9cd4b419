"""Personal data at rest: the data key, field encryption (AES-GCM) and the SQLAlchemy column types.

Every column holding personal data (個人情報) is encrypted field by field with AES-256-GCM. The key
never lives in the database: it is kept in the OS keyring where one is present, else in a key file
readable only by the service user (mode 0600). Each field carries a key id, and the database holds
an encrypted check value, so a lost or replaced key is detected when the database is opened
(:class:`KeyMissingError`, :class:`KeyMismatchError`) instead of surfacing later as garbage or
silently starting over with a fresh key.

The cipher is bound to an engine's dialect (:func:`bind_cipher`), so one process can hold several
databases with different keys (the test suite does).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import stat
import sys
from pathlib import Path
from typing import Any, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import LargeBinary
from sqlalchemy.engine import Dialect, Engine
from sqlalchemy.types import TypeDecorator

from kiosk import private_files
from kiosk.errors import KioskError

_FORMAT = b"\x01"  # version byte of the stored field format
_NONCE = 12
_KEY_ID = 4


class KeyError_(KioskError):
    """Base of data-key problems: the database must not be used until a person fixes them."""

    exit_code = 3


class KeyMissingError(KeyError_):
    """The database holds encrypted data but its key cannot be found."""


class KeyMismatchError(KeyError_):
    """A key was found but it is not the key this data was encrypted with."""


class KeyFileInsecureError(KeyError_):
    """The key file can be read by other users."""


class FieldCipher:
    """AES-256-GCM for single fields; ``aad`` binds a value to its column (no swapping)."""

    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("the data key must be 32 bytes")
        self._aead = AESGCM(key)
        self._key = key
        self.key_id = hashlib.sha256(b"kiosk-key-id" + key).digest()[:_KEY_ID]

    def encrypt(self, plaintext: bytes, aad: bytes) -> bytes:
        """``format | key id | nonce | ciphertext+tag``."""
        nonce = os.urandom(_NONCE)
        return _FORMAT + self.key_id + nonce + self._aead.encrypt(nonce, plaintext, aad)

    def decrypt(self, blob: bytes, aad: bytes) -> bytes:
        """Decrypt a field, raising :class:`KeyMismatchError` when it is not ours or altered."""
        if blob[:1] != _FORMAT:
            raise KeyMismatchError("an encrypted field has an unknown format (damaged database?)")
        key_id = blob[1 : 1 + _KEY_ID]
        if key_id != self.key_id:
            raise KeyMismatchError(
                "data was encrypted with another key (key id "
                f"{key_id.hex()}, ours {self.key_id.hex()}): the data key was lost or replaced"
            )
        nonce = blob[1 + _KEY_ID : 1 + _KEY_ID + _NONCE]
        try:
            return self._aead.decrypt(nonce, blob[1 + _KEY_ID + _NONCE :], aad)
        except InvalidTag as exc:
            raise KeyMismatchError("an encrypted field fails its integrity check") from exc

    def derive(self, purpose: str) -> bytes:
        """A 32-byte subkey for another purpose (e.g. the audit chain's HMAC)."""
        hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose.encode())
        return hkdf.derive(self._key)


def new_key() -> bytes:
    """A fresh random 256-bit data key."""
    return secrets.token_bytes(32)


# ---------------------------------------------------------------------------------------------
# Key stores


class KeyStore(Protocol):
    """Where the data key lives (outside the database)."""

    description: str

    def get(self) -> bytes | None: ...

    def put(self, key: bytes) -> None: ...

    def get_pending(self) -> bytes | None:
        """A new key written by an unfinished rotation, if any."""
        ...

    def put_pending(self, key: bytes) -> None: ...

    def promote_pending(self) -> None:
        """Make the pending key the key (the old one is deleted)."""
        ...


class FileKeyStore:
    """A key file readable only by its owner (0600); refused when others can read it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.pending = path.with_name(path.name + ".new")
        self.description = f"key file {path}"

    def get(self) -> bytes | None:
        return self._read(self.path)

    def get_pending(self) -> bytes | None:
        return self._read(self.pending)

    def put_pending(self, key: bytes) -> None:
        self.pending.unlink(missing_ok=True)
        self._write(self.pending, key)

    def promote_pending(self) -> None:
        os.replace(self.pending, self.path)

    def _read(self, path: Path) -> bytes | None:
        try:
            st = path.stat()
        except FileNotFoundError:
            return None
        if sys.platform != "win32" and st.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise KeyFileInsecureError(
                f"{path}: the data key file is accessible to other users "
                f"(mode {stat.S_IMODE(st.st_mode):04o}); run: chmod 600 {path}"
            )
        raw = path.read_bytes().strip()
        try:
            key = base64.b64decode(raw, validate=True)
        except ValueError as exc:
            raise KeyMismatchError(f"{path}: not a data key file") from exc
        if len(key) != 32:
            raise KeyMismatchError(f"{path}: not a data key file (wrong length)")
        return key

    def put(self, key: bytes) -> None:
        self._write(self.path, key)

    def _write(self, path: Path, key: bytes) -> None:
        private_files.write_private(path, base64.b64encode(key) + b"\n")


class KeyringKeyStore:
    """The OS keyring (Secret Service, Windows Credential Manager, macOS Keychain)."""

    USERNAME = "data-key"

    def __init__(self, service: str) -> None:
        self.service = service
        self.description = f"OS keyring entry {service}/{self.USERNAME}"

    def get(self) -> bytes | None:
        import keyring

        return self._decode(keyring.get_password(self.service, self.USERNAME))

    def _decode(self, value: str | None) -> bytes | None:
        if value is None:
            return None
        try:
            key = base64.b64decode(value, validate=True)
        except ValueError as exc:
            raise KeyMismatchError(f"{self.description}: not a data key (not base64)") from exc
        if len(key) != 32:
            raise KeyMismatchError(f"{self.description}: not a data key (wrong length)")
        return key

    def put(self, key: bytes) -> None:
        import keyring

        keyring.set_password(self.service, self.USERNAME, base64.b64encode(key).decode())

    def get_pending(self) -> bytes | None:
        import keyring

        return self._decode(keyring.get_password(self.service, self.USERNAME + ".new"))

    def put_pending(self, key: bytes) -> None:
        import keyring

        keyring.set_password(self.service, self.USERNAME + ".new", base64.b64encode(key).decode())

    def promote_pending(self) -> None:
        import keyring

        pending = self.get_pending()
        if pending is None:
            return
        self.put(pending)
        keyring.delete_password(self.service, self.USERNAME + ".new")


def keyring_available() -> bool:
    """Whether a real OS keyring backend is present (not the fail/null backends)."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:
        return False
    if isinstance(backend, fail.Keyring):
        return False
    name = type(backend).__module__
    return not name.startswith("keyring.backends.null")


def key_store_for(store: str, key_file: Path, service: str) -> KeyStore:
    """The key store a configuration names (``auto``: keyring where present, else the file)."""
    if store == "keyring" or (store == "auto" and keyring_available()):
        if store == "keyring" and not keyring_available():
            raise KeyMissingError("privacy.key_store = keyring, but no OS keyring is available")
        return KeyringKeyStore(service)
    return FileKeyStore(key_file)


# ---------------------------------------------------------------------------------------------
# Binding to SQLAlchemy


def bind_cipher(engine: Engine, cipher: FieldCipher) -> None:
    """Make ``cipher`` the one the encrypted column types use on ``engine``."""
    engine.dialect.kiosk_cipher = cipher  # type: ignore[attr-defined]


def cipher_for(dialect: Dialect) -> FieldCipher:
    cipher: FieldCipher | None = getattr(dialect, "kiosk_cipher", None)
    if cipher is None:
        raise KeyMissingError("no data key is bound to this database connection")
    return cipher


class EncryptedBytes(TypeDecorator[bytes]):
    """Bytes stored AES-GCM encrypted; ``purpose`` (e.g. ``"notifications.payload"``) is the AAD."""

    impl = LargeBinary
    cache_ok = True

    def __init__(self, purpose: str) -> None:
        super().__init__()
        self.purpose = purpose

    def _encode(self, value: Any) -> bytes:
        assert isinstance(value, bytes)
        return value

    def _decode(self, raw: bytes) -> Any:
        return raw

    def process_bind_param(self, value: Any, dialect: Dialect) -> bytes | None:
        if value is None:
            return None
        return cipher_for(dialect).encrypt(self._encode(value), self.purpose.encode())

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        return self._decode(cipher_for(dialect).decrypt(bytes(value), self.purpose.encode()))


class EncryptedText(EncryptedBytes):
    """A string stored encrypted (UTF-8 inside)."""

    cache_ok = True

    def _encode(self, value: Any) -> bytes:
        return str(value).encode("utf-8")

    def _decode(self, raw: bytes) -> Any:
        return raw.decode("utf-8")


class EncryptedJSON(EncryptedBytes):
    """A JSON document stored encrypted (pass ``str`` to store pre-serialised JSON verbatim)."""

    cache_ok = True

    def _encode(self, value: Any) -> bytes:
        if isinstance(value, str):
            return value.encode("utf-8")
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")

    def _decode(self, raw: bytes) -> Any:
        return raw.decode("utf-8")


CHECK_PLAINTEXT = b"kakanai-madoguchi data key check"


def make_key_check(cipher: FieldCipher) -> str:
    """The encrypted check value stored in the database to recognise its key later."""
    return base64.b64encode(cipher.encrypt(CHECK_PLAINTEXT, b"kiosk_meta.key_check")).decode()


def verify_key_check(cipher: FieldCipher, stored: str, where: str) -> None:
    """Raise :class:`KeyMismatchError` unless ``stored`` was made with ``cipher``'s key."""
    try:
        plain = cipher.decrypt(base64.b64decode(stored), b"kiosk_meta.key_check")
    except KeyMismatchError as exc:
        raise KeyMismatchError(
            f"the data key in {where} does not open this database: the key was lost or "
            "replaced; restore the original key (refusing to start)"
        ) from exc
    if plain != CHECK_PLAINTEXT:  # pragma: no cover - the AEAD tag already guarantees this
        raise KeyMismatchError("the database key check value is wrong")
