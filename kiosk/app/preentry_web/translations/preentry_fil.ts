<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil_PH" sourcelanguage="ja">
<context>
    <name>PreEntry</name>
    <message>
        <source>引っ越しの届出の事前入力</source>
        <translation>Paunang pagsagot sa abiso ng paglipat</translation>
    </message>
    <message>
        <source>窓口に来る前に、スマートフォンで質問に答えておくと、窓口での手続きが早く終わります。</source>
        <translation>Kung sasagutin mo ang mga tanong sa telepono bago pumunta, mas mabilis matatapos ang proseso sa counter.</translation>
    </message>
    <message>
        <source>入力した内容はこのスマートフォンの中だけで使い、どこにも送信しません。最後に表示されるQRコードを窓口で見せてください。</source>
        <translation>Ang inilagay mo ay gagamitin lamang sa teleponong ito at hindi ipapadala kahit saan. Sa dulo, may lalabas na QR code: ipakita ito sa counter.</translation>
    </message>
    <message>
        <source>はじめる</source>
        <translation>Magsimula</translation>
    </message>
    <message>
        <source>窓口には、マイナンバーカードと暗証番号（数字4けた）を持ってきてください。</source>
        <translation>Dalhin sa counter ang iyong My Number Card at ang PIN nito (4 na numero).</translation>
    </message>
    <message>
        <source>窓口でご相談ください。</source>
        <translation>Magtanong po sa counter.</translation>
    </message>
    <message>
        <source>あなたの氏名と生年月日を入力してください</source>
        <translation>Ilagay ang iyong pangalan at petsa ng kapanganakan</translation>
    </message>
    <message>
        <source>窓口でマイナンバーカードを読み取ると、カードの内容が優先されます。</source>
        <translation>Kapag binasa sa counter ang iyong My Number Card, ang nakasulat sa card ang masusunod.</translation>
    </message>
    <message>
        <source>氏（名字）</source>
        <translation>Apelyido (氏)</translation>
    </message>
    <message>
        <source>名（名前）</source>
        <translation>Pangalan (名)</translation>
    </message>
    <message>
        <source>氏のフリガナ</source>
        <translation>Apelyido sa kana (フリガナ)</translation>
    </message>
    <message>
        <source>名のフリガナ</source>
        <translation>Pangalan sa kana (フリガナ)</translation>
    </message>
    <message>
        <source>ひらがなかカタカナで入力してください。</source>
        <translation>Ilagay ito sa hiragana o katakana.</translation>
    </message>
    <message>
        <source>一緒に引っ越す人を追加</source>
        <translation>Magdagdag ng taong kasama mong lilipat</translation>
    </message>
    <message>
        <source>一緒に引っ越す人 %1</source>
        <translation>Kasamang lilipat %1</translation>
    </message>
    <message>
        <source>あなた</source>
        <translation>Ikaw</translation>
    </message>
    <message>
        <source>氏名を入力してください。</source>
        <translation>Pakilagay ang pangalan.</translation>
    </message>
    <message>
        <source>引越しワンストップサービスの申請番号をお持ちですか？</source>
        <translation>Mayroon ka bang application number mula sa Moving One-Stop Service (引越しワンストップサービス)?</translation>
    </message>
    <message>
        <source>マイナポータルで転出届を出した方は、申請番号を入力してください。ない方は、そのまま「%1」を押してください。</source>
        <translation>Kung nag-file ka ng abiso ng pag-alis sa Mynaportal, ilagay ang application number. Kung wala, pindutin lang ang "%1".</translation>
    </message>
    <message>
        <source>申請番号</source>
        <translation>Application number</translation>
    </message>
    <message>
        <source>QRコードを作る</source>
        <translation>Gumawa ng QR code</translation>
    </message>
    <message>
        <source>窓口でこのQRコードを見せてください</source>
        <translation>Ipakita ang QR code na ito sa counter</translation>
    </message>
    <message>
        <source>このQRコードには入力した内容が入っています。ほかの人に見せたり、送ったりしないでください。</source>
        <translation>Nasa QR code na ito ang inilagay mo. Huwag itong ipakita o ipadala sa ibang tao.</translation>
    </message>
    <message>
        <source>最初からやり直す</source>
        <translation>Magsimulang muli</translation>
    </message>
    <message>
        <source>入力した内容をすべて消して、最初に戻りますか？</source>
        <translation>Burahin ang lahat ng inilagay mo at bumalik sa simula?</translation>
    </message>
    <message>
        <source>（未入力）</source>
        <translation>(walang nakalagay)</translation>
    </message>
    <message>
        <source>郵便番号（7けた）</source>
        <translation>Postal code (7 numero)</translation>
    </message>
    <message>
        <source>郵便番号のデータを読み込めませんでした。通信を確かめて、もう一度押してください。</source>
        <translation>Hindi ma-load ang datos ng postal code. Tingnan ang koneksiyon at pindutin muli.</translation>
    </message>
    <message>
        <source>このブラウザでは使えません。新しいブラウザで開いてください。</source>
        <translation>Hindi magagamit ang browser na ito. Buksan ang pahina sa mas bagong browser.</translation>
    </message>
</context>
</TS>
