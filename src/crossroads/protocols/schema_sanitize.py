"""Tool `input_schema` → the JSON Schema an upstream accepts as function `parameters`.

Claude Code's tool schemas are draft 2020-12 (`$schema`, `additionalProperties`, `propertyNames`, `anyOf`, `const`,
`exclusiveMinimum`, `format`, `pattern`, `default`). OpenAI-compatible servers take them as they are, minus the
`$schema` marker. Gemini's OpenAI endpoint accepts only its OpenAPI-3.0-style Schema and rejects the whole request
("Invalid JSON payload received. Unknown name ...") on any keyword it does not know, so the gemini dialect
rebuilds each schema from an allow-list instead of stripping a deny-list.

Only schema positions are rewritten: a property *named* `title` or `pattern` is kept.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import orjson

# Keywords whose value is a map of name -> schema, a list of schemas, or a single schema (or a list of them).
_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
_SCHEMA_LISTS = ("anyOf", "oneOf", "allOf", "prefixItems")
_SCHEMA_VALUES = (
    "items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames",
    "unevaluatedItems", "unevaluatedProperties", "additionalItems",
)

# Gemini's Schema object (ai.google.dev/api/caching#Schema), minus what is risky to forward:
# `pattern` is listed there, but it is evaluated as RE2 (no look-around), and one pattern it cannot compile
# fails every request carrying Claude Code's tool list; `title`/`default`/`example` only add failure modes.
_GEMINI_STRING_FORMATS = frozenset({"enum", "date-time"})
_GEMINI_COUNTS = ("minItems", "maxItems", "minLength", "maxLength", "minProperties", "maxProperties")
_MAX_DEPTH = 40
_MAX_REF_EXPANSIONS = 16


def sanitize_schema(schema: dict, dialect: str) -> dict:
    """A deep copy of `schema` that the upstream's `dialect` ("openai" or "gemini") accepts."""
    if not isinstance(schema, dict):
        return {"type": "object", "properties": {}}
    if dialect == "gemini":
        return _GeminiCleaner(schema).root()
    copied = _deep_copy(schema)
    for node in walk_schema(copied):
        node.pop("$schema", None)
    return copied


def walk_schema(schema: dict) -> Iterator[dict]:
    """Every schema object in `schema` (itself first), skipping data such as `enum`, `const` or `default`."""
    stack = [schema]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(_subschemas(node))


def _subschemas(node: dict) -> Iterator[dict]:
    for key in _SCHEMA_MAPS:
        value = node.get(key)
        if isinstance(value, dict):
            yield from (sub for sub in value.values() if isinstance(sub, dict))
    for key in (*_SCHEMA_LISTS, *_SCHEMA_VALUES):
        value = node.get(key)
        if isinstance(value, dict):
            yield value
        elif isinstance(value, list):
            yield from (sub for sub in value if isinstance(sub, dict))


def _deep_copy(value: dict) -> dict:
    try:
        return orjson.loads(orjson.dumps(value))  # much faster than copy.deepcopy for plain JSON
    except TypeError:  # integers beyond 64 bits, or something that is not JSON at all
        return copy.deepcopy(value)


class _GeminiCleaner:
    """Rebuilds a schema with only the keywords Gemini knows; `$ref` and `allOf` are inlined."""

    def __init__(self, root: dict) -> None:
        self._root = root
        self._expanding: list[str] = []

    def root(self) -> dict:
        out = self.clean(self._root, 0)
        # Function parameters must be an object schema.
        if "type" not in out and "anyOf" not in out:
            out["type"] = "object"
        return out

    def clean(self, node: Any, depth: int) -> dict:
        if not isinstance(node, dict) or depth > _MAX_DEPTH:
            return {}
        if isinstance(node.get("$ref"), str):
            return self._clean_ref(node, depth)
        if isinstance(node.get("allOf"), list):
            return self.clean(self._merge_all_of(node), depth + 1)
        out: dict[str, Any] = {}
        description = node.get("description")
        if isinstance(description, str) and description:
            out["description"] = description
        _copy_type(node, out)
        _copy_enum(node, out)
        _copy_format(node, out)
        _copy_bounds(node, out)
        self._copy_object(node, out, depth)
        self._copy_array(node, out, depth)
        self._copy_union(node, out, depth)
        if node.get("nullable") is True:
            out["nullable"] = True
        _infer_type(out)
        return out

    def _clean_ref(self, node: dict, depth: int) -> dict:
        ref = node["$ref"]
        siblings = {key: value for key, value in node.items() if key != "$ref"}
        if ref in self._expanding or len(self._expanding) >= _MAX_REF_EXPANSIONS:
            # A recursive type: stop expanding and describe the node as a plain object.
            return self.clean({"type": "object", **siblings}, depth)
        target = self._resolve(ref)
        self._expanding.append(ref)
        try:
            return self.clean({**(target or {}), **siblings}, depth)
        finally:
            self._expanding.pop()

    def _resolve(self, ref: str) -> dict | None:
        """A local reference such as `#/$defs/Name` (a JSON pointer into the root); None if it is not local."""
        if not ref.startswith("#"):
            return None
        node: Any = self._root
        for part in ref[1:].split("/"):
            if not part:
                continue
            part = part.replace("~1", "/").replace("~0", "~")
            node = node.get(part) if isinstance(node, dict) else None
        return node if isinstance(node, dict) else None

    def _merge_all_of(self, node: dict) -> dict:
        merged = {key: value for key, value in node.items() if key != "allOf"}
        for part in node["allOf"]:
            if not isinstance(part, dict):
                continue
            if isinstance(part.get("$ref"), str):
                part = {**(self._resolve(part["$ref"]) or {}), **{k: v for k, v in part.items() if k != "$ref"}}
            _merge_into(merged, part)
        return merged

    def _copy_object(self, node: dict, out: dict, depth: int) -> None:
        properties = node.get("properties")
        if not isinstance(properties, dict):
            return
        out["properties"] = {name: self.clean(sub, depth + 1) for name, sub in properties.items()}
        required = node.get("required") if isinstance(node.get("required"), list) else []
        required = [name for name in required if isinstance(name, str) and name in properties]
        if required:
            out["required"] = required

    def _copy_array(self, node: dict, out: dict, depth: int) -> None:
        items = node.get("items", node.get("prefixItems"))
        if isinstance(items, dict):
            out["items"] = self.clean(items, depth + 1)
        elif isinstance(items, list) and items:
            # Tuples do not exist in Gemini's schema: accept any of the positions' schemas.
            variants = _unique([self.clean(item, depth + 1) for item in items])
            out["items"] = variants[0] if len(variants) == 1 else {"anyOf": variants}

    def _copy_union(self, node: dict, out: dict, depth: int) -> None:
        raw = node.get("anyOf", node.get("oneOf"))
        if isinstance(raw, list):
            variants = [self.clean(variant, depth + 1) for variant in raw]
        elif "anyOf" in out:  # from a list-valued "type"
            variants = out.pop("anyOf")
        else:
            return
        kept = []
        for variant in variants:
            if variant.pop("nullable", False):
                out["nullable"] = True
            if "type" in variant or set(variant) - {"description"}:
                kept.append(variant)
        kept = _unique(kept)
        if len(kept) == 1:
            for key, value in kept[0].items():
                out.setdefault(key, value)
        elif kept and all(_is_string_enum(variant) for variant in kept):
            out.setdefault("type", "string")
            out["enum"] = _unique([value for variant in kept for value in variant["enum"]])
        elif kept:
            out["anyOf"] = kept


def _copy_type(node: dict, out: dict) -> None:
    kind = node.get("type")
    if isinstance(kind, str):
        if kind == "null":
            out["nullable"] = True
        else:
            out["type"] = kind
    elif isinstance(kind, list):
        kinds = [k for k in kind if isinstance(k, str) and k != "null"]
        if len(kinds) != len(kind):
            out["nullable"] = True
        if len(kinds) == 1:
            out["type"] = kinds[0]
        elif kinds:
            out["anyOf"] = [{"type": k} for k in kinds]


def _copy_enum(node: dict, out: dict) -> None:
    if "const" in node:
        values = [node["const"]]
    elif isinstance(node.get("enum"), list):
        values = node["enum"]
    else:
        return
    if None in values:
        out["nullable"] = True
        values = [value for value in values if value is not None]
    if not values:
        return
    if all(isinstance(value, str) for value in values):
        out["enum"] = list(values)
        return
    # Gemini enums are strings only; keep the constraint where the model can still read it.
    kinds = {_json_type(value) for value in values}
    if len(kinds) == 1 and "type" not in out:
        out["type"] = kinds.pop()
    allowed = ", ".join(orjson.dumps(value).decode() for value in values)
    out["description"] = f"{out['description']} (one of: {allowed})" if "description" in out else f"One of: {allowed}"


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    return "array" if isinstance(value, list) else "object"


def _copy_format(node: dict, out: dict) -> None:
    fmt = node.get("format")
    if out.get("type") == "string" and isinstance(fmt, str) and fmt in _GEMINI_STRING_FORMATS:
        out["format"] = fmt


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _copy_bounds(node: dict, out: dict) -> None:
    for key in ("minimum", "maximum"):
        if _is_number(node.get(key)):
            out[key] = node[key]
    integer = out.get("type") == "integer"
    low = node.get("exclusiveMinimum")
    if _is_number(low):
        bound = low + 1 if integer and isinstance(low, int) else low
        if "minimum" not in out or out["minimum"] < bound:
            out["minimum"] = bound
    high = node.get("exclusiveMaximum")
    if _is_number(high):
        bound = high - 1 if integer and isinstance(high, int) else high
        if "maximum" not in out or out["maximum"] > bound:
            out["maximum"] = bound
    for key in _GEMINI_COUNTS:
        value = node.get(key)
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            out[key] = value


def _infer_type(out: dict) -> None:
    if "type" in out or "anyOf" in out:
        return
    if "properties" in out:
        out["type"] = "object"
    elif "items" in out:
        out["type"] = "array"
    elif "enum" in out:
        out["type"] = "string"


def _merge_into(target: dict, part: dict) -> None:
    """allOf semantics, approximately: union of properties and required, first value wins elsewhere."""
    for key, value in part.items():
        if key == "properties" and isinstance(value, dict):
            known = target.get("properties") or {}
            target["properties"] = {**known, **{name: sub for name, sub in value.items() if name not in known}}
        elif key == "required" and isinstance(value, list):
            target["required"] = _unique([*(target.get("required") or []), *value])
        else:
            target.setdefault(key, value)


def _is_string_enum(variant: dict) -> bool:
    return variant.get("type") == "string" and "enum" in variant and set(variant) <= {"type", "enum", "description"}


def _unique(values: list) -> list:
    seen: list = []
    for value in values:
        if value not in seen:
            seen.append(value)
    return seen
