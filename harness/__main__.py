import sys

from harness.cli import load

cli = load()


def _main() -> None:
    """Run the CLI, then leave without freeing the heap when that is safe.

    After a large verify the interpreter spends about 1.4 s at exit freeing results, evidence and the
    module caches one object at a time, after all output is written. A process that is about to end
    need not free anything: run the exit hooks (temporary folders, multiprocessing, logging, Ray),
    flush stdout and stderr, and end with os._exit. Any doubt (a thread still running, an exit
    status that is not a number, a flush that fails) takes the ordinary exit, unchanged.
    """
    import os
    import threading

    try:
        cli.main()
    except SystemExit as exc:
        # keep the exception (and the frames it holds) alive: dropping it would free the heap here
        done = exc
    code = done.code
    if code is None:
        code = 0
    if type(code) is not int or not 0 <= code <= 255 or threading.active_count() > 1:
        raise done
    import atexit

    atexit._run_exitfuncs()  # temporary folders (weakref.finalize), multiprocessing, logging, ray
    if threading.active_count() > 1:
        raise done
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        raise done from None  # the ordinary exit reports it as it always has
    os._exit(code)


if __name__ == "__main__":
    _main()
else:  # imported, e.g. by runpy without run_name: the ordinary entry
    cli()
