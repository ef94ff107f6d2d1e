"""Command-line sub-commands. Each module has `register(subparsers)` adding its commands, each of which
sets `func(args, ctx) -> int` on its parser."""
