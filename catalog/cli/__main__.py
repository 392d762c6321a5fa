"""`python -m catalog.cli`: the same as the `ozg-screen` command."""

from catalog.cli import main

main()
