"""The desktop app (PySide6): a client of the services, never the other way round."""
