"""Fields of a notification by path: their Japanese names, which are derived, and setting one.

A field is named by its dotted path in the JSON (``persons.1.name.given``). Screens that show or
correct single fields — the staff console's review, a clerk's interview at the desk — need three
things of a path, all without knowing the model's classes:

- :func:`field_label` / :func:`field_title`: what the form calls it (名, 異動者2・氏名・名);
- :func:`is_derived`: whether its value is worked out by the system from other values (全国地方
  公共団体コード from the address, 確認方法 from how the card was read …) rather than entered;
- :func:`set_field`: a copy of the notification with one field set from the text a person typed
  or the code they chose, validated by the model. What cannot be stored raises
  :class:`FieldError` with one line in Japanese; the notification passed in is never changed.
"""

from __future__ import annotations

import re
import types
import typing
import unicodedata
from datetime import date
from typing import Any

from pydantic import BaseModel, ValidationError

from forms.model import FlexDate, Notification

__all__ = [
    "FieldError",
    "field_label",
    "field_title",
    "is_derived",
    "parse_date_text",
    "set_field",
]

#: The longest text a single field takes from a screen (a 方書 or 国外住所 is far shorter).
MAX_TEXT = 500

#: Names where the model's description is English or too long for a screen.
_LABELS = {
    "method": "確認方法",
    "joins_existing": "既存の世帯に入る",
    "scope": "異動する範囲",
    "previous_address": "従前の住所",
    "original": "住所（カード記載のまま）",
    "kana_confirmed": "フリガナの確認",
    "kind": "異動の種類",
    "alerts": "職員への注意",
    "code": "手続コード",
    "reason": "理由",
    "persons": "対象者",
    "aspect": "署名欄の縦横比",
    "strokes": "署名",
}

#: Values the system works out from other values (never typed by the resident): a screen says
#: so instead of crediting them to the resident.
_DERIVED = re.compile(
    r"(^|\.)lg_code$"  # 全国地方公共団体コード: from the address (郵便番号・住所の辞書)
    r"|(^|\.)machiaza_code$"  # 町字コード: likewise
    r"|^filer\.id_check\.(method|document)$"  # 確認方法・書類: how the card was read
    r"|^todoke\.(filed_on|reason_code)$"  # 届出日 (the day it is filed), 異動事由 (from the kind)
    r"|^persons\.\d+\.relationship_code$"  # 続柄コード: from the 続柄 written
)


class FieldError(ValueError):
    """A value that cannot be stored in a field; ``str()`` is one line in Japanese."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


def _model_in(annotation: Any) -> type[BaseModel] | None:
    """The model class inside ``X``, ``X | None`` or ``list[X]``, if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (list, typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            found = _model_in(arg)
            if found is not None and found is not FlexDate:
                return found
    return None


def _clean(description: str | None, name: str) -> str:
    text = (description or name).split(" (")[0].split(" …")[0].split(" / ")[0]
    return text.strip()


def _steps(path: str) -> list[tuple[str, str | None]]:
    """(name, label) per step of ``path``; list indexes have the label None."""
    steps: list[tuple[str, str | None]] = []
    model: type[BaseModel] | None = Notification
    for part in path.split("."):
        if part.isdigit():
            steps.append((part, None))
            continue
        if model is None or part not in model.model_fields:
            raise KeyError(path)
        info = model.model_fields[part]
        steps.append((part, _LABELS.get(part) or _clean(info.description, part)))
        model = _model_in(info.annotation)
    return steps


def field_label(path: str) -> str:
    """What the form calls the field at ``path`` (``persons.0.name.given`` → 名).

    Raises :class:`KeyError` for a path the notification has no field at.
    """
    for _name, label in reversed(_steps(path)):
        if label is not None:
            return label
    raise KeyError(path)  # pragma: no cover - a path always ends in a name


def field_title(path: str) -> str:
    """The field with where it sits (``persons.1.name.given`` → 異動者2・氏名・名)."""
    parts: list[str] = []
    steps = _steps(path)
    for i, (name, label) in enumerate(steps):
        if label is None:
            if steps[i - 1][0] == "persons":
                parts[-1] = f"異動者{int(name) + 1}"
            else:
                parts[-1] += str(int(name) + 1)
            continue
        if i == 0 and name == "todoke" and len(steps) > 1:
            continue  # 届出・届出日 says 届出 twice
        parts.append(label)
    return "・".join(parts)


def is_derived(path: str) -> bool:
    """True for a field whose value the system works out (see the module docstring)."""
    return _DERIVED.search(path) is not None


def parse_date_text(text: str) -> str:
    """A date typed in 和暦 (令和8年4月13日) as ISO text; anything else is returned as typed.

    A 不詳 date (昭和50年 月日不詳) is returned as typed too: only birth dates take one, and
    :func:`set_field` turns it into the stored form there.
    """
    from forms.wareki import parse

    normal = unicodedata.normalize("NFKC", text).strip()
    if normal and normal[0] in "明大昭平令" and "年" in normal:
        try:
            parsed = parse(normal)
        except ValueError:
            return text
        if isinstance(parsed, date):
            return parsed.isoformat()
    return text


def _flex_date(text: str) -> dict[str, Any] | None:
    """A 不詳 date (年月日不詳, 昭和50年 月日不詳 …) in its stored form, if ``text`` is one."""
    from forms.wareki import parse

    try:
        parsed = parse(text)
    except ValueError:
        return None
    return parsed.model_dump(mode="json") if isinstance(parsed, FlexDate) else None


def _accepts_flex(node_model: type[BaseModel] | None, name: str) -> bool:
    if node_model is None or name not in node_model.model_fields:
        return False
    annotation = node_model.model_fields[name].annotation
    return FlexDate in typing.get_args(annotation)


_MESSAGES = {
    "date_from_datetime_parsing": "日付として読めません（2026-04-13 または 令和8年4月13日 の形で）",
    "date_parsing": "日付として読めません（2026-04-13 または 令和8年4月13日 の形で）",
    "date_from_datetime_inexact": "日付として読めません（2026-04-13 または 令和8年4月13日 の形で）",
    "literal_error": "選べる値ではありません",
    "enum": "選べる値ではありません",
    "int_parsing": "数字で入力してください",
    "bool_parsing": "「はい」か「いいえ」で入力してください",
    "string_too_long": "長すぎます",
    "missing": "この項目は空にできません",
}

#: What a value must look like, for fields that have a pattern.
_PATTERN_HINTS = {
    "postal_code": "郵便番号は7桁の数字です（例 204-0021）",
    "lg_code": "全国地方公共団体コードは6桁の数字です",
    "machiaza_code": "町字コードは7桁の数字です",
    "juminhyo_code": "住民票コードは11桁の数字です",
    "reason_code": "異動事由コードは2桁の数字です",
    "phone": "電話番号は数字と + - ( ) で入力してください",
    "country_code": "国名コードは英字3文字か数字3桁です",
    "nationality_code": "国籍・地域コードは英字3文字か数字3桁です",
    "kubun_30_45": "30条45区分は01〜06です",
}


def _message(path: str, error: Any) -> str:
    name = path.rsplit(".", 1)[-1]
    kind = str(error.get("type", ""))
    if kind == "string_pattern_mismatch":
        return _PATTERN_HINTS.get(name, "形式が違います")
    if kind.startswith("date") or "date" in kind:
        return _MESSAGES["date_parsing"]
    if kind == "value_error" and "date" in str(error.get("msg", "")):
        return _MESSAGES["date_parsing"]
    return _MESSAGES.get(kind, "この値は入れられません")


def _fail(path: str, message: str) -> FieldError:
    try:
        title = field_title(path)
    except KeyError:
        title = path
    return FieldError(path, f"{title}: {message}")


def set_field(notification: Notification, path: str, text: str) -> Notification:
    """A copy of ``notification`` with the field at ``path`` set from ``text``.

    ``text`` is what a person typed, or the code of a choice (性別 ``2``, 転出証明書 ``paper``,
    はい/いいえ for yes-no fields). Dates may be typed in 和暦; birth dates also take the 不詳
    forms (``昭和50年 月日不詳``). An empty text clears an optional field. Only leaf fields
    can be set (not a whole address or person). Raises :class:`FieldError` (Japanese, one line)
    when the path is no field or the value does not fit it; ``notification`` is left as it was.
    """
    if len(text) > MAX_TEXT:
        raise _fail(path, f"長すぎます（{MAX_TEXT}文字まで）")
    if any(unicodedata.category(ch) in ("Cc", "Cs") for ch in text.replace("\n", "")):
        raise _fail(path, "使えない文字（制御文字）が含まれています")
    data = notification.model_dump(mode="json")
    node: Any = data
    node_model: type[BaseModel] | None = Notification
    parts = path.split(".")
    try:
        _steps(path)
    except KeyError:
        raise _fail(path, "この項目はありません") from None
    for part in parts[:-1]:
        if isinstance(node, list):
            index = int(part) if part.isdigit() else -1
            if not 0 <= index < len(node):
                raise _fail(path, "この項目はありません")
            node = node[index]
            continue
        if not isinstance(node, dict) or node.get(part) is None:
            raise _fail(path, "この項目はありません")
        if node_model is not None:
            node_model = _model_in(node_model.model_fields[part].annotation)
        node = node[part]
    last = parts[-1]
    if not isinstance(node, dict) or last not in node:
        raise _fail(path, "この項目はありません")
    current = node[last]
    if isinstance(current, dict | list):
        raise _fail(path, "この項目は一度に書き換えられません")
    value: object = text.strip()
    if isinstance(current, bool):
        if value in ("1", "true", "True", "はい"):
            value = True
        elif value in ("0", "false", "False", "いいえ", ""):
            value = False
        else:
            raise _fail(path, _MESSAGES["bool_parsing"])
    elif isinstance(current, int):
        try:
            value = int(unicodedata.normalize("NFKC", str(value)))
        except ValueError:
            raise _fail(path, _MESSAGES["int_parsing"]) from None
    elif value == "":
        value = "" if isinstance(current, str) and _is_plain_text(node_model, last) else None
    else:
        value = parse_date_text(str(value))
        if _accepts_flex(node_model, last) and not _looks_iso(str(value)):
            flex = _flex_date(str(value))
            if flex is not None:
                value = flex
    node[last] = value
    try:
        return Notification.model_validate(data)
    except ValidationError as exc:
        raise _fail(path, _message(path, exc.errors()[0])) from None


def _looks_iso(text: str) -> bool:
    return re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) is not None


def _is_plain_text(model: type[BaseModel] | None, name: str) -> bool:
    """True for a ``str`` field that cannot be None (an empty text stays an empty text)."""
    if model is None or name not in model.model_fields:
        return True
    return model.model_fields[name].annotation is str
