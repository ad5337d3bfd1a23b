"""The vocabularies match the HTCDS v2.0 picklists exactly and every value has a label."""

from __future__ import annotations

import csv
import inspect
from collections import defaultdict
from enum import StrEnum
from pathlib import Path

import pytest

from tipnet.core.standard import vocabulary
from tipnet.core.standard.vocabulary import (
    HTCDS_FIELD_VOCABULARY,
    MULTI_SELECT_COLUMNS,
    ForcedLabourIndustry,
    Gender,
    OrganisationType,
    TraffickingEventType,
    WebsiteOrApp,
    label_of,
    labels_of,
    registered_vocabularies,
)

TIPNET_EXTENSION_VALUES = {
    "org_Type": {
        "Shelter",
        "Hotline",
        "LegalAid",
        "MigrantOrTradeUnion",
        "FaithBased",
        "ResearchInstitute",
    },
    "hte_Type": {"Return", "ReTrafficking"},
}


def read_picklists(reference_dir: Path) -> dict[str, dict[str, str]]:
    picklists: dict[str, dict[str, str]] = defaultdict(dict)
    path = reference_dir / "htcds" / "htcds_v2_picklist_values.csv"
    with path.open(encoding="utf-8", newline="") as file:
        for row in csv.DictReader(file):
            picklists[row["field_name_with_prefix"]][row["value_name"]] = row["value_label"]
    return picklists


@pytest.fixture(scope="module")
def picklists(reference_dir: Path) -> dict[str, dict[str, str]]:
    return read_picklists(reference_dir)


def test_every_htcds_picklist_field_has_a_vocabulary(picklists: dict[str, dict[str, str]]) -> None:
    assert set(picklists) <= set(HTCDS_FIELD_VOCABULARY)


def test_every_htcds_value_name_is_a_value_of_its_vocabulary(
    picklists: dict[str, dict[str, str]],
) -> None:
    for field, values in picklists.items():
        enum_values = {member.value for member in HTCDS_FIELD_VOCABULARY[field]}
        assert set(values) <= enum_values, field


def test_vocabularies_hold_no_values_beyond_htcds_except_documented_extensions(
    picklists: dict[str, dict[str, str]],
) -> None:
    for field, values in picklists.items():
        enum_values = {member.value for member in HTCDS_FIELD_VOCABULARY[field]}
        assert enum_values - set(values) == TIPNET_EXTENSION_VALUES.get(field, set()), field


def test_labels_of_htcds_values_are_the_standards_labels(
    picklists: dict[str, dict[str, str]],
) -> None:
    for field, values in picklists.items():
        vocabulary_class = HTCDS_FIELD_VOCABULARY[field]
        for value_name, value_label in values.items():
            assert label_of(vocabulary_class(value_name)) == value_label, (field, value_name)


def test_every_enum_of_the_module_is_registered_with_a_label_for_each_member() -> None:
    enums = {
        member
        for _, member in inspect.getmembers(vocabulary, inspect.isclass)
        if issubclass(member, StrEnum) and member is not StrEnum
    }
    assert enums == set(registered_vocabularies())
    for enum_class in enums:
        for member in enum_class:
            assert label_of(member).strip(), member


def test_labels_of_gives_django_choices_in_definition_order() -> None:
    assert labels_of(Gender)[-1] == ("NonSpecifiedUnknown", "Not Specified/Unknown")
    assert len(labels_of(OrganisationType)) == 15


def test_member_names_are_english_and_values_are_htcds_value_names() -> None:
    assert Gender.NOT_SPECIFIED_UNKNOWN.value == "NonSpecifiedUnknown"
    assert WebsiteOrApp.FOUR_SALE.value == "4Sale"
    assert (
        ForcedLabourIndustry.AGRICULTURE_FORESTRY_AND_FISHING.value
        == "A_AgricultureForestryAndFishing"
    )
    assert TraffickingEventType.RE_TRAFFICKING.value == "ReTrafficking"


def test_multi_select_columns_are_the_multiselect_picklists_of_the_standard(
    reference_dir: Path,
) -> None:
    path = reference_dir / "htcds" / "htcds_v2_field_standards.csv"
    with path.open(encoding="utf-8", newline="") as file:
        multiselect = {
            row["Field Name including Prefix"]
            for row in csv.DictReader(file)
            if row["Field Type"] == "Multiselect Picklist"
        }
    assert multiselect <= MULTI_SELECT_COLUMNS
    assert MULTI_SELECT_COLUMNS - multiselect == {"ext_Aliases"}
