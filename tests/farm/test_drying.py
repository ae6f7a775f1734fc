"""The needs-drying rule (docs/definitions.md): material table, transitions by time and by humidity,
spool / session validation, slots, and the Bambu AMS report the humidity comes from."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from custom_components.odin.farm.drying import (
    DEFAULT_RULES,
    DryingMethod,
    DryingReason,
    MaterialRule,
    SpoolState,
    crossings,
    drying_status,
    make_rule,
    make_session,
    make_spool,
    material_table,
    parse_slot,
    rule_for,
    spool_label,
)
from custom_components.odin.farm.errors import InvalidInput
from custom_components.odin.printers.bambu import read_hardware

T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


# ---------------------------------------------------------------------------- material table


@pytest.mark.parametrize(
    ("material", "expected"),
    [
        ("PA", "PA"),
        ("pa-cf", "PA"),
        ("PA6-GF", "PA"),
        ("Nylon", "PA"),
        ("PAHT-CF", "PA"),
        ("PETG", "PETG"),
        ("PETG-HF", "PETG"),
        ("petg_cf", "PETG"),
        ("PET-CF", "PET-CF"),
        ("PC", "PC"),
        ("PC-CF", "PC"),
        ("PC-ABS", "PC-ABS"),
        ("PPS-CF", "PPS"),
        ("TPU 95A", "TPU"),
        ("TPU-95A", "TPU"),
        ("PVA", "PVA"),
        ("PLA", None),
        ("PLA-CF", None),
        ("ABS", None),
        ("", None),
        (None, None),
    ],
)
def test_material_lookup(material: str | None, expected: str | None) -> None:
    rule = rule_for(material)
    assert (rule.material if rule else None) == expected


def test_hygroscopic_defaults_cover_design_list() -> None:
    for material in ("PA", "PETG", "PC", "PC-ABS", "PPS", "TPU", "PVA"):
        rule = DEFAULT_RULES[material]
        assert rule.tracked
        assert rule.max_days is not None and rule.max_days > 0
        assert rule.max_humidity is not None and 0 < rule.max_humidity < 100


def test_user_rows_replace_defaults_and_can_switch_off() -> None:
    overrides = {
        "PETG": MaterialRule("PETG", 10, 30),
        "PA": MaterialRule("PA", None, None),  # not tracked
        "ASA": MaterialRule("ASA", 60, None),  # a new material
    }
    assert rule_for("PETG-CF", overrides) == overrides["PETG"]
    assert rule_for("PA-CF", overrides) is None
    assert rule_for("ASA", overrides) == overrides["ASA"]
    table = {row["material"]: row for row in material_table(overrides)}
    assert table["PETG"]["overridden"] and table["PETG"]["max_days"] == 10
    assert table["PETG"]["default"]["max_days"] == DEFAULT_RULES["PETG"].max_days
    assert table["PA"]["tracked"] is False
    assert table["ASA"]["default"] is None
    assert table["PC"]["overridden"] is False


def test_make_rule_validation() -> None:
    assert make_rule("petg", max_days=7, max_humidity=35).material == "PETG"
    assert not make_rule("PA", max_days=None, max_humidity=None).tracked
    for kwargs, key in (
        ({"max_days": -1, "max_humidity": None}, "out_of_range"),
        ({"max_days": None, "max_humidity": 120}, "invalid_humidity"),
        ({"max_days": 1, "max_humidity": 1, "drying_temp_c": 400}, "invalid_temperature"),
        ({"max_days": 1, "max_humidity": 1, "drying_hours": 0}, "out_of_range"),
    ):
        with pytest.raises(InvalidInput) as err:
            make_rule("PA", **kwargs)  # type: ignore[arg-type]
        assert err.value.key == key
    with pytest.raises(InvalidInput):
        make_rule(" ", max_days=1, max_humidity=1)


# ---------------------------------------------------------------------------- the rule


def test_transition_by_time() -> None:
    rule = rule_for("PETG")  # 30 days
    assert rule is not None
    spool = SpoolState(1, "PETG", opened_at=T0)
    fresh = drying_status(spool, rule, T0 + timedelta(days=29))
    assert not fresh.needs_drying
    assert fresh.due_at == T0 + timedelta(days=30)
    overdue = drying_status(spool, rule, T0 + timedelta(days=31))
    assert overdue.reasons == (DryingReason.TIME,)
    assert overdue.days_since == pytest.approx(31)
    # drying restarts the clock: the last drying counts, not the opening
    dried = SpoolState(1, "PETG", opened_at=T0, last_dried_at=T0 + timedelta(days=30))
    assert not drying_status(dried, rule, T0 + timedelta(days=31)).needs_drying
    assert drying_status(dried, rule, T0 + timedelta(days=61)).needs_drying


def test_transition_by_humidity() -> None:
    rule = rule_for("PA-CF")  # 20 % RH
    assert rule is not None
    dry = SpoolState(2, "PA-CF", last_dried_at=T0, humidity=15.0)
    assert not drying_status(dry, rule, T0 + timedelta(hours=1)).needs_drying
    humid = SpoolState(2, "PA-CF", last_dried_at=T0, humidity=35.0)
    status = drying_status(humid, rule, T0 + timedelta(hours=1))
    assert status.reasons == (DryingReason.HUMIDITY,)
    both = SpoolState(2, "PA-CF", opened_at=T0, humidity=35.0)
    assert drying_status(both, rule, T0 + timedelta(days=5)).reasons == (
        DryingReason.TIME,
        DryingReason.HUMIDITY,
    )


def test_sealed_and_untracked_spools() -> None:
    sealed = SpoolState(3, "PA", humidity=None)
    status = drying_status(sealed, rule_for("PA"), T0)
    assert status.tracked and not status.needs_drying and status.days_since is None
    pla = SpoolState(4, "PLA", opened_at=T0 - timedelta(days=400), humidity=90.0)
    untracked = drying_status(pla, rule_for("PLA"), T0)
    assert not untracked.tracked and not untracked.needs_drying
    assert untracked.as_dict()["reasons"] == []


def test_crossings() -> None:
    rule = rule_for("PVA")  # 2 days
    spools = [SpoolState(i, "PVA", opened_at=T0 - timedelta(days=d)) for i, d in ((1, 1), (2, 3))]
    statuses = [drying_status(s, rule, T0) for s in spools]
    assert crossings({}, statuses) == ([2], [])
    assert crossings({2: True}, statuses) == ([], [])
    assert crossings({1: True, 2: True}, statuses) == ([], [1])


# ---------------------------------------------------------------------------- input


def test_slots() -> None:
    assert parse_slot("a1") == parse_slot(" A 1 ")
    slot = parse_slot("B4")
    assert (slot.label, slot.unit, slot.tray) == ("B4", 1, 3)
    assert (parse_slot("ht2").unit, parse_slot("HT2").tray) == (129, 0)
    assert parse_slot("external").label == "EXT"
    for bad in ("A5", "Z1", "", "1", None):
        with pytest.raises(InvalidInput) as err:
            parse_slot(bad)
        assert err.value.key == "invalid_slot"


def test_make_session() -> None:
    session = make_session(now=T0, temp_c=65, duration_min=480)
    assert session.method is DryingMethod.DRYER
    assert session.started_at == T0 - timedelta(hours=8)
    assert session.ended_at == T0
    explicit = make_session(
        now=T0,
        temp_c=80.5,
        duration_min=60,
        method="oven",
        started_at=T0 - timedelta(days=1),
        humidity_before=40,
        humidity_after=12.5,
        notes=" ok ",
    )
    assert explicit.ended_at == T0 - timedelta(days=1) + timedelta(hours=1)
    assert explicit.notes == "ok"


@pytest.mark.parametrize(
    ("kwargs", "key"),
    [
        ({"temp_c": -10}, "invalid_temperature"),
        ({"temp_c": 20}, "invalid_temperature"),
        ({"temp_c": 400}, "invalid_temperature"),
        ({"temp_c": float("nan")}, "invalid_temperature"),
        ({"duration_min": -30}, "invalid_duration"),
        ({"duration_min": 0}, "invalid_duration"),
        ({"duration_min": 73 * 60}, "invalid_duration"),
        ({"humidity_before": -1}, "invalid_humidity"),
        ({"humidity_after": 101}, "invalid_humidity"),
        ({"method": "microwave"}, "invalid_method"),
        ({"started_at": T0 + timedelta(hours=1)}, "in_future"),
    ],
)
def test_bad_sessions(kwargs: dict[str, object], key: str) -> None:
    args: dict[str, object] = {"now": T0, "temp_c": 65, "duration_min": 240, **kwargs}
    with pytest.raises(InvalidInput) as err:
        make_session(**args)  # type: ignore[arg-type]
    assert err.value.key == key
    assert "field" in err.value.placeholders or key in ("invalid_method",)


def test_make_spool() -> None:
    spool = make_spool(
        material="pa_cf",
        now=T0,
        brand=" Bambu ",
        colour="Black",
        weight_g=1000,
        opened_at=T0 - timedelta(days=2),
        printer_id="p1",
        slot="a2",
        spoolman_id=12,
        humidity_entity_id="sensor.dry_box",
    )
    assert (spool.material, spool.brand, spool.slot) == ("PA-CF", "Bambu", "A2")
    assert spool_label(7, name=None, brand="Bambu", material="PA-CF", colour="Black") == (
        "Bambu PA-CF Black"
    )
    assert spool_label(7, name=None, brand=None, material=None, colour=None) == "Spool 7"
    for kwargs, key in (
        ({"material": ""}, "empty_field"),
        ({"material": "PLA", "opened_at": T0 + timedelta(days=1)}, "in_future"),
        ({"material": "PLA", "slot": "A1"}, "slot_needs_printer"),
        ({"material": "PLA", "printer_id": "p", "slot": "Q9"}, "invalid_slot"),
        ({"material": "PLA", "weight_g": -5}, "out_of_range"),
        ({"material": "PLA", "spoolman_id": 0}, "out_of_range"),
        ({"material": "PLA", "humidity_entity_id": "light.x"}, "invalid_entity"),
    ):
        with pytest.raises(InvalidInput) as err:
            make_spool(now=T0, **kwargs)  # type: ignore[arg-type]
        assert err.value.key == key


# ---------------------------------------------------------------------------- Bambu AMS report


def test_bambu_hardware_from_a_report() -> None:
    raw = {
        "nozzle_diameter": "0.4",
        "ams": {
            "ams": [
                {
                    "id": "0",
                    "humidity": "4",
                    "humidity_raw": "31",
                    "temp": "24.1",
                    "tray": [
                        {"id": "0", "tray_type": "PLA"},
                        {"id": "1", "tray_type": "PETG"},
                        {"id": "2"},  # empty slot (only the id)
                        {"id": "x"},  # type drift: ignored
                    ],
                },
                {"id": 1, "humidity": 2, "humidity_raw": "0", "tray": []},  # original AMS
                "junk",
            ]
        },
        "vt_tray": {"id": "254", "tray_type": "TPU"},
    }
    hardware = read_hardware(raw)
    assert hardware.nozzle_mm == 0.4
    first, second = hardware.units
    assert (first.unit_id, first.humidity_pct, first.humidity_level, first.temp_c) == (
        0,
        31.0,
        4,
        24.1,
    )
    assert [(s.slot, s.material) for s in hardware.slots if s.unit_id == 0] == [
        (0, "PLA"),
        (1, "PETG"),
        (2, None),
    ]
    assert (second.unit_id, second.humidity_pct, second.humidity_level) == (1, None, 2)
    assert [(s.tray_id, s.material) for s in hardware.slots if s.unit_id is None] == [(254, "TPU")]
    assert hardware.filaments == frozenset({"PLA", "PETG", "TPU"})


def test_bambu_hardware_tolerates_missing_and_odd_data() -> None:
    assert read_hardware({}).units == ()
    assert read_hardware({}).slots == ()
    assert read_hardware({}).nozzle_mm is None
    assert read_hardware({"nozzle_diameter": "0.25"}).nozzle_mm == 0.25
    assert read_hardware({"nozzle_diameter": "nan"}).nozzle_mm is None
    assert read_hardware({"ams": "none", "vt_tray": [{"tray_type": ""}, {"tray_type": "PLA"}]}) == (
        read_hardware({"vt_tray": [{"tray_type": "PLA"}]})
    )
