"""Install Uitslag from this bundle, without network (Python 3 standard library only).

    python install.py [MAP]        (default: the folder "uitslag" beside this bundle folder)

1. checks that this Python and this computer fit the bundle (bundle.json);
2. checks every file against SHA256SUMS;
3. makes a virtual environment in MAP (or reuses the one there);
4. installs the wheels in wheels/ with pip --no-index --require-hashes: nothing is downloaded,
   and every wheel must have the hash written in requirements.txt;
5. prints where `uitslag` and `uitslag-app` are, and `uitslag --version`.

Dutch messages, English alongside. Exit 0 done, 1 something did not fit (nothing half-installed is
left behind in a new MAP).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

HERE = Path(__file__).resolve().parent


def fail(nl: str, en: str) -> None:
    sys.exit(f"install: {nl}\n         ({en})")


def check_fit(info: dict[str, str]) -> None:
    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    if python != info["python"]:
        fail(
            f"deze bundel is voor Python {info['python']}, maar dit is Python {python}; "
            "start install met die versie (PYTHON=... of py -3.11)",
            f"this bundle needs Python {info['python']}, this is {python}",
        )
    if sysconfig.get_platform() != info["platform"]:
        fail(
            f"deze bundel is voor {info['platform']}, deze computer is {sysconfig.get_platform()}; "
            "maak de bundel op dit soort computer (zie README)",
            f"this bundle is for {info['platform']}, this computer is {sysconfig.get_platform()}",
        )


def check_sums() -> None:
    lines = (HERE / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    for line in lines:
        digest, name = line.split(maxsplit=1)
        path = HERE / name.lstrip("*")
        if not path.is_file():
            fail(f"{name} ontbreekt in de bundel", f"{name} is missing from the bundle")
        if hashlib.sha256(path.read_bytes()).hexdigest() != digest:
            fail(
                f"{name} is beschadigd of gewijzigd (SHA-256 klopt niet)",
                f"{name} is damaged or changed (SHA-256 mismatch)",
            )
    print(f"install: {len(lines)} bestanden gecontroleerd tegen SHA256SUMS")


def venv_python(target: Path) -> Path:
    scripts = "Scripts" if os.name == "nt" else "bin"
    return target / scripts / ("python.exe" if os.name == "nt" else "python")


def install(target: Path) -> None:
    new = not (target / "pyvenv.cfg").is_file()
    if new and target.exists() and any(target.iterdir()):
        fail(f"{target} bestaat al en is geen venv", f"{target} exists and is not a venv")
    try:
        if new:
            subprocess.run([sys.executable, "-m", "venv", str(target)], check=True)
        env = {**os.environ, "PIP_NO_INDEX": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
        pip = [str(venv_python(target)), "-m", "pip", "install", "--isolated", "--no-index"]
        pip += ["--find-links", str(HERE / "wheels"), "--require-hashes"]
        pip += ["--no-cache-dir", "-r", str(HERE / "requirements.txt")]
        subprocess.run(pip, check=True, env=env)
    except subprocess.CalledProcessError as err:
        if new:
            shutil.rmtree(target, ignore_errors=True)
        fail(f"installeren mislukt (code {err.returncode})", "installation failed")


def main(argv: list[str]) -> int:
    info = json.loads((HERE / "bundle.json").read_text(encoding="utf-8"))
    target = Path(argv[0]).resolve() if argv else HERE.parent / "uitslag"
    check_fit(info)
    check_sums()
    install(target)
    scripts = target / ("Scripts" if os.name == "nt" else "bin")
    print(f"install: Uitslag {info['version']} staat in {target}")
    print(f"  opdrachtregel: {scripts / 'uitslag'}")
    print(f"  invoer-app:    {scripts / 'uitslag-app'}")
    subprocess.run([str(scripts / "uitslag"), "--version"], check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
