"""Mapping between core records and model rows, sealing identifying fields on the way in.

One generic mapper serves every record type: a record field named in ``sealed`` is stored
encrypted in ``<name>_sealed``; enums are stored as their HTCDS value names; tuples as JSON
lists. The record class's type hints drive the way back, so adding a field to a record and a
column to its model is all it takes.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Collection
from enum import StrEnum
from typing import Any, TypeVar

from django.db import models

from tipnet.core.privacy.fields import FieldCipher
from tipnet.core.standard.records import PartialDate

R = TypeVar("R")


def seal_context(*, table: str, field: str, organisation_id: int) -> str:
    """The AES-GCM associated data binding a ciphertext to its column and organisation."""
    return f"cases.{table}.{field}:org={organisation_id}"


_HINTS: dict[type, dict[str, Any]] = {}


def _record_hints(record_class: type) -> dict[str, Any]:
    hints = _HINTS.get(record_class)
    if hints is None:
        hints = _HINTS[record_class] = typing.get_type_hints(record_class)
    return hints


def _plain_value(value: object) -> object:
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, tuple):
        return [_plain_value(item) for item in value]
    if isinstance(value, PartialDate):
        return value.to_iso()
    return value


def _text_of(value: object) -> str:
    if isinstance(value, tuple):
        return json.dumps(list(value), ensure_ascii=False) if value else ""
    if value is None:
        return ""
    return str(_plain_value(value))


def record_to_columns(
    record: object,
    *,
    cipher: FieldCipher,
    table: str,
    organisation_id: int,
    sealed: Collection[str],
) -> dict[str, object]:
    """Column values for a model row from a frozen record, sealing the ``sealed`` fields."""
    columns: dict[str, object] = {}
    for field in dataclasses.fields(record):  # type: ignore[arg-type]  # records are dataclasses
        value = getattr(record, field.name)
        if field.name in sealed:
            text = _text_of(value)
            context = seal_context(table=table, field=field.name, organisation_id=organisation_id)
            columns[f"{field.name}_sealed"] = (
                cipher.encrypt_text(text, context=context) if text else None
            )
            continue
        plain = _plain_value(value)
        columns[field.name] = "" if plain is None and _is_code_field(record, field.name) else plain
    return columns


_CODE_FIELDS: dict[tuple[type, str], bool] = {}


def _is_code_field(record: object, name: str) -> bool:
    # Enum codes and partial dates live in text columns, where "unknown" is the empty string.
    # Imports ask this for every empty field of every row, so the answer is kept per class.
    key = (type(record), name)
    answer = _CODE_FIELDS.get(key)
    if answer is None:
        hint = _record_hints(type(record))[name]
        answer = _CODE_FIELDS[key] = any(
            arg is PartialDate or (isinstance(arg, type) and issubclass(arg, StrEnum))
            for arg in typing.get_args(hint)
        )
    return answer


def columns_to_record(
    row: models.Model,
    record_class: type[R],
    *,
    cipher: FieldCipher,
    table: str,
    organisation_id: int,
    sealed: Collection[str],
) -> R:
    """Rebuild a frozen record from a model row, unsealing the ``sealed`` fields."""
    values: dict[str, object] = {}
    for name, hint in _record_hints(record_class).items():
        if name in sealed:
            token = getattr(row, f"{name}_sealed")
            context = seal_context(table=table, field=name, organisation_id=organisation_id)
            text = cipher.decrypt_text(bytes(token), context=context) if token else ""
            values[name] = _from_text(text, hint)
        else:
            values[name] = _from_plain(getattr(row, name), hint)
    return record_class(**values)


def _from_text(text: str, hint: Any) -> object:
    if _tuple_item_type(hint) is not None:
        return tuple(json.loads(text)) if text else ()
    members = _members(hint)
    if PartialDate in members:
        return PartialDate.parse(text) if text else None
    if float in members:
        return float(text) if text else None
    return text


def _from_plain(value: object, hint: Any) -> object:
    item_type = _tuple_item_type(hint)
    if item_type is not None:
        return tuple(_coerce(item, item_type) for item in (value or []))  # type: ignore[attr-defined]  # JSON list
    for member in _members(hint):
        if isinstance(member, type) and issubclass(member, StrEnum):
            return member(str(value)) if value else None
        if member is PartialDate:
            return PartialDate.parse(str(value)) if value else None
    return value


def _coerce(value: object, item_type: Any) -> object:
    if isinstance(item_type, type) and issubclass(item_type, StrEnum):
        return item_type(str(value))
    return value


def _members(hint: Any) -> tuple[Any, ...]:
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        return typing.get_args(hint)
    return (hint,)


def _tuple_item_type(hint: Any) -> Any | None:
    if typing.get_origin(hint) is tuple:
        return typing.get_args(hint)[0]
    return None
