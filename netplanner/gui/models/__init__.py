"""Table models (QAbstractTableModel) over the services: people, goals, interactions, trash, questions."""
