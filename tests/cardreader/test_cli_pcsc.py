"""The ``kiosk card`` command line, as other tools script it (real pcscd + vpcd + emulator)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from cardreader.emulator import CardEmulator, Persona
from cardreader.transport import wait_for_card
from tests.fixtures.pcsc import skip_unless_only_card

pytestmark = [pytest.mark.pcsc, pytest.mark.timeout(120)]

PersonaLoader = Callable[[str], Persona]
KIOSK = [sys.executable, "-m", "kiosk.app"]


def kiosk(
    *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*KIOSK, *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
    )


def test_readers_lists_one_name_a_line(card_emulator: CardEmulator) -> None:
    result = kiosk("card", "readers")
    assert result.returncode == 0
    assert card_emulator.reader_name in result.stdout.splitlines()


def test_no_pcsc_service_is_a_one_line_error() -> None:
    result = kiosk("card", "readers", env={"PCSCLITE_CSOCK_NAME": "/nonexistent/pcscd.comm"})
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert "PC/SC" in result.stderr


def test_read_json(card_emulator: CardEmulator, persona: PersonaLoader) -> None:
    holder = persona("yoshida-takashi")
    card_emulator.insert(holder)
    result = kiosk(
        "card", "read", "--reader", card_emulator.reader_name, "--json", stdin=holder.pin + "\n"
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data == {
        "name": holder.name,
        "address": holder.address,
        "birth_date": holder.birth_date.isoformat(),
        "sex": holder.sex,
        "alerts": data["alerts"],
    }
    assert len(data["alerts"]) == 2
    assert holder.pin not in result.stdout + result.stderr


def test_read_text_with_the_default_reader(
    card_emulator: CardEmulator, persona: PersonaLoader
) -> None:
    holder = persona("kokutou-mikiya")
    card_emulator.insert(holder)
    skip_unless_only_card(card_emulator)
    result = kiosk("card", "read", stdin=holder.pin)
    assert result.returncode == 0, result.stderr
    assert "黒桐　幹也" in result.stdout
    assert "1980-02-17" in result.stdout


def test_wrong_pin_exits_11_and_says_tries_left(
    card_emulator: CardEmulator, persona: PersonaLoader
) -> None:
    card_emulator.insert(persona("kokutou-mikiya"))
    result = kiosk("card", "read", "--reader", card_emulator.reader_name, stdin="8642\n")
    assert result.returncode == 11
    assert "2" in result.stderr and "tries left" in result.stderr
    assert "8642" not in result.stdout + result.stderr


def test_last_try_exits_12_unless_allowed(
    card_emulator: CardEmulator, persona: PersonaLoader
) -> None:
    holder = persona("last-try")
    card_emulator.insert(holder)
    refused = kiosk("card", "read", "--reader", card_emulator.reader_name, stdin=holder.pin)
    assert refused.returncode == 12
    assert not any(r.is_verify_with_data for r in card_emulator.apdu_log)
    allowed = kiosk(
        "card", "read", "--reader", card_emulator.reader_name, "--allow-last-try", stdin=holder.pin
    )
    assert allowed.returncode == 0, allowed.stderr


def test_blocked_exits_12(card_emulator: CardEmulator, persona: PersonaLoader) -> None:
    holder = persona("pin-blocked")
    card_emulator.insert(holder)
    result = kiosk(
        "card", "read", "--reader", card_emulator.reader_name, "--allow-last-try", stdin=holder.pin
    )
    assert result.returncode == 12


def test_no_card_not_my_number_and_removed_exit_10(
    card_emulator: CardEmulator, persona: PersonaLoader
) -> None:
    holder = persona("kokutou-mikiya")
    reader = card_emulator.reader_name
    assert kiosk("card", "read", "--reader", reader, stdin=holder.pin).returncode == 10
    card_emulator.not_my_number = True
    card_emulator.insert(holder)
    assert kiosk("card", "read", "--reader", reader, stdin=holder.pin).returncode == 10
    card_emulator.not_my_number = False
    card_emulator.faults.pull_after = 3
    card_emulator.insert(holder)
    assert kiosk("card", "read", "--reader", reader, stdin=holder.pin).returncode == 10


def test_bad_pin_or_unknown_reader_exit_1(
    card_emulator: CardEmulator, persona: PersonaLoader
) -> None:
    holder = persona("kokutou-mikiya")
    card_emulator.insert(holder)
    card_emulator.clear_log()
    bad_pin = kiosk("card", "read", "--reader", card_emulator.reader_name, stdin="１２３４\n")
    assert bad_pin.returncode == 1
    # Nothing reached the card from this read (other programs may still poll it for tries left).
    assert not any(r.is_verify_with_data or r.ins == 0xB0 for r in card_emulator.apdu_log)
    unknown = kiosk("card", "read", "--reader", "No Such Reader 00 00", stdin=holder.pin)
    assert unknown.returncode == 1


# ---- kiosk card read --code-b: 照合番号B instead of the PIN, same contract ----------------------


def b_verifies(emulator: CardEmulator) -> int:
    return sum(1 for r in emulator.apdu_log if r.is_verify_with_data)


def test_read_code_b_json_with_spaces(card_emulator: CardEmulator, persona: PersonaLoader) -> None:
    holder = persona("yoshida-takashi")
    card_emulator.insert(holder)
    code = holder.code_b
    typed = f"{code[:6]} {code[6:10]} {code[10:]}\n"
    reader = card_emulator.reader_name
    result = kiosk("card", "read", "--reader", reader, "--json", "--code-b", stdin=typed)
    assert result.returncode == 0, result.stderr
    pin_result = kiosk("card", "read", "--reader", reader, "--json", stdin=holder.pin)
    assert pin_result.returncode == 0, pin_result.stderr
    # The same JSON as the PIN path.
    assert json.loads(result.stdout) == json.loads(pin_result.stdout)
    assert json.loads(result.stdout)["name"] == holder.name
    for text in (result.stdout + result.stderr).replace(" ", ""), result.stdout + result.stderr:
        assert code not in text and code[10:] not in text


def test_wrong_code_b_exits_2_and_costs_no_pin_try(
    card_emulator: CardEmulator, persona: PersonaLoader
) -> None:
    holder = persona("kokutou-mikiya")
    card_emulator.insert(holder)
    wrong = holder.code_b[:10] + "0000"
    result = kiosk(
        "card", "read", "--reader", card_emulator.reader_name, "--code-b", stdin=wrong + "\n"
    )
    assert result.returncode == 11
    assert "9" in result.stderr and "tries left" in result.stderr and "照合番号B" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert wrong not in result.stdout + result.stderr
    assert card_emulator.card is not None
    assert (card_emulator.card.code_b_tries_left, card_emulator.card.tries_left) == (9, 3)


def test_code_b_last_try_exits_3_unless_allowed(
    card_emulator: CardEmulator, persona: PersonaLoader
) -> None:
    holder = persona("code-b-last-try")
    card_emulator.insert(holder)
    reader = card_emulator.reader_name
    refused = kiosk("card", "read", "--reader", reader, "--code-b", stdin=holder.code_b)
    assert refused.returncode == 12
    assert "照合番号B" in refused.stderr
    assert b_verifies(card_emulator) == 0
    allowed = kiosk(
        "card", "read", "--reader", reader, "--code-b", "--allow-last-try", stdin=holder.code_b
    )
    assert allowed.returncode == 0, allowed.stderr
    assert holder.name in allowed.stdout


def test_code_b_blocked_exits_3_while_the_pin_still_reads(
    card_emulator: CardEmulator, persona: PersonaLoader
) -> None:
    holder = persona("code-b-blocked")
    card_emulator.insert(holder)
    reader = card_emulator.reader_name
    blocked = kiosk(
        "card", "read", "--reader", reader, "--code-b", "--allow-last-try", stdin=holder.code_b
    )
    assert blocked.returncode == 12
    assert b_verifies(card_emulator) == 0
    assert kiosk("card", "read", "--reader", reader, stdin=holder.pin).returncode == 0


def test_code_b_no_card_not_my_number_and_removed_exit_4(
    card_emulator: CardEmulator, persona: PersonaLoader
) -> None:
    holder = persona("kokutou-mikiya")
    read_b = ["card", "read", "--reader", card_emulator.reader_name, "--code-b"]
    assert kiosk(*read_b, stdin=holder.code_b).returncode == 10
    card_emulator.not_my_number = True
    card_emulator.insert(holder)
    assert kiosk(*read_b, stdin=holder.code_b).returncode == 10
    card_emulator.not_my_number = False
    card_emulator.faults.pull_after = 3
    card_emulator.insert(holder)
    assert kiosk(*read_b, stdin=holder.code_b).returncode == 10


def test_full_width_code_b_exits_1_before_anything_is_sent(
    card_emulator: CardEmulator, persona: PersonaLoader
) -> None:
    card_emulator.insert(persona("kokutou-mikiya"))
    card_emulator.clear_log()
    result = kiosk(
        "card",
        "read",
        "--reader",
        card_emulator.reader_name,
        "--code-b",
        stdin="５５０２１７ ２０３５ ２２８５\n",
    )
    assert result.returncode == 1
    assert "全角" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    # Nothing reached the card from this read (other programs may still poll it for tries left).
    log = card_emulator.apdu_log
    assert not any(r.is_verify_with_data or r.ins == 0xB0 for r in log)
    assert not any(r.ins == 0xA4 and r.data == bytes.fromhex("0015") for r in log)


def test_card_sim_runs_until_interrupted(
    card_emulator: CardEmulator, persona: PersonaLoader, tmp_path: Path
) -> None:
    # The fixture's emulator holds the slot but no card: card-sim plays the card on it.
    holder = persona("foreign-resident").with_changes(name="TRAN VAN MINH", pin="2468")
    persona_file = tmp_path / "tran.json"
    persona_file.write_text(json.dumps(holder.to_dict(), ensure_ascii=False), encoding="utf-8")
    port = str(card_emulator.port)
    with subprocess.Popen(
        [*KIOSK, "card-sim", "--persona", str(persona_file), "--port", port, "--latency-ms", "5"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as sim:
        try:
            assert sim.stdout is not None
            banner = sim.stdout.readline()
            assert "virtual card" in banner, sim.stderr.read() if sim.stderr else ""
            result = kiosk(
                "card", "read", "--reader", card_emulator.reader_name, "--json", stdin="2468"
            )
            assert result.returncode == 0, result.stderr
            assert json.loads(result.stdout)["name"] == "TRAN VAN MINH"
            sim.send_signal(signal.SIGINT)
            assert sim.wait(timeout=20) == 0
            assert wait_for_card(card_emulator.reader_name, present=False, timeout=15)
        finally:
            if sim.poll() is None:
                sim.kill()
                sim.wait()
