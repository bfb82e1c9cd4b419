"""Proof of origin for every delivery: RFC 9421 HTTP Message Signatures over an RFC 9530 digest.

Why HTTP Message Signatures and not JWS: the back office receives the notification JSON as the
plain request body, exactly as the intake contract describes it, so a vendor can validate it
with any JSON Schema tool; the signature travels in two headers beside it. A JWS would wrap the
body (or need a non-standard detached-signature header) and could not cover the HTTP method,
path and ``Idempotency-Key`` header, and the key is what the receiver deduplicates on: an
attacker who could move a body under another key could make the back office drop a genuine
notification as a "replay". With RFC 9421 the one signature covers the method, the path, the
content type, the idempotency key and the ``Content-Digest`` (SHA-256 of the exact body bytes).

Each counter (窓口端末) holds an Ed25519 private key; its ``keyid`` names the counter, and the
back office keeps the matching public keys. Signatures carry ``created`` and a fixed ``tag`` so
that a receiver can refuse stale or foreign signatures.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from http_message_signatures import (
    HTTPMessageSignaturesException,
    HTTPMessageSigner,
    HTTPMessageVerifier,
    MappingKeyResolver,
    algorithms,
)

#: The signature dictionary label used in ``Signature-Input`` / ``Signature``.
SIGNATURE_LABEL = "counter"
#: Application tag (RFC 9421 ``tag`` parameter): says the signature is meant for this contract.
SIGNATURE_TAG = "kakanai-madoguchi-intake-v1"
#: Components every delivery signature covers (``content-digest`` is added with the body).
COVERED_COMPONENTS = ("@method", "@path", "content-type", "idempotency-key")
#: What a receiver insists the signature covered.
REQUIRED_COMPONENTS = (*COVERED_COMPONENTS, "content-digest")
#: How old a signature may be when it arrives; each retry signs afresh, so this stays short.
DEFAULT_MAX_AGE = timedelta(minutes=5)

_KEY_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


class SignatureRejected(Exception):
    """A request's signature or digest did not verify; the message says why in one line."""


@dataclass
class _MessageView:
    """The request shape the signature library reads: method, absolute URL, headers."""

    method: str
    url: str
    headers: httpx.Headers


@dataclass(frozen=True)
class CounterKey:
    """A counter's signing key (Ed25519) and the ``keyid`` the back office knows it by."""

    key_id: str
    private_key: Ed25519PrivateKey

    def __post_init__(self) -> None:
        if not _KEY_ID.match(self.key_id):
            raise ValueError(f"key id must be 1-64 of A-Z a-z 0-9 . _ -: {self.key_id!r}")

    @classmethod
    def generate(cls, key_id: str) -> CounterKey:
        """A fresh key pair (for setup and tests)."""
        return cls(key_id, Ed25519PrivateKey.generate())

    @classmethod
    def load(cls, path: str | Path, key_id: str) -> CounterKey:
        """Read an unencrypted PKCS#8 PEM Ed25519 private key."""
        data = Path(path).read_bytes()
        key = serialization.load_pem_private_key(data, password=None)
        if not isinstance(key, Ed25519PrivateKey):
            raise ValueError(f"{path}: not an Ed25519 private key")
        return cls(key_id, key)

    def private_pem(self) -> bytes:
        """PKCS#8 PEM of the private key (to be stored readable by the kiosk user only)."""
        return self.private_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )

    def public_pem(self) -> bytes:
        """SubjectPublicKeyInfo PEM of the public key, to hand to the back-office vendor."""
        return self.private_key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )


def sign_request(
    request: httpx.Request, key: CounterKey, *, created: datetime | None = None
) -> None:
    """Add ``Content-Digest``, ``Signature-Input`` and ``Signature`` headers to ``request``.

    The request must already carry its final body, ``Content-Type`` and ``Idempotency-Key``.
    """
    signer = HTTPMessageSigner(
        signature_algorithm=algorithms.ED25519,
        key_resolver=MappingKeyResolver(public_keys={}, private_keys={key.key_id: key.private_key}),
    )
    for name in ("content-digest", "signature-input", "signature"):
        if name in request.headers:
            del request.headers[name]
    view = _MessageView(request.method, str(request.url), request.headers)
    signer.sign(
        view,
        key_id=key.key_id,
        created=created or datetime.now(UTC),
        label=SIGNATURE_LABEL,
        tag=SIGNATURE_TAG,
        covered_component_ids=COVERED_COMPONENTS,
        body=request.content,
    )


class TrustedCounters:
    """The public keys of the counters a back office accepts deliveries from, by ``keyid``."""

    def __init__(self, keys: Mapping[str, Ed25519PublicKey]) -> None:
        self._keys = dict(keys)

    @classmethod
    def from_pems(cls, pems: Mapping[str, bytes]) -> TrustedCounters:
        """Keys from ``{key_id: public PEM}``."""
        keys: dict[str, Ed25519PublicKey] = {}
        for key_id, pem in pems.items():
            key = serialization.load_pem_public_key(pem)
            if not isinstance(key, Ed25519PublicKey):
                raise ValueError(f"{key_id}: not an Ed25519 public key")
            keys[key_id] = key
        return cls(keys)

    @classmethod
    def from_directory(cls, folder: str | Path) -> TrustedCounters:
        """Every ``<keyid>.pem`` in ``folder`` (public keys only)."""
        return cls.from_pems({p.stem: p.read_bytes() for p in sorted(Path(folder).glob("*.pem"))})

    def key_ids(self) -> list[str]:
        return sorted(self._keys)

    def verify(
        self,
        *,
        method: str,
        url: str,
        headers: Iterable[tuple[str, str]],
        body: bytes,
        max_age: timedelta = DEFAULT_MAX_AGE,
    ) -> str:
        """Verify a received request; return the ``keyid`` of the counter that signed it.

        Raises :class:`SignatureRejected` when the signature is missing, malformed, stale, made
        by an unknown key, does not cover the required components, or the body does not match
        its ``Content-Digest``.
        """
        signed = self.verify_headers(method=method, url=url, headers=headers, max_age=max_age)
        signed.check_body(body)
        return signed.key_id

    def verify_headers(
        self,
        *,
        method: str,
        url: str,
        headers: Iterable[tuple[str, str]],
        max_age: timedelta = DEFAULT_MAX_AGE,
    ) -> SignedHeaders:
        """The first half of :meth:`verify`, before a byte of the body is read: the signature
        over the method, path and headers (including the ``Content-Digest`` it promises).

        A receiver refuses an unsigned or forged request here, without reading its body; the
        body, once read (within the size limit), is checked with
        :meth:`SignedHeaders.check_body`.
        """
        verifier = HTTPMessageVerifier(
            signature_algorithm=algorithms.ED25519,
            key_resolver=MappingKeyResolver(public_keys=self._keys, private_keys={}),
        )
        view = _MessageView(method.upper(), url, httpx.Headers(list(headers)))
        try:
            results = verifier.verify(
                view,
                max_age=max_age,
                expect_tag=SIGNATURE_TAG,
                require_components=REQUIRED_COMPONENTS,
            )
        except HTTPMessageSignaturesException as exc:
            raise SignatureRejected(str(exc) or "the signature does not verify") from exc
        except (ValueError, KeyError, TypeError) as exc:  # malformed structured fields
            raise SignatureRejected(f"malformed signature headers: {exc}") from exc
        if len(results) != 1:
            raise SignatureRejected("exactly one counter signature is expected")
        return SignedHeaders(str(results[0].parameters["keyid"]), verifier, view, results)


@dataclass(frozen=True)
class SignedHeaders:
    """A request whose signed headers verified; its body is still to be checked."""

    key_id: str
    _verifier: HTTPMessageVerifier
    _view: _MessageView
    _results: list[Any]

    def check_body(self, body: bytes) -> None:
        """Raise :class:`SignatureRejected` unless ``body`` matches the signed digest."""
        try:
            self._verifier.verify_body(self._view, self._results, body)
        except HTTPMessageSignaturesException as exc:
            raise SignatureRejected(str(exc) or "the body does not match its digest") from exc
        except (ValueError, KeyError, TypeError) as exc:
            raise SignatureRejected(f"malformed Content-Digest: {exc}") from exc
