"""``python -m briefx``: the same as the ``briefx`` command."""

from briefx.cli import main

main()
