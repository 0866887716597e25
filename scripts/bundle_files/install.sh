#!/bin/sh
# Installs Uitslag from this bundle without network: ./install.sh [MAP]
# Uses python3.11 (or python3, or $PYTHON); the work is done by install.py.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
if [ -z "${PYTHON:-}" ]; then
    if command -v python3.11 >/dev/null 2>&1; then PYTHON=python3.11; else PYTHON=python3; fi
fi
exec "$PYTHON" "$HERE/install.py" "$@"
