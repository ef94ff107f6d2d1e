"""The import, export, backup and restore sub-commands, run through `netplanner.cli.main`."""

from __future__ import annotations

from pathlib import Path

import pytest

from netplanner import cli
from netplanner.commands import transfer
from netplanner.services.facade import Services

from .test_csv_formats import LINKEDIN


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("NETPLANNER_PASSPHRASE", "database passphrase")
    monkeypatch.setenv(transfer.BACKUP_PASSPHRASE_ENV, "backup passphrase")
    return tmp_path / "net.db"


def test_import_export_backup_restore(env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    source = tmp_path / "Connections.csv"
    source.write_bytes(LINKEDIN)
    assert cli.main(["import", str(source), "--db", str(env)]) == 0
    assert "2 added" in capsys.readouterr().out
    assert cli.main(["import", str(source), "--format", "linkedin", "--db", str(env)]) == 0
    assert "0 added, 0 updated, 2 unchanged" in capsys.readouterr().out

    assert cli.main(["export", "vcard", str(tmp_path / "out.vcf"), "--db", str(env)]) == 0
    assert (tmp_path / "out.vcf").read_text().count("BEGIN:VCARD") == 2
    assert cli.main(["export", "csv", str(tmp_path / "out.csv"), "--db", str(env)]) == 0
    assert "strength,due,balance" in (tmp_path / "out.csv").read_text(encoding="utf-8-sig")

    backup = tmp_path / "net.backup"
    assert cli.main(["backup", str(backup), "--db", str(env)]) == 0
    restored = tmp_path / "elsewhere" / "net.db"
    assert cli.main(["restore", str(backup), "--db", str(restored)]) == 0
    capsys.readouterr()

    monkeypatch.setenv(transfer.BACKUP_PASSPHRASE_ENV, "wrong passphrase")
    assert cli.main(["restore", str(backup), "--db", str(restored)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "wrong passphrase" in err


def test_bad_file_is_one_line_error(env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.vcf"
    bad.write_bytes(b"BEGIN:VCARD\nFN:A\n")
    assert cli.main(["import", str(bad), "--db", str(env)]) == 1
    assert capsys.readouterr().err == "netplanner: bad.vcf, line 1: the vCard that begins here has no " \
        "END:VCARD (is the file cut short?)\n"
    assert not env.exists()


def test_another_module_can_add_an_export_format(env: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.setattr(transfer, "EXPORTERS", dict(transfer.EXPORTERS))

    def export_ics(services: Services, out: Path) -> int:
        out.write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
        return 0

    transfer.register_exporter("ics", export_ics)
    assert cli.main(["demo", "--db", str(env)]) == 0
    assert cli.main(["export", "ics", str(tmp_path / "plan.ics"), "--db", str(env)]) == 0
    assert (tmp_path / "plan.ics").read_text().startswith("BEGIN:VCALENDAR")
    with pytest.raises(SystemExit):
        cli.main(["export", "pdf", str(tmp_path / "x.pdf"), "--db", str(env)])


def test_import_options_map_strict_and_the_summary(env: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    source = tmp_path / "people.csv"
    source.write_text("who,mail,since,shoe size\nGustav Lind,g@klarna.se,2022-01-05,44\n"
                      "Bo Ek,bo@x.se,soon,41\n", encoding="utf-8")  # fmt: skip
    assert cli.main(["import", str(source), "--map", "who=name", "--map", "mail=emails",
                     "--map", "since=connected_on", "--strict", "--db", str(env)]) == 1  # fmt: skip
    assert "people.csv, line 3: 'since' is not a date: 'soon'" in capsys.readouterr().err
    assert not env.exists()
    assert cli.main(["import", str(source), "--map", "who=name", "--map", "mail=emails",
                     "--map", "since=connected_on", "--db", str(env)]) == 0  # fmt: skip
    out = capsys.readouterr().out
    assert "1 added, 0 updated, 0 unchanged, 1 left out (cannot be read)." in out
    assert "  left out: people.csv, line 3: 'since' is not a date: 'soon'" in out
    assert "columns not imported (use --map COLUMN=FIELD): shoe size" in out
    assert cli.main(["import", str(source), "--map", "who=nonsense", "--db", str(env)]) == 1
    assert "--map who=nonsense: give COLUMN=FIELD" in capsys.readouterr().err


def test_export_variants(env: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "Connections.csv"
    source.write_bytes(LINKEDIN)
    assert cli.main(["import", str(source), "--db", str(env)]) == 0
    assert cli.main(["export", "csv-excel-sv", str(tmp_path / "sv.csv"), "--db", str(env)]) == 0
    assert (tmp_path / "sv.csv").read_bytes().startswith(b"\xef\xbb\xbfname;organisation;")
    assert cli.main(["export", "vcard", str(tmp_path / "plain.vcf"), "--plain", "--db", str(env)]) == 0
    assert "X-NETPLANNER-STATUS" not in (tmp_path / "plain.vcf").read_text(encoding="utf-8")
    assert cli.main(["export", "csv", str(tmp_path / "x.csv"), "--todos", "--db", str(env)]) == 1
    assert "--todos is for the ics format only." in capsys.readouterr().err
