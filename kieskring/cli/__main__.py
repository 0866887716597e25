"""`python -m kieskring.cli` runs the `uitslag` command line."""

import sys

from kieskring.cli import main

sys.exit(main())
