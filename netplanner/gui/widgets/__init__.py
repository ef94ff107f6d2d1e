"""Custom widgets: charts and other views that are more than a table."""
