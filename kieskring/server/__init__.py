"""The serving laptop of a room with several workstations (issue 14; docs/app.md §4): ``uitslag serve``
puts the installation database's services behind an HTTPS API (:mod:`.serving`), every call on one worker
thread (:mod:`.service`), with a TLS identity the clients pin (:mod:`.tls`), retried requests applied
once (:mod:`.requests`) and data entry only while the room is air-gapped (:mod:`.gate`); the dress
rehearsal (:mod:`.rehearsal`, :mod:`.typist`, :mod:`.process`, :mod:`.compare`). The clients use
:func:`kieskring.app.api.connect_server`.
"""
