"""Start NetPlanner from a checkout: `python main.py [sub-command]`."""

from netplanner.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
