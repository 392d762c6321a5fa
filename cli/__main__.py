"""`python -m cli`: the same as the `ozg-screen` command."""

from cli import main

main()
