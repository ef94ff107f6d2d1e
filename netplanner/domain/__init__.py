"""Plain data and pure rules (strength, planner, coverage): no database, no Qt."""
