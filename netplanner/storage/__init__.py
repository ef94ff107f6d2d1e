"""Encrypted storage: the SQLCipher engine, keys, the ORM schema, migrations and backups."""
