"""The command line: parse options, call one library function, print, choose the exit code.
The only place that knows the terminal.
"""

import sys

INTERRUPTED = "Interrupted; files already there are left as they were."


def load():
    """The command group, imported. Ctrl-C while its modules load (the first half second of every command) ends
    the command as Ctrl-C does later: this line and status 130, not a traceback of the import it stopped."""
    try:
        from harness.cli.main import cli
    except KeyboardInterrupt:
        sys.stderr.write(INTERRUPTED + "\n")
        sys.exit(130)
    return cli


def entry() -> None:
    """The `benchclaims` command."""
    load()()
