"""The steps of the desk's 対面受付 as pages: fields, filled from the flow and applied to it.

Each :class:`Page` shows one step (or one screen of the visit): ``load`` fills its fields when
the step is shown, ``refresh`` redraws what follows the flow while it stays, ``apply`` gives the
flow the commands for what was typed and says whether to go on. Labels are the form's own
(:func:`forms.fields.field_label`, :mod:`ui.staff.layout`). :mod:`ui.staff.interview` puts
them in the pane.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date
from html import escape
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from forms import wareki
from forms.fields import field_label, parse_date_text
from forms.model import FilerKubun, Kind, SetaiHenkoKubun
from kiosk.flow import ResidentFlow
from ui.staff.interview_model import CALL_REASONS, InterviewModel
from ui.staff.layout import VALUES

#: Each step's title on the desk.
STEP_TITLES = {
    "filer": "届出人",
    "date": "異動日",
    "previous": "従前の住所（異動前の住所）",
    "address": "住所（世帯の住所）",
    "country": "国外の住所",
    "postal": "新しい住所・郵便番号",
    "candidates": "住所の候補",
    "banchi": "番地・号",
    "katagaki": "方書（建物名・部屋番号）",
    "members": "異動する人",
    "certificate": "転出証明書（紙）",
    "setai": "世帯変更の区分",
    "household": "世帯主と続柄",
    "related": "関連手続の確認",
}

#: The kinds a clerk can take (世帯変更 only here, never on the resident's screen).
KINDS: tuple[tuple[str, Kind, bool], ...] = (
    ("転居（市内で引っ越し）", Kind.TENKYO, False),
    ("転入（他の市区町村から）", Kind.TENNYU, False),
    ("転入（国外から）", Kind.TENNYU, True),
    ("転出（他の市区町村へ）", Kind.TENSHUTSU, False),
    ("転出（国外へ）", Kind.TENSHUTSU, True),
    ("世帯変更（分離・合併・世帯主変更）", Kind.SETAI_HENKO, False),
)


def kind_key(kind: Kind, abroad: bool) -> str:
    """How the kind list names a choice (``tennyu``, ``tennyu-abroad`` …)."""
    return f"{kind.value}-abroad" if abroad else kind.value


ID_METHODS = (
    ("ic", "ICチップ読取（マイナンバーカード）"),
    ("card_face", "券面確認（顔写真付きの証明書）"),
    ("other_documents", "他の書類（書類名を入力）"),
)

RELATED_LABELS = {
    "kokuho": "国民健康保険に加入している（加入する）",
    "shogai_techo": "障害者手帳を持っている",
    "dog": "犬を飼っている",
    "inkan": "印鑑登録をしている",
}

SECTION_NAMES = {
    "filer": "届出人",
    "todoke": "届出",
    "newAddress": "新しい住所",
    "previousAddress": "従前の住所",
    "address": "住所",
    "destination": "転出先",
    "persons": "異動する人",
    "household": "世帯",
    "related": "関連手続",
}

ROW_LABELS = {
    "kind": "種類",
    "moveDate": "異動日",
    "filedOn": "届出日",
    "postalCode": "郵便番号",
    "address": "住所",
    "head": "世帯主",
    "procedure": "手続",
    "person": "氏名",
    "filerKubun": "区分",
    "name": "氏名",
    "relationship": "関係",
    "idCheck": "本人確認",
    "powerOfAttorney": "委任状",
    "setaiHenko": "世帯変更の区分",
}

SHORTCUTS_HELP = (
    "Tab 次の項目 ／ Enter この手順を確定して次へ ／ Alt+← 戻る ／ Ctrl+T 引き継ぐ ／ "
    "Ctrl+B 住民に戻す ／ Ctrl+M カードで追加 ／ Ctrl+E 確認画面から修正 ／ Ctrl+P 届書を印刷 ／ "
    "Ctrl+Shift+S 紙の署名を確認 ／ Ctrl+W 終了 ／ Ctrl+N 開始 ／ Ctrl+Shift+N カードなしで開始"
)


def parse_day(text: str) -> date | None:
    """A date typed as ISO (2026-04-12), 2026/4/12 or 和暦 (令和8年4月12日); None if not one."""
    t = unicodedata.normalize("NFKC", text).strip()
    if not t:
        return None
    t = parse_date_text(t)
    m = re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", t)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _line(name: str, accessible: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(objectName=name)
    edit.setAccessibleName(accessible)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


def _sex_box(name: str) -> QComboBox:
    box = QComboBox(objectName=name)
    box.setAccessibleName(field_label("persons.0.sex"))
    box.addItem("（未入力）", "")
    for code, text in VALUES["sex"].items():
        box.addItem(text, code)
    return box


def select(box: QComboBox, value: object) -> None:
    index = box.findData(value)
    box.setCurrentIndex(max(index, 0))


W = TypeVar("W", bound=QWidget)


class Page(QWidget):
    """One step of the interview: fields, how they are filled from the flow and applied."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        heading = QLabel(title, objectName="pageTitle")
        font = heading.font()
        font.setBold(True)
        font.setPointSize(font.pointSize() + 3)
        heading.setFont(font)
        outer.addWidget(heading)
        self.note = QLabel(objectName="pageNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.RichText)
        outer.addWidget(self.note)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        outer.addStretch(1)
        self.first: QWidget | None = None

    def add(self, label: str, widget: W) -> W:
        self.form.addRow(label, widget)
        if self.first is None:
            self.first = widget
        return widget

    def load(self, flow: ResidentFlow) -> None:
        """Fill the fields from the flow (when the step is shown)."""

    def refresh(self, flow: ResidentFlow) -> None:
        """Redraw what follows the flow while the step stays (lists, checks)."""

    def apply(self, model: InterviewModel) -> bool:
        """Send what was typed; True to go on to the next step."""
        return True


class InfoPage(Page):
    """A screen the resident works on (the PIN, another person's card) or a waiting state."""

    def __init__(self, title: str, text: Callable[[ResidentFlow], str]) -> None:
        super().__init__(title)
        self._text = text

    def load(self, flow: ResidentFlow) -> None:
        self.refresh(flow)

    def refresh(self, flow: ResidentFlow) -> None:
        self.note.setText(self._text(flow))

    def apply(self, model: InterviewModel) -> bool:
        return False


def waiting_text(flow: ResidentFlow) -> str:
    s = flow.state
    if s.screen == "welcome" and s.mode == "staff_led":
        return (
            "カードを読み取り機に置いてもらってください。暗証番号は住民が画面で入力します"
            "（職員は入力しません）。カードのない方は Ctrl+Shift+N。"
        )
    if s.screen in ("pin", "codeB"):
        tries = f"（残り {s.tries_left} 回）" if s.tries_left >= 0 else ""
        return f"住民が画面で暗証番号を入力しています{tries}。"
    if s.screen == "furigana":
        return "住民が画面で名前の振り仮名（フリガナ）を確かめています。"
    if s.screen == "placeMember":
        return "異動する人のカードを読み取り機に置いてもらってください（本人が暗証番号を入力）。"
    if s.screen == "blocked":
        return "カードの暗証番号がロックされています。カードなしで受け付けるか、案内してください。"
    if s.screen == "staff":
        why = CALL_REASONS.get(s.staff_call, s.staff_call or "係員の案内が必要です")
        return (
            f"{escape(why)}。Ctrl+T でカードなしの対面受付を始めるか、Ctrl+N でカードから始めます。"
        )
    if s.screen == "welcome":
        return "住民の画面は待機中です。Ctrl+N で対面受付を始めます。"
    return ""


class IdentityPage(Page):
    """The card read: the clerk compares the face and confirms who is there."""

    def __init__(self) -> None:
        super().__init__("本人確認（カードの記載）")
        self.facts = QLabel(objectName="cardFacts")
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.add("カード", self.facts)
        self.not_me = QPushButton("別の人のカード (Ctrl+Backspace)", objectName="notMe")
        self.form.addRow("", self.not_me)
        self.first = self.not_me

    def load(self, flow: ResidentFlow) -> None:
        h = flow.state.holder
        if h is None:
            self.facts.setText("")
            return
        sex = VALUES["sex"].get(h.sex, h.sex)
        self.facts.setText(
            f"<b>{escape(h.name)}</b><br>{escape(h.address)}<br>"
            f"{escape(wareki.format_date(h.birth_date))}　{escape(sex)}"
        )
        self.note.setText("顔写真と本人を見比べ、Enter で本人確認を済ませます。")

    def apply(self, model: InterviewModel) -> bool:
        model.act("confirm_identity", True)
        return False


class KindPage(Page):
    """手続きの種類 (the resident's 手続き案内, asked by the clerk)."""

    def __init__(self) -> None:
        super().__init__("手続きの種類")
        self.kind = QComboBox(objectName="kind")
        self.kind.setAccessibleName("異動の種類")
        for text, kind, abroad in KINDS:
            self.kind.addItem(text, kind_key(kind, abroad))
        self.add(field_label("kind"), self.kind)

    def apply(self, model: InterviewModel) -> bool:
        _text, kind, abroad = KINDS[max(0, self.kind.currentIndex())]
        model.act("choose_kind", kind, abroad)
        return False


class FilerPage(Page):
    """届出人: who files, their relation, how their identity was checked, the 委任状."""

    def __init__(self) -> None:
        super().__init__(STEP_TITLES["filer"])
        self.kubun = QComboBox(objectName="filerKubun")
        self.kubun.setAccessibleName("届出人の区分")
        for k in FilerKubun:
            self.kubun.addItem(k.label, k.value)
        self.add(field_label("filer.kubun"), self.kubun)
        self.relationship = self.add(
            "異動者との関係", _line("filerRelationship", "異動者との関係", "父、妻、知人 …")
        )
        self.moves = QCheckBox("届出人も異動する", objectName="filerMoves")
        self.add("", self.moves)
        self.method = QComboBox(objectName="idMethod")
        self.method.setAccessibleName("本人確認の方法")
        for code, text in ID_METHODS:
            self.method.addItem(text, code)
        self.add("本人確認", self.method)
        self.documents = self.add(
            "確認した書類", _line("idDocuments", "確認した書類", "運転免許証、健康保険証")
        )
        self.poa = QCheckBox("委任状を確認した（確認者と日時を記録）", objectName="poaSeen")
        self.add(field_label("filer.power_of_attorney"), self.poa)
        self.family = self.add(field_label("filer.name.family"), _line("filerFamily", "届出人の氏"))
        self.given = self.add(field_label("filer.name.given"), _line("filerGiven", "届出人の名"))
        self.family_kana = self.add(
            "氏（フリガナ）", _line("filerFamilyKana", "届出人の氏のフリガナ")
        )
        self.given_kana = self.add(
            "名（フリガナ）", _line("filerGivenKana", "届出人の名のフリガナ")
        )
        self.address = self.add(field_label("filer.address"), _line("filerAddress", "届出人の住所"))
        self.phone = self.add(field_label("filer.phone"), _line("filerPhone", "電話番号"))
        self.first = self.kubun
        self._no_card: list[QWidget] = [
            self.family,
            self.given,
            self.family_kana,
            self.given_kana,
            self.address,
        ]

    def load(self, flow: ResidentFlow) -> None:
        s = flow.state
        f = s.answers.filer
        select(self.kubun, f.kubun)
        self.relationship.setText(f.relationship)
        self.moves.setChecked(f.moves)
        card = s.holder is not None
        method = f.id_method or ("ic" if card else "card_face")
        select(self.method, method)
        self.documents.setText("、".join(f.id_documents))
        self.poa.setChecked(f.power_of_attorney)
        d = f.details
        for widget, value in (
            (self.family, d.family if d else ""),
            (self.given, d.given if d else ""),
            (self.family_kana, d.family_kana if d else ""),
            (self.given_kana, d.given_kana if d else ""),
            (self.address, f.address),
        ):
            widget.setText(value)
            widget.setEnabled(not card)
        self.phone.setText(f.phone)
        holder = f"カードの方: {escape(s.holder.name)}" if s.holder is not None else "カードなし"
        self.note.setText(
            f"{holder}。代理人・世帯主などが届け出るときは区分と関係を選び、"
            "届出人が異動しなければ「届出人も異動する」を外します。"
        )

    def apply(self, model: InterviewModel) -> bool:
        flow = model.flow
        assert flow is not None
        moves = self.moves.isChecked()
        text = lambda w: w.text()  # noqa: E731
        model.act("set_filer", self.kubun.currentData(), text(self.relationship), moves=moves)
        if flow.state.holder is None:
            model.act(
                "set_filer_details",
                text(self.family),
                text(self.given),
                text(self.family_kana),
                text(self.given_kana),
                address=text(self.address),
                phone=text(self.phone),
            )
        else:
            model.act("set_filer_details", "", phone=text(self.phone))
        documents = [d for d in re.split(r"[、,，]\s*", text(self.documents)) if d.strip()]
        model.act("set_filer_identity", self.method.currentData(), documents)
        if self.poa.isChecked() != flow.state.answers.filer.power_of_attorney:
            model.act("see_power_of_attorney", self.poa.isChecked())
        return True


class DatePage(Page):
    def __init__(self) -> None:
        super().__init__(STEP_TITLES["date"])
        self.day = self.add(
            field_label("todoke.moved_on"),
            _line("movedOn", "異動日", "2026-04-12 または 令和8年4月12日"),
        )

    def load(self, flow: ResidentFlow) -> None:
        moved = flow.state.answers.moved_on
        self.day.setText(moved.isoformat() if moved else "")
        self.note.setText("転出は予定日。" if flow.state.answers.kind is Kind.TENSHUTSU else "")

    def apply(self, model: InterviewModel) -> bool:
        typed = self.day.text()
        day = parse_day(typed)
        if day is None:
            model.failed.emit(f"日付として読めません: {typed}")
            return False
        model.act("set_moved_on", day)
        return True


class TextPage(Page):
    """One line of text sent to one command (an address left, a 番地, a 方書)."""

    def __init__(
        self,
        step: str,
        label: str,
        command: str,
        value: Callable[[ResidentFlow], str],
        placeholder: str = "",
    ) -> None:
        super().__init__(STEP_TITLES[step])
        self._command = command
        self._value = value
        self.text = self.add(label, _line(f"{step}Text", label, placeholder))

    def load(self, flow: ResidentFlow) -> None:
        self.text.setText(self._value(flow))

    def apply(self, model: InterviewModel) -> bool:
        return model.act(self._command, self.text.text())


class PostalPage(Page):
    def __init__(self) -> None:
        super().__init__(STEP_TITLES["postal"])
        self.code = self.add(
            field_label("new_address.postal_code"), _line("postalCode", "郵便番号", "2040021")
        )

    def load(self, flow: ResidentFlow) -> None:
        self.code.setText(flow.state.answers.postal_code)

    def apply(self, model: InterviewModel) -> bool:
        model.act("lookup_postal", self.code.text())
        return False  # found: the flow goes on to the candidates by itself


class CandidatesPage(Page):
    def __init__(self) -> None:
        super().__init__(STEP_TITLES["candidates"])
        self.list = QListWidget(objectName="candidates")
        self.list.setAccessibleName("住所の候補")
        self.add("候補", self.list)

    def load(self, flow: ResidentFlow) -> None:
        self.list.clear()
        for c in flow.candidates:
            self.list.addItem(f"{c.prefecture}{c.municipality}{c.town}")
        if self.list.count():
            self.list.setCurrentRow(0)

    def apply(self, model: InterviewModel) -> bool:
        model.act("choose_candidate", max(0, self.list.currentRow()))
        return False


class CountryPage(Page):
    def __init__(self) -> None:
        super().__init__(STEP_TITLES["country"])
        self.country = self.add("国名", _line("country", "国名"))
        self.address = self.add("国外の住所", _line("countryAddress", "国外の住所"))

    def load(self, flow: ResidentFlow) -> None:
        a = flow.state.answers
        self.country.setText(a.abroad_country)
        self.address.setText(a.abroad_address)

    def apply(self, model: InterviewModel) -> bool:
        return model.act(
            "set_country",
            self.country.text(),
            self.address.text(),
        )


class PersonFields:
    """氏・名・フリガナ・生年月日・性別 of one person, as typed from documents."""

    def __init__(self, page: Page, prefix: str) -> None:
        self.family = _line(f"{prefix}Family", field_label("persons.0.name.family"))
        self.given = _line(f"{prefix}Given", field_label("persons.0.name.given"))
        self.family_kana = _line(f"{prefix}FamilyKana", "氏のフリガナ")
        self.given_kana = _line(f"{prefix}GivenKana", "名のフリガナ")
        self.birth = _line(f"{prefix}Birth", field_label("persons.0.birth_date"), "1980-02-17")
        self.sex = _sex_box(f"{prefix}Sex")
        row = QWidget()
        grid = QGridLayout(row)
        grid.setContentsMargins(0, 0, 0, 0)
        for col, (label, widget) in enumerate(
            (
                (field_label("persons.0.name.family"), self.family),
                (field_label("persons.0.name.given"), self.given),
                ("氏（フリガナ）", self.family_kana),
                ("名（フリガナ）", self.given_kana),
                (field_label("persons.0.birth_date"), self.birth),
                (field_label("persons.0.sex"), self.sex),
            )
        ):
            grid.addWidget(QLabel(label), 0, col)
            grid.addWidget(widget, 1, col)
        page.add("", row)
        if page.first is row:
            page.first = self.family

    def clear(self) -> None:
        for w in (self.family, self.given, self.family_kana, self.given_kana, self.birth):
            w.clear()
        self.sex.setCurrentIndex(0)

    def values(self) -> tuple[str, str, str, str, date | None, str]:
        return (
            self.family.text(),
            self.given.text(),
            self.family_kana.text(),
            self.given_kana.text(),
            parse_day(self.birth.text()),
            str(self.sex.currentData() or ""),
        )


class MembersPage(Page):
    """異動する人: those read from a card, and others typed from documents (Enter adds one
    when a name is typed; Enter on empty fields goes on)."""

    def __init__(self) -> None:
        super().__init__(STEP_TITLES["members"])
        self.list = QListWidget(objectName="members")
        self.list.setAccessibleName("異動する人")
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setMaximumHeight(140)
        self.add("異動する人", self.list)
        self.person = PersonFields(self, "member")
        self.first = self.person.family
        self.relationship = _line("memberRelationship", field_label("persons.0.relationship"))
        self.form.addRow(field_label("persons.0.relationship"), self.relationship)
        self.by_card = QPushButton("カードで追加 (Ctrl+M)", objectName="memberByCard")
        self.form.addRow("", self.by_card)

    def load(self, flow: ResidentFlow) -> None:
        self.person.clear()
        self.relationship.clear()
        self.refresh(flow)

    def refresh(self, flow: ResidentFlow) -> None:
        self.list.clear()
        for i, m in enumerate(flow.state.answers.members, start=1):
            source = "カード" if m.card else ("職員入力" if m.details else "未入力")
            name = m.display_name or "（氏名未入力）"
            self.list.addItem(f"{i}. {name}　［{source}］ {m.relationship}")
        self.note.setText(
            "カードのない人は氏名などを入力して Enter（続けて何人でも）。"
            "入力欄が空のまま Enter で次へ。"
        )

    def apply(self, model: InterviewModel) -> bool:
        family, given, fk, gk, birth, sex = self.person.values()
        if not (family or given):
            return True
        if self.person.birth.text().strip() and birth is None:
            model.failed.emit(f"生年月日として読めません: {self.person.birth.text()}")
            return False
        model.act("add_member_details", family, given, fk, gk, birth, sex, self.relationship.text())
        self.person.clear()
        self.relationship.clear()
        self.person.family.setFocus()
        return False


class CertificatePage(Page):
    """転出証明書 (paper): what it says, typed; checked against the cards as it is typed."""

    ROWS = 6

    def __init__(self) -> None:
        super().__init__(STEP_TITLES["certificate"])
        self.address = self.add("証明書の住所", _line("certAddress", "転出証明書の住所"))
        self.head = self.add("証明書の世帯主", _line("certHead", "転出証明書の世帯主"))
        self.planned = self.add(
            "転出予定日（証明書）", _line("certPlanned", "転出予定日", "2026-04-01")
        )
        self.rows: list[tuple[QLabel, QLineEdit, QLineEdit, QComboBox, QLineEdit]] = []
        grid_box = QWidget()
        grid_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        grid = QGridLayout(grid_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for col, text in enumerate(("", "証明書の氏名", "生年月日", "性別", "住民票コード")):
            grid.addWidget(QLabel(text), 0, col)
        for r in range(self.ROWS):
            who = QLabel()
            name = _line(f"certName{r}", f"異動者{r + 1} 証明書の氏名")
            birth = _line(f"certBirth{r}", f"異動者{r + 1} 生年月日")
            sex = _sex_box(f"certSex{r}")
            code = _line(f"certCode{r}", f"異動者{r + 1} 転入前住民票コード", "11桁")
            for col, w in enumerate((who, name, birth, sex, code)):
                grid.addWidget(w, r + 1, col)
            self.rows.append((who, name, birth, sex, code))
        self.form.addRow("異動者", grid_box)
        self.check = QLabel(objectName="certificateCheck")
        self.check.setWordWrap(True)
        self.check.setTextFormat(Qt.TextFormat.RichText)
        self.form.addRow("カードとの照合", self.check)

    def load(self, flow: ResidentFlow) -> None:
        a = flow.state.answers
        c = a.certificate
        self.address.setText(c.address if c else "")
        self.head.setText(c.head_name if c else "")
        planned = c.planned_on.isoformat() if c and c.planned_on else ""
        self.planned.setText(planned)
        for r, (who, name, birth, sex, code) in enumerate(self.rows):
            member = a.members[r] if r < len(a.members) else None
            for w in (who, name, birth, sex, code):
                w.setVisible(member is not None)
            if member is None:
                continue
            who.setText(f"{r + 1}. {member.display_name or '（氏名未入力）'}")
            e = member.certificate
            name.setText(e.name if e else "")
            birth.setText(e.birth_date.isoformat() if e and e.birth_date else "")
            select(sex, e.sex if e else "")
            code.setText(e.juminhyo_code if e else "")
        self.refresh(flow)

    def refresh(self, flow: ResidentFlow) -> None:
        lines = flow.certificate_check()
        if lines:
            self.check.setText(
                "<span style='color:#9b1c1c'>× 一致しません: </span>"
                + "<br>".join(escape(x) for x in lines)
            )
        elif flow.state.answers.certificate is not None:
            self.check.setText("✓ カードの記載と一致しています")
        else:
            self.check.setText("（入力すると照合します）")

    def apply(self, model: InterviewModel) -> bool:
        flow = model.flow
        assert flow is not None
        planned_text = self.planned.text()
        planned = parse_day(planned_text)
        if planned_text.strip() and planned is None:
            model.failed.emit(f"日付として読めません: {planned_text}")
            return False
        model.act(
            "set_certificate",
            self.address.text(),
            self.head.text(),
            planned,
        )
        for r, (_who, name, birth, sex, code) in enumerate(self.rows):
            if r >= len(flow.state.answers.members):
                break
            model.act(
                "set_member_certificate",
                r,
                name.text(),
                parse_day(birth.text()),
                str(sex.currentData() or ""),
                code.text(),
            )
        if flow.certificate_check():
            model.failed.emit("転出証明書とカードの記載が一致しません（照合を確かめてください）")
            return False
        return True


class SetaiPage(Page):
    def __init__(self) -> None:
        super().__init__(STEP_TITLES["setai"])
        self.kubun = QComboBox(objectName="setaiKubun")
        self.kubun.setAccessibleName("世帯変更の区分")
        for k in SetaiHenkoKubun:
            self.kubun.addItem(k.label, k.value)
        self.add(field_label("todoke.setai_henko"), self.kubun)

    def load(self, flow: ResidentFlow) -> None:
        select(self.kubun, flow.state.answers.setai or SetaiHenkoKubun.BUNRI.value)
        self.note.setText("世帯分離・世帯主変更は次の「世帯主と続柄」で新しい世帯主を選びます。")

    def apply(self, model: InterviewModel) -> bool:
        return model.act("set_setai", self.kubun.currentData())


class HouseholdPage(Page):
    ROWS = 8

    def __init__(self) -> None:
        super().__init__(STEP_TITLES["household"])
        self.head = QComboBox(objectName="head")
        self.head.setAccessibleName("世帯主")
        self.add(field_label("household.head_name"), self.head)
        self.relationships: list[tuple[QLabel, QLineEdit]] = []
        for r in range(self.ROWS):
            label = QLabel()
            edit = _line(f"relationship{r}", f"異動者{r + 1}の続柄", "妻、子、妻の父 …")
            self.form.addRow(label, edit)
            self.relationships.append((label, edit))

    def load(self, flow: ResidentFlow) -> None:
        a = flow.state.answers
        self.head.clear()
        for i, m in enumerate(a.members):
            self.head.addItem(f"{i + 1}. {m.display_name or '（氏名未入力）'}", i)
        self.head.addItem("異動しない人が世帯主", -1)
        select(self.head, -1 if a.head_outside else (a.head if a.head is not None else 0))
        for r, (label, edit) in enumerate(self.relationships):
            member = a.members[r] if r < len(a.members) else None
            label.setVisible(member is not None)
            edit.setVisible(member is not None)
            if member is not None:
                label.setText(f"{r + 1}. {member.display_name or '（氏名未入力）'} の続柄")
                edit.setText("" if member.relationship == "?" else member.relationship)

    def apply(self, model: InterviewModel) -> bool:
        flow = model.flow
        assert flow is not None
        head = int(self.head.currentData())
        model.act("set_head", head)
        for r, (_label, edit) in enumerate(self.relationships):
            if r < len(flow.state.answers.members) and r != head and edit.text().strip():
                model.act("set_relationship", r, edit.text())
        return True


class RelatedPage(Page):
    def __init__(self) -> None:
        super().__init__(STEP_TITLES["related"])
        self.boxes: dict[str, QCheckBox] = {}
        for code, text in RELATED_LABELS.items():
            box = QCheckBox(text, objectName=f"related_{code}")
            self.boxes[code] = box
            self.add("", box)

    def load(self, flow: ResidentFlow) -> None:
        asked = list(flow.view().get("relatedQuestions", []))
        answers = flow.state.answers.related
        for code, box in self.boxes.items():
            box.setVisible(code in asked)
            box.setChecked(bool(answers.get(code, False)))
        self.first = next((self.boxes[c] for c in asked if c in self.boxes), None)
        self.note.setText("当てはまるものに印を付けます（付けないものは「いいえ」）。")

    def apply(self, model: InterviewModel) -> bool:
        for code, box in self.boxes.items():
            if box.isVisible():
                model.act("set_related", code, box.isChecked())
        return True


class ConfirmPage(Page):
    """The form as the resident is checking it: each section, confirmed or not yet."""

    def __init__(self, tz: Any) -> None:
        super().__init__("住民の確認と署名")
        self.tz = tz
        self.sections = QLabel(objectName="confirmSections")
        self.sections.setTextFormat(Qt.TextFormat.RichText)
        self.sections.setWordWrap(True)
        self.add("", self.sections)
        self.edit_step = QComboBox(objectName="editStep")
        self.edit_step.setAccessibleName("修正する欄")
        self.form.addRow("修正する欄 (Ctrl+E)", self.edit_step)
        self.print_button = QPushButton("届書を印刷 (Ctrl+P)", objectName="printForSigning")
        self.signed_button = QPushButton(
            "紙の署名を確認した (Ctrl+Shift+S)", objectName="paperSigned"
        )
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.print_button)
        row.addWidget(self.signed_button)
        row.addStretch(1)
        self.form.addRow("紙に署名", buttons)
        self.first = self.edit_step

    def load(self, flow: ResidentFlow) -> None:
        self.edit_step.clear()
        for section in flow.confirm_sections():
            if section.edit:
                name = SECTION_NAMES.get(section.key, section.key)
                self.edit_step.addItem(name, section.edit)
        self.refresh(flow)

    def refresh(self, flow: ResidentFlow) -> None:
        s = flow.state
        confirmed = {c.section: c for c in s.confirmations}
        missing = set(flow.unconfirmed_sections()) if s.mode == "staff_led" else set()
        parts = []
        for section in flow.confirm_sections():
            name = SECTION_NAMES.get(section.key, section.key)
            if section.key in missing:
                mark = "<span style='color:#7a4a00'>□ 未確認</span>"
            elif section.key in confirmed:
                at = confirmed[section.key].at.astimezone(self.tz)
                when = f" {at:%H:%M}"
                mark = f"<span style='color:#1b6e34'>✓ 住民確認済{when}</span>"
            else:
                mark = "—"
            rows = "　".join(
                f"{escape(ROW_LABELS.get(r.key, r.key))}: {escape(r.value or '（空欄）')}"
                + (f"（{escape(r.relationship)}）" if r.relationship else "")
                for r in section.rows
            )
            parts.append(f"<p><b>{escape(name)}</b>　{mark}<br>{rows}</p>")
        self.sections.setText("".join(parts))
        paper = s.signing == "paper" and s.screen == "paperSign"
        self.print_button.setEnabled(paper)
        self.signed_button.setEnabled(paper)
        if s.screen == "paperSign":
            self.note.setText(
                "紙に署名していただきます: 届書を印刷し (Ctrl+P)、署名を確かめたら Ctrl+Shift+S。"
            )
        elif s.screen == "sign":
            self.note.setText("住民が画面で署名しています。")
        elif missing:
            self.note.setText(
                f"住民が画面で欄ごとに確認しています（未確認 {len(missing)}）。"
                "確認の後に職員が変えた欄は、もう一度確認してもらいます。"
            )
        else:
            self.note.setText("すべての欄を住民が確認しました。住民が画面で署名に進みます。")

    def apply(self, model: InterviewModel) -> bool:
        return False


class DonePage(Page):
    def __init__(self) -> None:
        super().__init__("受付しました")
        self.number = QLabel(objectName="doneNumber")
        font = self.number.font()
        font.setPointSize(font.pointSize() + 8)
        font.setBold(True)
        self.number.setFont(font)
        self.add("受付番号", self.number)

    def load(self, flow: ResidentFlow) -> None:
        s = flow.state
        self.number.setText(s.reception_number or "（職員が補う項目があるため入力中）")
        self.note.setText("受付一覧で審査・承認します。Ctrl+W でこの受付を終えます。")

    def apply(self, model: InterviewModel) -> bool:
        model.act("finish")
        return False
