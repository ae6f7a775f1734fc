"""Constants for the O.D.I.N. print farm integration."""

from __future__ import annotations

from typing import Final

DOMAIN: Final = "odin"
NAME: Final = "O.D.I.N. print farm"

# Farm entry options
CONF_DB_URL: Final = "db_url"
DEFAULT_DB_FILE: Final = "odin.db"

# Printer subentries
SUBENTRY_PRINTER: Final = "printer"
CONF_BRAND: Final = "brand"
CONF_SERIAL: Final = "serial"
CONF_ACCESS_CODE: Final = "access_code"
CONF_CA_PEM: Final = "ca_pem"
CONF_MODEL: Final = "model"
CONF_MODEL_CODE: Final = "model_code"
BRAND_BAMBU: Final = "bambu"
BAMBU_PORT: Final = 8883

MANUFACTURERS: Final = {BRAND_BAMBU: "Bambu Lab"}

# Events fired on the HA bus (automations can use them; event entities mirror them per printer)
EVENT_RUN: Final = "odin_run_event"
