"""O.D.I.N.'s own database: engine and writer thread (db), schema, migrations, queries.

No Home Assistant imports here: SQLAlchemy Core and the standard library only. Query functions
take a ``Connection`` and run inside ``Database.write`` / ``Database.read``.
"""
