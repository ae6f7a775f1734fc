"""Constants for the O.D.I.N. print farm integration."""

from __future__ import annotations

from typing import Final

DOMAIN: Final = "odin"
NAME: Final = "O.D.I.N. print farm"

# Farm entry options
CONF_DB_URL: Final = "db_url"
DEFAULT_DB_FILE: Final = "odin.db"
CONF_OFFLINE_REPAIR_MINUTES: Final = "offline_repair_minutes"
DEFAULT_OFFLINE_REPAIR_MINUTES: Final = 15
CONF_UPLOAD_MAX_MB: Final = "upload_max_mb"
DEFAULT_UPLOAD_MAX_MB: Final = 512

# Printer subentries
SUBENTRY_PRINTER: Final = "printer"
CONF_BRAND: Final = "brand"
CONF_SERIAL: Final = "serial"
CONF_ACCESS_CODE: Final = "access_code"
CONF_CA_PEM: Final = "ca_pem"
CONF_MODEL: Final = "model"
CONF_MODEL_CODE: Final = "model_code"
BRAND_BAMBU: Final = "bambu"
BRAND_MOONRAKER: Final = "moonraker"
BRAND_PRUSALINK: Final = "prusalink"
BAMBU_PORT: Final = 8883
BAMBU_FTP_PORT: Final = 990
MOONRAKER_PORT: Final = 7125
PRUSALINK_PORT: Final = 80
CONF_API_KEY: Final = "api_key"
CONF_PASSWORD: Final = "password"  # noqa: S105 - a config key, not a secret
CONF_USERNAME: Final = "username"
CONF_SSL: Final = "ssl"
CONF_MAC: Final = "mac"


# Repair issue id prefixes (suffix: printer subentry id)
ISSUE_UNREACHABLE: Final = "printer_unreachable_"
ISSUE_AUTH_FAILED: Final = "printer_auth_failed_"
