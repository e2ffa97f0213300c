"""repair_json_object: tool arguments that are not a clean JSON object."""

from __future__ import annotations

import pytest

from crossroads.protocols.openai_chat.jsonfix import RAW_ARGUMENTS_KEY, repair_json_object


@pytest.mark.parametrize("text", ['{"a": 1}', '  {"a": 1}\n'])
def test_valid_objects_are_returned_without_a_note(text: str) -> None:
    assert repair_json_object(text) == ({"a": 1}, None)


@pytest.mark.parametrize("text", ["", "   ", "null"])
def test_no_arguments_is_an_empty_object(text: str) -> None:
    assert repair_json_object(text) == ({}, None)


@pytest.mark.parametrize(("text", "expected"), [
    ('```json\n{"a": 1}\n```', {"a": 1}),
    ('```\n{"a": 1}```', {"a": 1}),
    ('"{\\"a\\": 1}"', {"a": 1}),  # encoded twice
    ('{"a": 1,}', {"a": 1}),
    ('{"a": [1, 2,],}', {"a": [1, 2]}),
    ('{"s": "keep ,} inside", }', {"s": "keep ,} inside"}),
    ('Here you go: {"a": 1} hope that helps', {"a": 1}),
    ('{"a": 1}{"a": 1}', {"a": 1}),
    ('{"a": "x"', {"a": "x"}),  # only the closing brace is missing
    ('{"a": {"b": 1}', {"a": {"b": 1}}),
    ('{"a": 1, "b', {"a": 1}),
    ('{"path": "/a", "content": "half of a fi', {"path": "/a"}),  # never complete a cut-off value
    ('{"q": "say \\"hi\\", ok", "b": [1, {"c": 2', {"q": 'say "hi", ok'}),
])
def test_repairs(text: str, expected: dict) -> None:
    value, note = repair_json_object(text)
    assert value == expected
    assert note and note.startswith("repaired tool arguments")


@pytest.mark.parametrize("text", ["nonsense", "[1, 2]", '{"a": ', '{"a": "unfinished', '{"a": 12', "42"])
def test_unrepairable_text_is_kept_raw_never_an_empty_object(text: str) -> None:
    value, note = repair_json_object(text)
    assert value == {RAW_ARGUMENTS_KEY: text} and note
