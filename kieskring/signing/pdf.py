"""PAdES signing of a PV with pyHanko: invisible signature field, signing time as input, same bytes.

Reproducibility: pyHanko normally draws the second half of the trailer ``/ID`` at random and stamps
the document's modification date with the clock. Here the ``/ID`` half is the SHA-256 of the
unsigned PDF (first 16 bytes) and the document metadata are left as the renderer wrote them; the
signature's ``/M`` and CMS signing time are ``signing_time``. RSA PKCS#1 v1.5 is deterministic, so
the same PDF, key and time give byte-identical signed PDFs.
"""

from __future__ import annotations

import hashlib
import io
from datetime import datetime
from typing import Any

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko_certvalidator.registry import SimpleCertificateStore

from kieskring.signing.installation import Installation

FIELD_NAME = "Handtekening_installatie"


class _FixedIdWriter(IncrementalPdfFileWriter):
    """An incremental writer with a content-derived ``/ID`` and no clock-stamped metadata."""

    def __init__(self, stream: io.BytesIO) -> None:
        digest = hashlib.sha256(stream.getvalue()).digest()
        super().__init__(stream)
        first = self._document_id[0]
        self._document_id = generic.ArrayObject([first, generic.ByteStringObject(digest[:16])])

    def _update_meta(self) -> None:
        """Keep the renderer's metadata (no ModDate from the clock)."""


class _TimedSigner(signers.PdfSigner):
    """A PdfSigner whose session uses the given signing time instead of the clock."""

    def __init__(self, *args: Any, signing_time: datetime, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._signing_time = signing_time

    def init_signing_session(self, *args: Any, **kwargs: Any) -> Any:
        session = super().init_signing_session(*args, **kwargs)
        session.system_time = self._signing_time
        return session


def _simple_signer(inst: Installation) -> signers.SimpleSigner:
    der_cert = inst.certificate.public_bytes(serialization.Encoding.DER)
    der_key = inst.key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    cert = asn1_x509.Certificate.load(der_cert)
    return signers.SimpleSigner(
        signing_cert=cert,
        signing_key=asn1_keys.PrivateKeyInfo.load(der_key),
        cert_registry=SimpleCertificateStore.from_certs([cert]),  # type: ignore[no-untyped-call]
        prefer_pss=False,
    )


def sign_pdf(
    pdf: bytes,
    inst: Installation,
    signing_time: datetime,
    *,
    reason: str = "Proces-verbaal vastgesteld",
    location: str = "",
) -> bytes:
    """``pdf`` with a PAdES signature of ``inst`` at ``signing_time`` (must be timezone-aware)."""
    if signing_time.tzinfo is None:
        raise ValueError("signing_time must be timezone-aware")
    writer = _FixedIdWriter(io.BytesIO(pdf))
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason,
        location=location or None,
        name=inst.name,
    )
    signer = _TimedSigner(meta, _simple_signer(inst), signing_time=signing_time)
    out = io.BytesIO()
    signer.sign_pdf(writer, output=out)
    return out.getvalue()
