"""The core's error messages reach the user in their language, with the field names translated too."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from netplanner.domain.errors import AmbiguousError, ValidationError
from netplanner.gui import errors
from netplanner.gui.i18n import install_translators, uninstall_translators
from netplanner.interop.errors import ImportFormatError
from netplanner.services.facade import Services


def test_lupdate_list_of_error_messages_is_current() -> None:
    assert errors.GENERATED.read_text(encoding="utf-8") == errors.generated_source(), (
        "run `python -m netplanner.gui.errors` after changing an error message of the core"
    )


@pytest.fixture
def swedish(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "sv")
    yield
    uninstall_translators(qapp)


def refusal(services: Services, **fields: object) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        services.contacts.add(**fields)
    return caught.value


def test_english_stays_the_message_of_the_command_line(services: Services) -> None:
    error = refusal(services, name="Per Öberg", trust=6)
    assert str(error) == "Trust must be from 1 to 5, not 6."
    assert errors.user_message(error) == str(error)


@pytest.mark.usefixtures("swedish")
def test_validation_messages_and_field_names_are_swedish(services: Services) -> None:
    error = refusal(services, name="Per Öberg", trust=6)
    shown = errors.user_message(error)
    assert shown != str(error)
    assert "Trust" not in shown
    assert "6" in shown


@pytest.mark.usefixtures("swedish")
def test_names_pass_through_and_nested_file_errors_are_translated(services: Services) -> None:
    services.contacts.add(name="Anna Berg")
    services.contacts.add(name="Anna Bergström")
    with pytest.raises(AmbiguousError) as caught:
        services.contacts.find("Berg")
    shown = errors.user_message(caught.value)
    assert "Anna Berg" in shown
    assert "matches" not in shown
    nested = ImportFormatError("kontakter.csv", 12, "{what} is required.", what="Name")
    assert "kontakter.csv" in errors.user_message(nested)
    assert "line" not in errors.user_message(nested)
    assert "is required" not in errors.user_message(nested)
