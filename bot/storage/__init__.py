"""Storage: the engine, the tables, the repositories and the unit of work (SQLAlchemy 2.0; Alembic owns the schema)."""
