"""The auto-queue blueprint is a valid automation blueprint and validates with inputs."""

from __future__ import annotations

from pathlib import Path

from homeassistant.components.automation.config import (
    AUTOMATION_BLUEPRINT_SCHEMA,
    async_validate_config_item,
)
from homeassistant.components.blueprint.models import Blueprint, BlueprintInputs
from homeassistant.core import HomeAssistant
from homeassistant.setup import async_setup_component
from homeassistant.util.yaml import load_yaml_dict

BLUEPRINT = Path(__file__).resolve().parents[2] / "blueprints/automation/odin/auto_queue.yaml"


async def test_auto_queue_blueprint_validates(hass: HomeAssistant) -> None:
    """Schema of the blueprint, then the automation it makes."""
    assert await async_setup_component(hass, "homeassistant", {})
    data = await hass.async_add_executor_job(load_yaml_dict, str(BLUEPRINT))
    blueprint = Blueprint(data, expected_domain="automation", schema=AUTOMATION_BLUEPRINT_SCHEMA)
    inputs = BlueprintInputs(
        blueprint,
        {
            "use_blueprint": {
                "path": "odin/auto_queue.yaml",
                "input": {
                    "printer": "abc123",
                    "auto_queue_switch": "switch.bambu_auto_queue",
                    "status_sensor": "sensor.bambu_status",
                    "run_events": ["event.bambu_run_events"],
                    "notify_service": "notify.persistent_notification",
                },
            }
        },
    )
    config = inputs.async_substitute()
    config["id"] = "auto_queue"
    validated = await async_validate_config_item(hass, "auto_queue", config)
    assert validated is not None
    assert validated.validation_error is None, validated.validation_error
