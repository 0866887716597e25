# Installs Uitslag from this bundle without network:  .\install.ps1 [MAP]
# Uses the Python launcher (py -3.11) when present, else python; the work is done by install.py.
$ErrorActionPreference = "Stop"
$here = Split-Path -Parent $MyInvocation.MyCommand.Path
if (Get-Command py -ErrorAction SilentlyContinue) {
    & py -3.11 "$here\install.py" @args
} else {
    & python "$here\install.py" @args
}
exit $LASTEXITCODE
