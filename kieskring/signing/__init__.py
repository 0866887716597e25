"""Signatures that bind a PV or an EML file to the installation that made it.

Each installation gets its own RSA key pair and self-signed certificate at setup
(:mod:`~kieskring.signing.installation`); the private key is stored encrypted with a passphrase and
the certificate's SHA-256 fingerprint is printed on every PV so the hand-signed paper vouches for
the key. PDFs are signed PAdES-style with pyHanko (:mod:`~kieskring.signing.pdf`), EML files get a
detached signature file beside them (:mod:`~kieskring.signing.detached`);
:mod:`~kieskring.signing.verify` checks both. Signatures are RSA PKCS#1 v1.5 with SHA-256, which is
deterministic, and the signing time is an input, so the same document, key and time give the same
bytes.
"""
