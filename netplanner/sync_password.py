"""Prints the sync password for vdirsyncer (`password.fetch = ["command", python, "-m", this]`).

NetPlanner hands the password to its vdirsyncer subprocess in the environment; run by hand (the user's
own `vdirsyncer -c ... sync`), it comes from the OS keyring. It is never written to a file.
"""

from __future__ import annotations

import argparse
import os
import sys

ENV = "NETPLANNER_SYNC_PASSWORD"
SERVICE = "netplanner-sync"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m netplanner.sync_password")
    parser.add_argument("--account", required=True, help="the keyring entry: user@host")
    args = parser.parse_args(argv)
    password = os.environ.get(ENV)
    if not password:
        import keyring  # noqa: PLC0415  only when run by hand

        password = keyring.get_password(SERVICE, args.account)
    if not password:
        print(f"netplanner: no sync password for {args.account} in the keyring", file=sys.stderr)
        return 1
    sys.stdout.write(password + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
