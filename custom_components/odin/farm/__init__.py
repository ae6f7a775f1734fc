"""Product logic of the print farm: pure Python, no Home Assistant imports, no database I/O."""
