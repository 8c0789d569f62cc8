"""`python -m eventwire` runs the command-line interface."""

from eventwire.cli import main

main()
