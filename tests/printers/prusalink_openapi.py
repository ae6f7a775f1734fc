"""Validate HTTP answers against the official PrusaLink OpenAPI description.

``SpecValidator.check(method, path, status, content_type, body)`` returns a list of problems
(empty = valid):

- the path and method are documented, and so is the status code for them (401 is implied
  by the spec's global ``security`` requirement where an operation does not list it);
- a body-less status (204/304) has no body; otherwise the content type is one the response
  declares, and the body validates against its schema (JSON Schema draft 4 semantics, which
  OpenAPI 3.0 schema objects follow; the spec uses no ``nullable``/``discriminator``);
- JSON objects carry no property the schema does not declare (the spec allows extra
  properties, so this catches misspelt fields: a stricter check than the spec's own), except
  the few top-level fields real firmware sends beyond the spec (``REAL_FIRMWARE_EXTRAS``);
- ``image/png`` bodies are PNG images.

Spec quirk (docs/protocols/prusalink.md): the ``Job`` oneOf branches declare no required field, so
every job
would match both; ``file`` / ``serial_print`` are treated as the required field of their branch.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
import copy
import functools
import json
from pathlib import Path
import re
from typing import Any

import jsonschema
import yaml

SPEC_PATH = Path(__file__).parent / "specs" / "prusalink-openapi.yaml"
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_BODYLESS = frozenset({204, 304})
_UNSUPPORTED = frozenset({"nullable", "discriminator"})
REAL_FIRMWARE_EXTRAS: dict[str, frozenset[str]] = {
    # top-level fields real printers send that the spec does not declare (Buddy firmware and
    # the Pi PrusaLink 0.8 both send server and hostname; Home Assistant's prusalink config
    # flow reads hostname; the Pi adds original, e.g. "PrusaLink I3MK3S")
    "/api/version": frozenset({"server", "hostname", "nozzle_diameter", "original"}),
}


def load_spec(path: Path = SPEC_PATH) -> dict[str, Any]:
    """The spec as a dict, with the Job oneOf quirk fixed (in memory only)."""
    spec: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    schemas = spec["components"]["schemas"]
    schemas["JobFilePrint"] = {**schemas["JobFilePrint"], "required": ["file"]}
    schemas["JobSerialPrint"] = {**schemas["JobSerialPrint"], "required": ["serial_print"]}
    for node in _walk(spec):
        bad = _UNSUPPORTED & node.keys()
        if bad:  # would need an OpenAPI -> JSON Schema conversion this helper does not do
            raise ValueError(f"unsupported OpenAPI keywords in the spec: {sorted(bad)}")
    return spec


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


class SpecValidator:
    """Checks answers against one loaded spec."""

    def __init__(self, spec: dict[str, Any] | None = None) -> None:
        """Compile the path templates."""
        self.spec = spec if spec is not None else load_spec()
        self._paths: list[tuple[re.Pattern[str], str]] = []
        for template in self.spec["paths"]:
            pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template))
            self._paths.append((re.compile(f"^{pattern}$"), template))
        # exact templates first (/api/v1/cameras/snap before /api/v1/cameras/{id})
        self._paths.sort(key=lambda item: item[1].count("{"))

    def template_of(self, path: str) -> str | None:
        """The documented path template matching ``path``."""
        for pattern, template in self._paths:
            if pattern.match(path):
                return template
        return None

    def resolve(self, node: Mapping[str, Any]) -> Mapping[str, Any]:
        """Follow a local ``$ref`` (responses/schemas)."""
        while "$ref" in node:
            ref = node["$ref"]
            if not isinstance(ref, str) or not ref.startswith("#/"):
                raise ValueError(f"unsupported $ref {ref!r}")
            target: Any = self.spec
            for part in ref[2:].split("/"):
                target = target[part]
            node = target
        return node

    def response_spec(self, method: str, path: str, status: int) -> Mapping[str, Any] | str:
        """The response object for this exchange, or a problem text."""
        template = self.template_of(path)
        if template is None:
            return f"{method} {path}: path not in the spec"
        operation = self.spec["paths"][template].get(method.lower())
        if operation is None:
            return f"{method} {template}: method not in the spec"
        responses = {str(code): value for code, value in operation["responses"].items()}
        response = responses.get(str(status)) or responses.get("default")
        if (
            response is None
            and status == 401
            and operation.get("security", self.spec.get("security"))
        ):
            # the spec protects every operation (global ``security: digestAuth``) but lists
            # 401 on most, not all: an auth failure is implied by the security requirement
            response = {"$ref": "#/components/responses/Unauthorized"}
        if response is None:
            return f"{method} {template}: status {status} not documented ({sorted(responses)})"
        return self.resolve(response)

    def check(
        self, method: str, path: str, status: int, content_type: str | None, body: bytes
    ) -> list[str]:
        """Problems of one exchange (empty list: valid)."""
        response = self.response_spec(method, path, status)
        if isinstance(response, str):
            return [response]
        where = f"{method} {path} -> {status}"
        content: Mapping[str, Any] = response.get("content") or {}
        if status in _BODYLESS or not content:
            return [f"{where}: unexpected body {body[:60]!r}"] if body else []
        media = (content_type or "").split(";")[0].strip().lower()
        if media not in content:
            return [f"{where}: content type {media!r} not in {sorted(content)}"]
        schema = content[media].get("schema")
        if media == "image/png":
            return [] if body.startswith(_PNG_MAGIC) else [f"{where}: body is not a PNG"]
        if media == "application/json":
            try:
                instance = json.loads(body)
            except ValueError:
                return [f"{where}: body is not JSON"]
        else:
            try:
                instance = body.decode("utf-8")
            except UnicodeDecodeError:
                return [f"{where}: body is not UTF-8 text"]
        if schema is None:
            return []
        problems = [
            f"{where}: {'/'.join(str(p) for p in err.absolute_path) or '<root>'}: {err.message}"
            for err in self._validator(json.dumps(schema, sort_keys=True)).iter_errors(instance)
        ]
        allowed = REAL_FIRMWARE_EXTRAS.get(path, frozenset())
        problems.extend(
            f"{where}: undeclared property {name}"
            for name in self.undeclared(schema, instance, "")
            if name not in allowed
        )
        return problems

    @functools.lru_cache(maxsize=64)  # noqa: B019 - one validator per schema, test-lifetime
    def _validator(self, schema_json: str) -> jsonschema.Draft4Validator:
        schema = json.loads(schema_json)
        # the schema's "#/components/..." references resolve against this root document
        root = {**schema, "components": copy.deepcopy(self.spec["components"])}
        jsonschema.Draft4Validator.check_schema(root)
        return jsonschema.Draft4Validator(root)

    # ---- stricter than the spec: every property must be declared ------------------------

    def _branches(self, schema: Mapping[str, Any]) -> Iterator[Mapping[str, Any]]:
        schema = self.resolve(schema)
        yield schema
        for keyword in ("allOf", "oneOf", "anyOf"):
            for sub in schema.get(keyword, ()):
                yield from self._branches(sub)

    def undeclared(self, schema: Mapping[str, Any], instance: Any, where: str) -> Iterator[str]:
        """Dotted names of properties in ``instance`` that ``schema`` does not declare."""
        branches = list(self._branches(schema))
        if isinstance(instance, dict):
            declared: dict[str, list[Mapping[str, Any]]] = {}
            for branch in branches:
                for name, sub in (branch.get("properties") or {}).items():
                    declared.setdefault(name, []).append(sub)
            open_object = any(
                branch.get("additionalProperties") not in (None, False) for branch in branches
            )
            for name, value in instance.items():
                path = f"{where}.{name}" if where else name
                if name not in declared:
                    if not open_object:
                        yield path
                    continue
                for sub in declared[name]:
                    yield from self.undeclared(sub, value, path)
        elif isinstance(instance, list):
            for branch in branches:
                items = branch.get("items")
                if isinstance(items, Mapping):
                    for index, value in enumerate(instance):
                        yield from self.undeclared(items, value, f"{where}[{index}]")


@functools.cache
def validator() -> SpecValidator:
    """The shared validator of the copied spec."""
    return SpecValidator()
