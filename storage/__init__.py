"""SQLite storage: the connection, migrations, and one module of queries per table family."""
