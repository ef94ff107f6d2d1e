"""Start NetPlanner from a checkout: `python main.py [sub-command]`."""

import sys

from netplanner.cli import main


def start() -> int:
    try:
        return main()
    except ModuleNotFoundError as exc:
        # A Python without NetPlanner's dependencies (the system's, not .venv's): say how to start it
        # instead of a traceback. In the bundle a missing module is a packaging fault: show it.
        if getattr(sys, "frozen", False) or (exc.name or "netplanner").partition(".")[0] == "netplanner":
            raise
        print(f"NetPlanner is not installed in this Python ({sys.executable} has no {exc.name}); "
              "run `make run`, or `.venv/bin/netplanner` after `make venv`.", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(start())
