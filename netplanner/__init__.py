"""NetPlanner: plan the professional network that carries your development at work."""

__version__ = "0.1.0"
