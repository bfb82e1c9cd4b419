"""Every string the pre-entry page shows, by key: most are the tablet's own, a few the page's.

One source of wording: a question the tablet asks is shown on the phone in the tablet's words,
read at serve time from the resident screens' Qt translation sources
(``ui/resident/translations/resident_<lang>.ts``, context and Japanese source as in the QML),
so a translator fixes a sentence once and both change. What only the phone needs (the intro, the
name fields a card fills at the counter, the QR screen) lives in this package's own Qt
translation sources, ``translations/preentry_<lang>.ts`` (context ``PreEntry``), edited with the
same tool (Qt Linguist).

Japanese is the source language: the sources below are the Japanese text. ``%1``, ``%2`` are
placeholders as in Qt; やさしい日本語 marks furigana as ``{漢字|かんじ}``, drawn as ruby.
"""

from __future__ import annotations

#: key → (QML context, Japanese source) of the tablet's strings the page reuses.
TABLET: dict[str, tuple[str, str]] = {
    "choose_language": ("Welcome", "言語を選んでください"),
    "next": ("Page", "次へ"),
    "back": ("Page", "戻る"),
    "to_check": ("StepPage", "確認画面へ"),
    "step_of": ("Page", "手順 %1 / %2"),
    # 手続き案内
    "q_kind": ("Guide", "どの引っ越しですか？"),
    "kind_within": ("Guide", "%1の中で引っ越しました"),
    "kind_within_sub": ("Guide", "転居の届出になります"),
    "kind_into": ("Guide", "ほかの市区町村や外国から、%1へ引っ越してきました"),
    "kind_into_sub": ("Guide", "転入の届出になります"),
    "kind_out": ("Guide", "%1から、ほかの市区町村や外国へ引っ越します"),
    "kind_out_sub": ("Guide", "転出の届出になります"),
    "kind_other": ("Guide", "どれでもない・わからない"),
    "staff_help": ("Guide", "係員がお手伝いします"),
    "q_abroad_out": ("Guide", "引っ越し先は外国ですか？"),
    "q_abroad_into": ("Guide", "外国から引っ越してきましたか？"),
    "abroad_no": ("Guide", "いいえ（日本国内）"),
    "abroad_yes": ("Guide", "はい（外国）"),
    # 日付
    "q_date_out": ("StepDate", "引っ越す日（予定日）はいつですか？"),
    "q_date": ("StepDate", "引っ越した日はいつですか？"),
    "today": ("StepDate", "今日"),
    "yesterday": ("StepDate", "昨日"),
    # 国外
    "q_country_out": ("StepCountry", "引っ越し先の国はどこですか？"),
    "q_country_into": ("StepCountry", "どこの国から引っ越してきましたか？"),
    "country": ("StepCountry", "国名"),
    "country_address": ("StepCountry", "現地の住所（わかれば）"),
    # 住所
    "q_postal_out": ("StepPostal", "引っ越し先の郵便番号を入力してください"),
    "q_postal": ("StepPostal", "新しい住所の郵便番号を入力してください"),
    "q_candidates": ("StepCandidates", "住所を選んでください"),
    "q_banchi": ("StepBanchi", "番地を入力してください"),
    "banchi": ("StepBanchi", "番地"),
    "banchi_example": ("StepBanchi", "例：1丁目2番3号なら 1-2-3"),
    "q_katagaki": ("StepKatagaki", "建物の名前と部屋番号を入力してください"),
    "katagaki_hint": (
        "StepKatagaki",
        "一戸建てなど、建物の名前がないときは「なし」を押してください。",
    ),
    "katagaki": ("StepKatagaki", "建物の名前と部屋番号"),
    "katagaki_none": ("StepKatagaki", "なし"),
    # 引っ越す人、世帯
    "q_members": ("StepMembers", "一緒に引っ越す人はいますか？"),
    "remove": ("StepMembers", "外す"),
    "q_head": ("StepHousehold", "世帯主はだれですか？"),
    "head_outside": ("StepHousehold", "ここにいない人"),
    "head_outside_note": ("StepHousehold", "世帯主の名前は係員が確認します"),
    "relation_to_head": ("StepHousehold", "%1 は世帯主から見て："),
    "added_person": ("StepHousehold", "追加した人 %1"),
    "rel_妻": ("StepHousehold", "妻"),
    "rel_夫": ("StepHousehold", "夫"),
    "rel_子": ("StepHousehold", "子"),
    "rel_父": ("StepHousehold", "父"),
    "rel_母": ("StepHousehold", "母"),
    "rel_兄": ("StepHousehold", "兄"),
    "rel_弟": ("StepHousehold", "弟"),
    "rel_姉": ("StepHousehold", "姉"),
    "rel_妹": ("StepHousehold", "妹"),
    "rel_同居人": ("StepHousehold", "同居人"),
    "rel_?": ("StepHousehold", "わからない（係員に相談）"),
    # ほかの手続き
    "q_related": ("StepRelated", "ほかの手続きのための質問です"),
    "related_kokuho": ("StepRelated", "国民健康保険に入っていますか（入りますか）？"),
    "related_shogai_techo": ("StepRelated", "障害者手帳を持っている人はいますか？"),
    "related_dog": ("StepRelated", "犬を飼っていますか？"),
    "related_inkan": ("StepRelated", "%1で印鑑登録をしていますか？"),
    "yes": ("StepRelated", "はい"),
    "no": ("StepRelated", "いいえ"),
    # 人
    "name": ("Identity", "氏名"),
    "birth": ("Identity", "生年月日"),
    "sex": ("Identity", "性別"),
    "male": ("Identity", "男"),
    "female": ("Identity", "女"),
    # 確認
    "check_title": ("Confirm", "内容を確かめてください"),
    "sec_todoke": ("Confirm", "届出"),
    "sec_new_address": ("Confirm", "新しい住所"),
    "sec_previous_address": ("Confirm", "前の住所"),
    "sec_destination": ("Confirm", "引っ越し先"),
    "sec_persons": ("Confirm", "引っ越す人"),
    "sec_household": ("Confirm", "世帯"),
    "sec_related": ("Confirm", "ほかの手続き"),
    "row_kind": ("Confirm", "届出の種類"),
    "row_move_date": ("Confirm", "引っ越しの日"),
    "row_postal": ("Confirm", "郵便番号"),
    "row_address": ("Confirm", "住所"),
    "row_head": ("Confirm", "世帯主"),
    "kind_tennyu": ("Confirm", "転入届"),
    "kind_tenkyo": ("Confirm", "転居届"),
    "kind_tenshutsu": ("Confirm", "転出届"),
    "edit": ("Confirm", "直す"),
    "edit_section": ("Confirm", "%1を直す"),
    "staff_enters": ("Confirm", "（係員が入力します）"),
    # 入力の誤り
    "err_date_missing": ("StepPage", "日付を選んでください。"),
    "err_date_future": ("StepPage", "引っ越した日は、今日より後にできません。"),
    "err_postal_unknown": ("StepPage", "この郵便番号は見つかりません。番号を確かめてください。"),
    "err_choose_candidate": ("StepPage", "住所を1つ選んでください。"),
    "err_banchi_missing": ("StepPage", "番地を入力してください。"),
    "err_country_missing": ("StepPage", "国名を入力してください。"),
    "err_choose_head": ("StepPage", "世帯主を選んでください。"),
    "err_choose_relationship": ("StepPage", "全員の続柄を選んでください。"),
    "err_answer_all": ("StepPage", "すべての質問に答えてください。"),
    "err_check_input": ("StepPage", "入力を確かめてください。"),
}

#: The context of the page's own strings in ``translations/preentry_<lang>.ts``.
PAGE_CONTEXT = "PreEntry"

#: key → Japanese source of what only the phone page says.
PAGE: dict[str, str] = {
    "title": "引っ越しの届出の事前入力",
    "intro1": "窓口に来る前に、スマートフォンで質問に答えておくと、"
    "窓口での手続きが早く終わります。",
    "intro2": "入力した内容はこのスマートフォンの中だけで使い、どこにも送信しません。"
    "最後に表示されるQRコードを窓口で見せてください。",
    "start": "はじめる",
    "bring": "窓口には、マイナンバーカードと暗証番号（数字4けた）を持ってきてください。",
    "other_end": "窓口でご相談ください。",
    "q_you": "あなたの氏名と生年月日を入力してください",
    "you_hint": "窓口でマイナンバーカードを読み取ると、カードの内容が優先されます。",
    "family": "氏（名字）",
    "given": "名（名前）",
    "family_kana": "氏のフリガナ",
    "given_kana": "名のフリガナ",
    "kana_hint": "ひらがなかカタカナで入力してください。",
    "add_person": "一緒に引っ越す人を追加",
    "person_n": "一緒に引っ越す人 %1",
    "you": "あなた",
    "err_name_missing": "氏名を入力してください。",
    "q_onestop": "引越しワンストップサービスの申請番号をお持ちですか？",
    "onestop_hint": "マイナポータルで転出届を出した方は、申請番号を入力してください。"
    "ない方は、そのまま「%1」を押してください。",
    "onestop_label": "申請番号",
    "make_qr": "QRコードを作る",
    "qr_title": "窓口でこのQRコードを見せてください",
    "qr_private": "このQRコードには入力した内容が入っています。"
    "ほかの人に見せたり、送ったりしないでください。",
    "restart": "最初からやり直す",
    "restart_confirm": "入力した内容をすべて消して、最初に戻りますか？",
    "not_entered": "（未入力）",
    "postal_label": "郵便番号（7けた）",
    "postal_offline": "郵便番号のデータを読み込めませんでした。"
    "通信を確かめて、もう一度押してください。",
    "old_browser": "このブラウザでは使えません。新しいブラウザで開いてください。",
}
