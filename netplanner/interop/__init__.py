"""Reading and writing contact files (vCard, CSV dialects): pure Python, no Qt, no database."""
