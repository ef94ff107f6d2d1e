"""Dialogs: unlock and first run, editors, quick logging, settings and search everything."""
