import sys

from rehabtimer.cli import main

sys.exit(main())
