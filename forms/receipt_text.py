"""The words of the 受付票 (receipt) in Japanese and in each language the resident screens offer.

The receipt is printed in Japanese, and — when the resident used another language on the
screens — in that language too, Japanese first: staff at every desk read the Japanese, the
resident reads their own. The wording follows the resident screens' translations
(``ui/resident/translations``) where they say the same thing (受付番号, 届出日, 転入届 …).

やさしい日本語 (``ja-easy``) is printed in kana with spaces between words, the way the screens
read it aloud: a printed slip cannot carry the screens' ruby marks.

Procedure names, departments and reasons come from the municipality's rules file and are
printed as they are, in Japanese: they are what the desks know them by.
"""

from __future__ import annotations

from dataclasses import dataclass

from forms.model import Kind

__all__ = ["LANGUAGES", "ReceiptText", "receipt_text"]


@dataclass(frozen=True)
class ReceiptText:
    """Every phrase the receipt prints, in one language."""

    title: str
    reception_number: str
    unnumbered: str
    counter: str
    kinds: dict[Kind, str]
    filed_on: str
    received_at: str
    filer: str
    persons: str
    status: str
    todo: str
    count: str  # "{n}"
    none: str
    done: str
    where: str  # "{department}"
    show_slip: str

    def strings(self) -> list[str]:
        """Every phrase as printed (placeholders filled with samples): for font checks."""
        return [
            self.title,
            self.reception_number,
            self.unnumbered,
            self.counter,
            *self.kinds.values(),
            self.filed_on,
            self.received_at,
            self.filer,
            self.persons,
            self.status,
            self.todo,
            self.count.format(n=3),
            self.none,
            self.done,
            self.where.format(department="市民課"),
            self.show_slip,
        ]


def _kinds(tennyu: str, tenkyo: str, tenshutsu: str, setai: str) -> dict[Kind, str]:
    return {
        Kind.TENNYU: tennyu,
        Kind.TENKYO: tenkyo,
        Kind.TENSHUTSU: tenshutsu,
        Kind.SETAI_HENKO: setai,
    }


_TEXT: dict[str, ReceiptText] = {
    "ja": ReceiptText(
        title="受付票",
        reception_number="受付番号",
        unnumbered="（未採番）",
        counter="窓口",
        kinds=_kinds("転入届", "転居届", "転出届", "世帯変更届"),
        filed_on="届出日",
        received_at="受付日時",
        filer="届出人",
        persons="異動者",
        status="状態",
        todo="このあと必要な手続き",
        count="{n}件",
        none="ありません。お疲れさまでした。",
        done="窓口で済んだ手続き",
        where="{department}へ",
        show_slip="この票を各窓口でお見せください。QRコードで受付内容を確認します。",
    ),
    "ja-easy": ReceiptText(
        title="うけつけ ひょう",
        reception_number="うけつけ ばんごう",
        unnumbered="（ばんごうは まだ ありません）",
        counter="まどぐち",
        kinds=_kinds(
            "てんにゅう とどけ", "てんきょ とどけ", "てんしゅつ とどけ", "せたい へんこう とどけ"
        ),
        filed_on="とどけを だした ひ",
        received_at="うけつけた じかん",
        filer="とどけを だした ひと",
        persons="ひっこす ひと",
        status="いまの じょうたい",
        todo="このあと する てつづき",
        count="{n}こ",
        none="ありません。おつかれさまでした。",
        done="まどぐちで おわった てつづき",
        where="{department}へ いって ください",
        show_slip="この かみを まどぐちで みせて ください。"
        "QRコードで うけつけの ないようを たしかめます。",
    ),
    "en": ReceiptText(
        title="Receipt",
        reception_number="Reception number",
        unnumbered="(no number yet)",
        counter="Counter",
        kinds=_kinds(
            "Moving-in notification",
            "Change of address within the city",
            "Moving-out notification",
            "Change of household",
        ),
        filed_on="Date of filing",
        received_at="Received at",
        filer="Filed by",
        persons="Persons moving",
        status="Status",
        todo="Procedures still to do",
        count="{n}",
        none="None. Thank you for your time.",
        done="Done at the counter",
        where="Go to: {department}",
        show_slip="Please show this slip at each counter. Staff read the QR code to see "
        "your notification.",
    ),
    "zh": ReceiptText(
        title="受理单",
        reception_number="受理号码",
        unnumbered="（尚未编号）",
        counter="窗口",
        kinds=_kinds("迁入申报", "市内迁居申报", "迁出申报", "家庭（世带）变更申报"),
        filed_on="申报日期",
        received_at="受理时间",
        filer="申报人",
        persons="搬家的人",
        status="状态",
        todo="之后需要办理的手续",
        count="{n}项",
        none="没有。辛苦了。",
        done="已在窗口办完的手续",
        where="请到：{department}",
        show_slip="请在各窗口出示此单。工作人员会用二维码确认受理内容。",
    ),
    "ko": ReceiptText(
        title="접수표",
        reception_number="접수 번호",
        unnumbered="(번호 없음)",
        counter="창구",
        kinds=_kinds("전입 신고", "시내 전거 신고", "전출 신고", "세대 변경 신고"),
        filed_on="신고일",
        received_at="접수 일시",
        filer="신고인",
        persons="이사하는 사람",
        status="상태",
        todo="앞으로 필요한 수속",
        count="{n}건",
        none="없습니다. 수고하셨습니다.",
        done="창구에서 마친 수속",
        where="{department}(으)로 가십시오",
        show_slip="각 창구에서 이 표를 보여 주십시오. 직원이 QR 코드로 접수 내용을 확인합니다.",
    ),
    "vi": ReceiptText(
        title="Phiếu tiếp nhận",
        reception_number="Số tiếp nhận",
        unnumbered="(chưa có số)",
        counter="Quầy",
        kinds=_kinds(
            "Khai báo chuyển đến",
            "Khai báo chuyển chỗ ở trong thành phố",
            "Khai báo chuyển đi",
            "Khai báo thay đổi hộ gia đình",
        ),
        filed_on="Ngày khai báo",
        received_at="Thời gian tiếp nhận",
        filer="Người khai báo",
        persons="Người chuyển nhà",
        status="Tình trạng",
        todo="Các thủ tục cần làm tiếp theo",
        count="{n}",
        none="Không có. Xin cảm ơn.",
        done="Các thủ tục đã xong tại quầy",
        where="Hãy đến: {department}",
        show_slip="Vui lòng xuất trình phiếu này tại mỗi quầy. Nhân viên sẽ đọc mã QR để "
        "kiểm tra nội dung.",
    ),
    "pt": ReceiptText(
        title="Comprovante de atendimento",
        reception_number="Número de atendimento",
        unnumbered="(ainda sem número)",
        counter="Balcão",
        kinds=_kinds(
            "Notificação de entrada",
            "Mudança dentro da cidade",
            "Notificação de saída",
            "Mudança de família (domicílio)",
        ),
        filed_on="Data da notificação",
        received_at="Recebido em",
        filer="Declarante",
        persons="Pessoas que se mudam",
        status="Situação",
        todo="Procedimentos que ainda faltam",
        count="{n}",
        none="Nenhum. Obrigado pela sua paciência.",
        done="Procedimentos concluídos no balcão",
        where="Dirija-se a: {department}",
        show_slip="Mostre este comprovante em cada balcão. O funcionário lê o código QR para "
        "ver a sua notificação.",
    ),
    "es": ReceiptText(
        title="Comprobante de recepción",
        reception_number="Número de atención",
        unnumbered="(aún sin número)",
        counter="Ventanilla",
        kinds=_kinds(
            "Notificación de llegada",
            "Cambio de domicilio en la ciudad",
            "Notificación de salida",
            "Cambio de hogar",
        ),
        filed_on="Fecha de presentación",
        received_at="Recibido el",
        filer="Declarante",
        persons="Personas que se mudan",
        status="Estado",
        todo="Trámites pendientes",
        count="{n}",
        none="Ninguno. Gracias por su paciencia.",
        done="Trámites ya realizados en la ventanilla",
        where="Diríjase a: {department}",
        show_slip="Muestre este comprobante en cada ventanilla. El personal lee el código QR "
        "para ver su notificación.",
    ),
    "fil": ReceiptText(
        title="Resibo ng pagtanggap",
        reception_number="Numero ng pagtanggap",
        unnumbered="(wala pang numero)",
        counter="Counter",
        kinds=_kinds(
            "Notipikasyon ng paglipat dito",
            "Paglipat sa loob ng lungsod",
            "Notipikasyon ng pag-alis",
            "Pagbabago ng sambahayan",
        ),
        filed_on="Petsa ng pag-file",
        received_at="Tinanggap noong",
        filer="Nag-file",
        persons="Mga lilipat",
        status="Katayuan",
        todo="Mga prosesong gagawin pa",
        count="{n}",
        none="Wala. Salamat sa iyong paghihintay.",
        done="Mga prosesong natapos na sa counter",
        where="Pumunta sa: {department}",
        show_slip="Ipakita ang resibong ito sa bawat counter. Babasahin ng staff ang QR code "
        "para makita ang iyong notipikasyon.",
    ),
    "ne": ReceiptText(
        title="स्वीकृति पर्ची",
        reception_number="स्वीकृति नम्बर",
        unnumbered="(अझै नम्बर छैन)",
        counter="काउन्टर",
        kinds=_kinds(
            "आगमन सूचना",
            "शहरभित्र ठेगाना परिवर्तन",
            "प्रस्थान सूचना",
            "परिवार (घरधुरी) परिवर्तन सूचना",
        ),
        filed_on="सूचना दिएको मिति",
        received_at="स्वीकार गरिएको समय",
        filer="सूचना दिने व्यक्ति",
        persons="सर्ने व्यक्तिहरू",
        status="अवस्था",
        todo="अब गर्नुपर्ने प्रक्रियाहरू",
        count="{n}",
        none="छैन। धन्यवाद।",
        done="काउन्टरमा सकिएका प्रक्रियाहरू",
        where="जानुहोस्: {department}",
        show_slip="यो पर्ची हरेक काउन्टरमा देखाउनुहोस्। कर्मचारीले QR कोडबाट तपाईंको सूचना हेर्नुहुनेछ।",
    ),
}

LANGUAGES: tuple[str, ...] = tuple(_TEXT)
"""The language codes the receipt speaks (the resident screens' codes: ``ja``, ``ja-easy`` …)."""


def receipt_text(language: str) -> ReceiptText:
    """The receipt's words in ``language``; an unknown code falls back to Japanese."""
    return _TEXT.get(language, _TEXT["ja"])
