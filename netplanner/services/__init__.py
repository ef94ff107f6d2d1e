"""Use cases with validation: everything a user can do, callable from the command line or the GUI."""
