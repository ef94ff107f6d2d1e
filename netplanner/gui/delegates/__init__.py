"""Item delegates for inline editing: choice lists, 1-5 scores, tags and dates."""
