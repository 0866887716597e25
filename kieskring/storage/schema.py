"""The database schema as an ordered tuple of migration scripts, and the tables the audit log guards.

Migration *n* (1-based) brings the database from version *n − 1* to *n*; the applied version is kept in
``schema_version``. Scripts are never edited once released: a change is a new script at the end.
Every table is STRICT, so a value is stored with exactly the type it was written with — the row hashes
recomputed by ``verify_audit`` rely on that.
"""

from __future__ import annotations

_V1 = """
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_id INTEGER,
    action TEXT NOT NULL,
    payload TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE
) STRICT;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL
) STRICT;
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    fullname TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('beheerder', 'coordinator', 'invoerder')),
    password_hash TEXT NOT NULL,
    active INTEGER NOT NULL CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    row_hash TEXT NOT NULL
) STRICT;
CREATE TABLE election (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    setup_json TEXT NOT NULL,
    row_hash TEXT NOT NULL
) STRICT;
CREATE TABLE session_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    state TEXT NOT NULL,
    row_hash TEXT NOT NULL
) STRICT;
CREATE TABLE station_status (
    station INTEGER PRIMARY KEY,
    state TEXT NOT NULL,
    first_user INTEGER REFERENCES users(id),
    second_user INTEGER REFERENCES users(id),
    resolved_by INTEGER REFERENCES users(id),
    has_errors INTEGER NOT NULL CHECK (has_errors IN (0, 1)),
    has_warnings INTEGER NOT NULL CHECK (has_warnings IN (0, 1)),
    updated_at TEXT NOT NULL,
    row_hash TEXT NOT NULL
) STRICT;
CREATE INDEX station_status_state ON station_status(state);
CREATE TABLE entries (
    station INTEGER NOT NULL,
    slot INTEGER NOT NULL CHECK (slot IN (1, 2)),
    user_id INTEGER NOT NULL REFERENCES users(id),
    values_json TEXT NOT NULL,
    sections_json TEXT NOT NULL,
    acks_json TEXT NOT NULL,
    pending_json TEXT NOT NULL,
    finalised INTEGER NOT NULL CHECK (finalised IN (0, 1)),
    sections_done INTEGER NOT NULL,
    sections_total INTEGER NOT NULL,
    row_hash TEXT NOT NULL,
    PRIMARY KEY (station, slot)
) STRICT;
CREATE TABLE results (
    station INTEGER PRIMARY KEY,
    values_json TEXT NOT NULL,
    warnings_json TEXT NOT NULL,
    decided TEXT NOT NULL,
    row_hash TEXT NOT NULL
) STRICT;
CREATE TABLE explanations (
    station INTEGER PRIMARY KEY,
    text TEXT NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users(id),
    at TEXT NOT NULL,
    row_hash TEXT NOT NULL
) STRICT;
"""

_V2 = """
ALTER TABLE audit_log ADD COLUMN mac TEXT;
CREATE TABLE login_throttle (
    username TEXT PRIMARY KEY,
    failures INTEGER NOT NULL CHECK (failures >= 0),
    locked_until TEXT,
    row_hash TEXT NOT NULL
) STRICT;
CREATE TABLE password_flags (
    user_id INTEGER PRIMARY KEY REFERENCES users(id),
    must_change INTEGER NOT NULL CHECK (must_change IN (0, 1)),
    row_hash TEXT NOT NULL
) STRICT;
"""
"""Issue 12 D: the audit entries' MAC (HMAC-SHA256 with the installation's key, kept outside the
database); per-account login back-off that survives a restart; "must change password" after a reset."""

_V3 = """
CREATE TABLE station_findings (
    station INTEGER PRIMARY KEY,
    errors INTEGER NOT NULL CHECK (errors >= 0),
    warnings INTEGER NOT NULL CHECK (warnings >= 0),
    row_hash TEXT NOT NULL
) STRICT;
CREATE TABLE election_files (
    kind TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    content_b64 TEXT NOT NULL,
    row_hash TEXT NOT NULL
) STRICT;
CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    workstation TEXT NOT NULL,
    created_at TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    ended_at TEXT,
    end_reason TEXT
) STRICT;
CREATE INDEX sessions_user ON sessions(user_id);
"""
"""The app's interface layer: error/warning counts per station for the overview, the election's EML
files as given at set-up (candidate names, outputs), and login sessions (not guarded rows: logins,
logouts and expiries are audit entries)."""

_V4 = """
CREATE TABLE sittings (
    number INTEGER PRIMARY KEY CHECK (number >= 1),
    started_at TEXT NOT NULL,
    started_by INTEGER REFERENCES users(id),
    started_seq INTEGER NOT NULL CHECK (started_seq >= 1),
    closed_at TEXT,
    row_hash TEXT NOT NULL
) STRICT;
CREATE TABLE sitting_results (
    sitting INTEGER NOT NULL,
    station INTEGER NOT NULL,
    values_json TEXT NOT NULL,
    warnings_json TEXT NOT NULL,
    explanation TEXT NOT NULL,
    row_hash TEXT NOT NULL,
    PRIMARY KEY (sitting, station)
) STRICT;
CREATE TABLE sitting_entries (
    sitting INTEGER NOT NULL,
    station INTEGER NOT NULL,
    slot INTEGER NOT NULL CHECK (slot IN (1, 2)),
    user_id INTEGER NOT NULL REFERENCES users(id),
    values_json TEXT NOT NULL,
    sections_json TEXT NOT NULL,
    acks_json TEXT NOT NULL,
    pending_json TEXT NOT NULL,
    finalised INTEGER NOT NULL CHECK (finalised IN (0, 1)),
    row_hash TEXT NOT NULL,
    PRIMARY KEY (sitting, station, slot)
) STRICT;
CREATE TABLE sitting_outputs (
    sitting INTEGER NOT NULL,
    issue INTEGER NOT NULL CHECK (issue >= 1),
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    what_nl TEXT NOT NULL,
    what_en TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    content_b64 TEXT NOT NULL,
    made_at TEXT NOT NULL,
    made_by INTEGER NOT NULL REFERENCES users(id),
    row_hash TEXT NOT NULL,
    PRIMARY KEY (sitting, issue, name)
) STRICT;
CREATE TABLE investigations (
    sitting INTEGER NOT NULL,
    station INTEGER NOT NULL,
    origin TEXT NOT NULL CHECK (origin IN ('csb', 'gsb')),
    reason TEXT NOT NULL,
    assignment TEXT NOT NULL,
    added INTEGER NOT NULL CHECK (added IN (0, 1)),
    signal TEXT NOT NULL,
    opened_at TEXT NOT NULL,
    opened_by INTEGER NOT NULL REFERENCES users(id),
    findings TEXT,
    new_results INTEGER CHECK (new_results IN (0, 1)),
    concluded_at TEXT,
    concluded_by INTEGER REFERENCES users(id),
    row_hash TEXT NOT NULL,
    PRIMARY KEY (sitting, station)
) STRICT;
CREATE TABLE signal_notes (
    sitting INTEGER NOT NULL,
    key TEXT NOT NULL,
    station INTEGER NOT NULL,
    signal_text TEXT NOT NULL,
    text TEXT NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users(id),
    at TEXT NOT NULL,
    row_hash TEXT NOT NULL,
    PRIMARY KEY (sitting, key)
) STRICT;
"""
"""Sittings (zittingen) of the GSB (docs/sittings.md): each sitting after the first closes the one
before it and keeps a copy of that sitting's results, explanations and entries as they were
(``sitting_*``, written once); the output files handed out per sitting; the investigations of
stations; the coordinator's notes on plausibility signals."""

_V5 = """
CREATE TABLE chain_files (
    unit INTEGER NOT NULL,
    version INTEGER NOT NULL CHECK (version >= 1),
    name TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    content_b64 TEXT NOT NULL,
    signature_b64 TEXT NOT NULL,
    signer TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('current', 'refused', 'withdrawn')),
    imported_by INTEGER NOT NULL REFERENCES users(id),
    imported_at TEXT NOT NULL,
    row_hash TEXT NOT NULL,
    PRIMARY KEY (unit, version)
) STRICT;
CREATE TABLE chain_lots (
    number INTEGER PRIMARY KEY CHECK (number >= 1),
    request_json TEXT NOT NULL,
    outcome_json TEXT NOT NULL,
    first_user INTEGER NOT NULL REFERENCES users(id),
    second_user INTEGER REFERENCES users(id),
    recorded_at TEXT NOT NULL,
    row_hash TEXT NOT NULL
) STRICT;
CREATE TABLE chain_deceased (
    key TEXT PRIMARY KEY,
    list_number INTEGER NOT NULL,
    candidate TEXT NOT NULL,
    name TEXT NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users(id),
    at TEXT NOT NULL,
    row_hash TEXT NOT NULL
) STRICT;
CREATE TABLE chain_requests (
    id INTEGER PRIMARY KEY,
    unit INTEGER NOT NULL,
    station INTEGER NOT NULL,
    reason TEXT NOT NULL,
    assignment TEXT NOT NULL,
    user_id INTEGER NOT NULL REFERENCES users(id),
    at TEXT NOT NULL,
    row_hash TEXT NOT NULL
) STRICT;
"""
"""The HSB and CSB (issue 16, docs/chain-app.md): every lower committee's file as received, with its
fingerprint, signature and whether it stands, was refused (it differs from its paper) or withdrawn;
the drawings of lots recorded by two people; the deceased candidates; the investigation requests for
GSBs."""

_V6 = """
CREATE TABLE applied_requests (
    request_id TEXT PRIMARY KEY,
    method TEXT NOT NULL,
    at TEXT NOT NULL
) STRICT, WITHOUT ROWID;
"""
"""A LAN client's requests that changed something, written in the same transaction as the change
(issue 14: a retried request is applied once). Bookkeeping, not a guarded row: the change itself is in
the audit log."""

MIGRATIONS: tuple[str, ...] = (_V1, _V2, _V3, _V4, _V5, _V6)
"""Migration scripts in order; ``len(MIGRATIONS)`` is the schema version this code writes."""

TRACKED: dict[str, tuple[str, ...]] = {
    "users": ("id",),
    "election": ("id",),
    "session_state": ("id",),
    "station_status": ("station",),
    "entries": ("station", "slot"),
    "results": ("station",),
    "explanations": ("station",),
    "login_throttle": ("username",),
    "password_flags": ("user_id",),
    "station_findings": ("station",),
    "election_files": ("kind",),
    "sittings": ("number",),
    "sitting_results": ("sitting", "station"),
    "sitting_entries": ("sitting", "station", "slot"),
    "sitting_outputs": ("sitting", "issue", "name"),
    "investigations": ("sitting", "station"),
    "signal_notes": ("sitting", "key"),
    "chain_files": ("unit", "version"),
    "chain_lots": ("number",),
    "chain_deceased": ("key",),
    "chain_requests": ("id",),
}
"""Tables whose rows carry a ``row_hash`` referenced from the audit log, with their key columns."""

TRACKED_SINCE: dict[str, int] = {
    "login_throttle": 2,
    "password_flags": 2,
    "station_findings": 3,
    "election_files": 3,
    "sittings": 4,
    "sitting_results": 4,
    "sitting_entries": 4,
    "sitting_outputs": 4,
    "investigations": 4,
    "signal_notes": 4,
    "chain_files": 5,
    "chain_lots": 5,
    "chain_deceased": 5,
    "chain_requests": 5,
}
"""The schema version that created a tracked table (absent: version 1)."""

MAC_SINCE = 2
"""The schema version from which every audit entry carries a MAC; its own migration entry is the first."""

AUDIT_TRIGGERS: tuple[str, ...] = ("audit_log_no_update", "audit_log_no_delete")
