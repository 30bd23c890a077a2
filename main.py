"""Start RehabTimer from a source checkout: `python main.py --help`."""

import sys

from rehabtimer.cli import main

if __name__ == "__main__":
    sys.exit(main())
