"""sanitize_schema: Claude Code's tool schemas for OpenAI (as is, minus $schema) and Gemini (allow-list)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crossroads.protocols.schema_sanitize import sanitize_schema, walk_schema
from tests.conftest import FIXTURES

GEMINI_FORBIDDEN = frozenset({
    "$schema", "$id", "$ref", "$defs", "definitions", "additionalProperties", "propertyNames", "const",
    "exclusiveMinimum", "exclusiveMaximum", "default", "examples", "title", "patternProperties",
    "unevaluatedProperties", "if", "then", "else", "not", "oneOf", "allOf", "pattern", "$comment",
})
GEMINI_FORMATS = frozenset({"enum", "date-time"})


def gemini_violations(schema: dict) -> list[str]:
    """Keywords Gemini rejects, found at any schema position (property *names* are not keywords)."""
    found = []
    for node in walk_schema(schema):
        found += [key for key in node if key in GEMINI_FORBIDDEN]
        if "format" in node and node["format"] not in GEMINI_FORMATS:
            found.append(f"format={node['format']}")
        if node.get("type") == "null" or isinstance(node.get("type"), list):
            found.append(f"type={node['type']}")
    return found


def claude_code_tools() -> list[dict]:
    path = FIXTURES / "samples" / "tools_print_mode.json"
    if not path.is_file():
        pytest.skip(f"fixture {path} is not available")
    return json.loads(path.read_text(encoding="utf-8"))


def test_every_claude_code_schema_is_clean_for_gemini() -> None:
    tools = claude_code_tools()
    assert len(tools) == 24
    for tool in tools:
        original = json.dumps(tool["input_schema"], sort_keys=True)
        cleaned = sanitize_schema(tool["input_schema"], "gemini")
        assert gemini_violations(cleaned) == [], tool["name"]
        assert cleaned["type"] == "object"
        assert set(cleaned.get("properties", {})) == set(tool["input_schema"].get("properties", {}))
        assert cleaned.get("required", []) == tool["input_schema"].get("required", [])
        assert json.dumps(tool["input_schema"], sort_keys=True) == original, "the input must not be modified"


def test_claude_code_specifics_for_gemini() -> None:
    tools = {tool["name"]: sanitize_schema(tool["input_schema"], "gemini") for tool in claude_code_tools()}
    status = tools["TaskUpdate"]["properties"]["status"]
    assert status == {"description": "New status for the task", "type": "string",
                      "enum": ["pending", "in_progress", "completed", "deleted"]}
    assert tools["TaskUpdate"]["properties"]["metadata"]["type"] == "object"
    assert tools["Read"]["properties"]["limit"]["minimum"] == 1  # exclusiveMinimum 0 on an integer
    assert "format" not in tools["WebFetch"]["properties"]["url"]
    assert "title" in tools["Workflow"]["properties"]  # a property named title is not the keyword
    assert "pattern" not in tools["Workflow"]["properties"]["resumeFromRunId"]


def test_openai_dialect_only_drops_schema_marker_and_copies() -> None:
    for tool in claude_code_tools():
        cleaned = sanitize_schema(tool["input_schema"], "openai")
        assert cleaned == {k: v for k, v in tool["input_schema"].items() if k != "$schema"}
        assert cleaned is not tool["input_schema"]
        if cleaned.get("properties"):
            first = next(iter(cleaned["properties"]))
            assert cleaned["properties"][first] is not tool["input_schema"]["properties"][first]


def test_openai_dialect_removes_nested_schema_markers_but_not_property_names() -> None:
    schema = {"type": "object", "properties": {"$schema": {"type": "string"},
                                               "x": {"$schema": "draft", "type": "integer"}}}
    assert sanitize_schema(schema, "openai") == {"type": "object", "properties": {"$schema": {"type": "string"},
                                                                                  "x": {"type": "integer"}}}


def test_refs_are_inlined_and_recursion_is_cut() -> None:
    schema = {
        "$defs": {"Node": {"type": "object", "properties": {"value": {"type": "integer"},
                                                           "next": {"$ref": "#/$defs/Node"}}}},
        "type": "object", "properties": {"head": {"$ref": "#/$defs/Node", "description": "first"}},
    }
    cleaned = sanitize_schema(schema, "gemini")
    head = cleaned["properties"]["head"]
    assert head["description"] == "first" and head["properties"]["value"] == {"type": "integer"}
    assert head["properties"]["next"] == {"type": "object"}
    assert gemini_violations(cleaned) == []


def test_nullable_unions_collapse() -> None:
    schema = {"type": "object", "properties": {
        "a": {"anyOf": [{"type": "string"}, {"type": "null"}]},
        "b": {"type": ["integer", "null"]},
        "c": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
        "d": {"enum": ["x", None]},
        "e": {"anyOf": [{"type": "object", "properties": {"k": {"type": "string"}},
                         "additionalProperties": False}, {"type": "null"}]},
    }}
    props = sanitize_schema(schema, "gemini")["properties"]
    assert props["a"] == {"type": "string", "nullable": True}
    assert props["b"] == {"type": "integer", "nullable": True}
    assert props["c"] == {"anyOf": [{"type": "string"}, {"type": "integer"}]}
    assert props["d"] == {"enum": ["x"], "nullable": True, "type": "string"}
    assert props["e"] == {"nullable": True, "type": "object", "properties": {"k": {"type": "string"}}}


def test_all_of_is_merged_and_keywords_are_translated() -> None:
    schema = {"type": "object", "properties": {
        "p": {"allOf": [{"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]},
                        {"properties": {"b": {"const": 3}}, "required": ["b"]}]},
        "n": {"type": "number", "exclusiveMaximum": 1.5, "default": 1, "examples": [1], "title": "N"},
        "t": {"type": "string", "format": "date-time", "pattern": "^x", "minLength": 1},
        "u": {"type": "array", "prefixItems": [{"type": "string"}, {"type": "string"}]},
        "w": {"not": {"type": "string"}, "if": {}, "then": {}, "else": {}, "type": "string"},
    }}
    props = sanitize_schema(schema, "gemini")["properties"]
    assert props["p"]["required"] == ["a", "b"] and props["p"]["properties"]["b"]["type"] == "integer"
    assert props["n"] == {"type": "number", "maximum": 1.5}
    assert props["t"] == {"type": "string", "format": "date-time", "minLength": 1}
    assert props["u"] == {"type": "array", "items": {"type": "string"}}
    assert props["w"] == {"type": "string"}


def test_non_dict_schema_becomes_an_empty_object_schema() -> None:
    assert sanitize_schema(None, "gemini") == {"type": "object", "properties": {}}  # type: ignore[arg-type]


def test_self_referencing_schemas_terminate() -> None:
    looping = {"$defs": {"A": {"allOf": [{"$ref": "#/$defs/A"}]}, "B": {"$ref": "#/$defs/C"},
                         "C": {"$ref": "#/$defs/B"}},
               "type": "object", "properties": {"a": {"$ref": "#/$defs/A"}, "b": {"$ref": "#/$defs/B"}}}
    cleaned = sanitize_schema(looping, "gemini")
    assert gemini_violations(cleaned) == [] and set(cleaned["properties"]) == {"a", "b"}


_KEYWORDS = st.sampled_from([
    "type", "properties", "items", "anyOf", "oneOf", "allOf", "$ref", "$defs", "const", "enum", "format",
    "additionalProperties", "required", "title", "default", "exclusiveMinimum", "minimum", "not", "pattern",
    "nullable", "description", "prefixItems", "propertyNames", "if", "then", "else", "examples",
])
_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 5) | st.sampled_from(
        ["string", "integer", "number", "object", "array", "null", "date-time", "uri", "#/$defs/a", "#", "a"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_KEYWORDS | st.sampled_from(["a", "b"]), inner,
                                                                max_size=4),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(_KEYWORDS, _VALUES, max_size=6))
def test_any_schema_sanitises_for_gemini_without_errors(schema: dict) -> None:
    cleaned = sanitize_schema(schema, "gemini")
    assert gemini_violations(cleaned) == []
    assert sanitize_schema(schema, "openai") is not schema
