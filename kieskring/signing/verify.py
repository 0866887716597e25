"""Checking signatures: a signed PV (PAdES) or an EML file with its detached ``.sig``.

Both return a :class:`SignatureReport`: whether the signed bytes are intact, whether the signature
is valid for the certificate it carries, whether that certificate is the expected one (``cert``; the
certificate whose fingerprint the paper PV shows), the signer's fingerprint, and coded problems
(``SIGN.1xx``) in Dutch and English. Nothing here raises on bad input: damage is a finding. Also
:func:`extract_fingerprints`, which reads the EML and certificate fingerprints printed on a PV.
"""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from kieskring.errors import Problem
from kieskring.signing import detached
from kieskring.signing.installation import certificate_fingerprint


@dataclass(frozen=True)
class SignatureReport:
    """The outcome of a signature check; ``ok`` only when intact, valid and (if asked) trusted."""

    file: str
    signer_fingerprint: str
    signer_name: str
    signing_time: str
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        """True when no problem was found."""
        return not self.problems


def _p(code: str, nl: str, en: str, file: str) -> Problem:
    return Problem(code, nl, en, file=file)


def _trust(cert: x509.Certificate, expected: x509.Certificate | None, file: str) -> list[Problem]:
    if expected is None or certificate_fingerprint(cert) == certificate_fingerprint(expected):
        return []
    return [
        _p(
            "SIGN.103",
            "ondertekend met een ander certificaat dan opgegeven",
            "signed with a different certificate than the one given",
            file,
        )
    ]


def verify_detached(
    path: Path, sig_path: Path, cert: x509.Certificate | None = None
) -> SignatureReport:
    """Check ``path`` against its detached signature ``sig_path`` (see :mod:`.detached`): the
    RSA signature over the file's exact bytes verifies with the certificate in the ``.sig``, and
    every unsigned line of the ``.sig`` agrees with what was verified (the file's SHA-256, the
    certificate's fingerprint, the file's name: SIGN.105). Who the signer is, is for the caller
    to establish (``cert``, or the PV that prints the certificate: ``uitslag verify`` V14)."""
    name = str(path)
    try:
        content = path.read_bytes()
        sig = detached.parse(sig_path.read_bytes())
    except OSError as err:
        return SignatureReport(
            name,
            "",
            "",
            "",
            (_p("SIGN.100", f"niet te lezen: {err.strerror}", "cannot read", name),),
        )
    except (ValueError, UnicodeDecodeError) as err:
        return SignatureReport(
            name,
            "",
            "",
            "",
            (
                _p(
                    "SIGN.101",
                    f"handtekeningbestand ongeldig: {err}",
                    "signature file invalid",
                    str(sig_path),
                ),
            ),
        )
    problems: list[Problem] = []
    fingerprint = certificate_fingerprint(sig.certificate)
    public = sig.certificate.public_key()
    digest_ok = hashlib.sha256(content).hexdigest() == sig.file_sha256
    try:
        if not isinstance(public, rsa.RSAPublicKey) or sig.algorithm != detached.ALGORITHM:
            raise InvalidSignature
        public.verify(sig.signature, content, padding.PKCS1v15(), hashes.SHA256())
        valid = fingerprint == sig.certificate_sha256 and _self_signed_ok(sig.certificate)
    except InvalidSignature:
        valid = False
    if not digest_ok or not valid:
        problems.append(
            _p(
                "SIGN.102",
                "handtekening klopt niet: bestand of handtekening is gewijzigd",
                "signature does not match: file or signature was changed",
                name,
            )
        )
    if sig.file_name != path.name:
        problems.append(
            _p(
                "SIGN.105",
                f"handtekeningbestand noemt bestand {sig.file_name!r}, niet {path.name!r}",
                f"signature file names file {sig.file_name!r}, not {path.name!r}",
                str(sig_path),
            )
        )
    problems += _trust(sig.certificate, cert, name)
    return SignatureReport(name, fingerprint, _common_name(sig.certificate), "", tuple(problems))


def _self_signed_ok(cert: x509.Certificate) -> bool:
    """The installation certificate is self-signed: its own signature must verify (a changed
    certificate byte is damage even when no expected certificate was given)."""
    try:
        cert.verify_directly_issued_by(cert)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


def _common_name(cert: x509.Certificate) -> str:
    names = cert.subject.get_attributes_for_oid(x509.oid.NameOID.COMMON_NAME)
    return str(names[0].value) if names else ""


def _contents_padding_clean(contents: bytes) -> bool:
    """The CMS blob in ``/Contents`` is followed by zero padding only."""
    if len(contents) < 4 or contents[0] != 0x30:
        return False
    first = contents[1]
    if first < 0x80:
        end = 2 + first
    else:
        count = first & 0x7F
        end = 2 + count + int.from_bytes(contents[2 : 2 + count], "big")
    return all(b == 0 for b in contents[end:]) and _cms_canonical(contents[:end])


def _cms_canonical(blob: bytes) -> bool:
    """The CMS blob parses completely and re-encodes to exactly the same DER bytes, so no byte
    of it (certificate names, unsigned attributes) can change without the check noticing."""
    from asn1crypto import cms

    try:
        info = cms.ContentInfo.load(blob)
        if info.dump(force=True) != blob:
            return False
        return _single_certificate(info)
    except (ValueError, TypeError, KeyError):
        return False


def _single_certificate(info: object) -> bool:
    """Every certificate carried in the CMS is the one signer certificate (an installation signs
    with its self-signed certificate only), so no unchecked copy can hide a changed byte; and the
    unsigned header fields (versions, digest algorithm set) are exactly what the signer wrote."""
    signed = info["content"]  # type: ignore[index]
    dumps = {c.dump() for c in signed["certificates"]}
    signers = signed["signer_infos"]
    if len(dumps) != 1 or len(signers) != 1:
        return False
    # Fields the signature does not cover must hold exactly the values the signer wrote.
    digests = [d.dump() for d in signed["digest_algorithms"]]
    return (
        digests == [signers[0]["digest_algorithm"].dump()]
        and signed["version"].native == "v1"
        and signers[0]["version"].native == "v1"
    )


_GAP = re.compile(rb"<[0-9A-F]+>")


def _gap_canonical(data: bytes, byte_range: list[int]) -> bool:
    """The one part of the file the signature cannot cover — the hex ``/Contents`` between the two
    byte ranges — is exactly ``<UPPERCASE HEX>`` as written; a case flip (same DER) is damage too."""
    if len(byte_range) != 4 or byte_range[0] != 0:
        return False
    return _GAP.fullmatch(data[byte_range[1] : byte_range[2]]) is not None


def _quiet_pyhanko() -> None:
    """pyHanko logs validation failures with tracebacks; here damage is a finding, reported once."""
    import logging

    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
    logging.getLogger("pyhanko_certvalidator").setLevel(logging.CRITICAL)


def verify_pdf(path: Path, cert: x509.Certificate | None = None) -> SignatureReport:
    """Check the (single) signature of a signed PV; any change to any byte is reported."""
    _quiet_pyhanko()
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    name = str(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        return SignatureReport(
            name,
            "",
            "",
            "",
            (_p("SIGN.100", f"niet te lezen: {err.strerror}", "cannot read", name),),
        )
    damaged = _p(
        "SIGN.102",
        "handtekening klopt niet: het PDF-bestand is gewijzigd of beschadigd",
        "signature does not match: the PDF was changed or damaged",
        name,
    )
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        sigs = reader.embedded_signatures
        if len(sigs) != 1:
            return SignatureReport(
                name,
                "",
                "",
                "",
                (
                    _p(
                        "SIGN.104",
                        f"verwacht 1 handtekening, gevonden {len(sigs)}",
                        "expected exactly one signature",
                        name,
                    ),
                ),
            )
        sig = sigs[0]
        signer = x509.load_der_x509_certificate(sig.signer_cert.dump())
        context = ValidationContext(trust_roots=[sig.signer_cert], allow_fetching=False)
        status = validate_pdf_signature(sig, context)
        contents = sig.sig_object.raw_get("/Contents").original_bytes
        whole = status.coverage is not None and status.coverage.name == "ENTIRE_FILE"
        good = (
            status.intact
            and status.valid
            and whole
            and _contents_padding_clean(contents)
            and _self_signed_ok(signer)
            and _gap_canonical(data, [int(x) for x in sig.sig_object["/ByteRange"]])
        )
        when = sig.self_reported_timestamp.isoformat() if sig.self_reported_timestamp else ""
    except ImportError:
        raise  # a broken installation is not a damaged PDF: the caller says which module
    except Exception:
        return SignatureReport(name, "", "", "", (damaged,))
    problems = [] if good else [damaged]
    problems += _trust(signer, cert, name)
    return SignatureReport(
        name, certificate_fingerprint(signer), _common_name(signer), when, tuple(problems)
    )


_HEX_GROUPS = re.compile(r"((?:[0-9A-F]{4} ){15}[0-9A-F]{4})")


def page_texts(pdf: Path | bytes) -> list[str]:
    """The text of every page of a PDF (extracting it is the slow part; callers keep it). pypdf's
    own log of damage is silenced: the caller reports what cannot be read, once."""
    import logging

    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)

    stream = io.BytesIO(pdf if isinstance(pdf, bytes) else pdf.read_bytes())
    return [page.extract_text() or "" for page in PdfReader(stream).pages]


def extract_fingerprints(pdf: Path | bytes, texts: list[str] | None = None) -> list[str]:
    """All 16×4-hex fingerprints printed in a PV (footer EML fingerprint, certificate), lower-case,
    without spaces, in order of first appearance (``texts``: the pages' text, when known)."""
    found: list[str] = []
    for page in page_texts(pdf) if texts is None else texts:
        text = re.sub(r"[ \t]*\n[ \t]*", " ", page)
        for match in _HEX_GROUPS.findall(text):
            value = match.replace(" ", "").lower()
            if value not in found:
                found.append(value)
    return found


def load_any_certificate(path: Path) -> x509.Certificate:
    """Re-export of the certificate loader for the CLI."""
    from kieskring.signing.installation import load_certificate

    return load_certificate(path)


__all__ = [
    "SignatureReport",
    "extract_fingerprints",
    "load_any_certificate",
    "serialization",
    "verify_detached",
    "verify_pdf",
]
