<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="ja">
<context>
    <name>PreEntry</name>
    <message>
        <source>引っ越しの届出の事前入力</source>
        <translation>Moving notification: fill in before you come</translation>
    </message>
    <message>
        <source>窓口に来る前に、スマートフォンで質問に答えておくと、窓口での手続きが早く終わります。</source>
        <translation>Answer the questions on your phone before you come, and the procedure at the counter will be over sooner.</translation>
    </message>
    <message>
        <source>入力した内容はこのスマートフォンの中だけで使い、どこにも送信しません。最後に表示されるQRコードを窓口で見せてください。</source>
        <translation>What you enter is used only on this phone and is not sent anywhere. At the end a QR code appears: show it at the counter.</translation>
    </message>
    <message>
        <source>はじめる</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>窓口には、マイナンバーカードと暗証番号（数字4けた）を持ってきてください。</source>
        <translation>Bring your My Number Card and its PIN (4 digits) to the counter.</translation>
    </message>
    <message>
        <source>窓口でご相談ください。</source>
        <translation>Please ask at the counter.</translation>
    </message>
    <message>
        <source>あなたの氏名と生年月日を入力してください</source>
        <translation>Enter your name and date of birth</translation>
    </message>
    <message>
        <source>窓口でマイナンバーカードを読み取ると、カードの内容が優先されます。</source>
        <translation>When your My Number Card is read at the counter, the details on the card take priority.</translation>
    </message>
    <message>
        <source>氏（名字）</source>
        <translation>Family name (氏)</translation>
    </message>
    <message>
        <source>名（名前）</source>
        <translation>Given name (名)</translation>
    </message>
    <message>
        <source>氏のフリガナ</source>
        <translation>Family name in kana (フリガナ)</translation>
    </message>
    <message>
        <source>名のフリガナ</source>
        <translation>Given name in kana (フリガナ)</translation>
    </message>
    <message>
        <source>ひらがなかカタカナで入力してください。</source>
        <translation>Enter it in hiragana or katakana.</translation>
    </message>
    <message>
        <source>一緒に引っ越す人を追加</source>
        <translation>Add a person moving with you</translation>
    </message>
    <message>
        <source>一緒に引っ越す人 %1</source>
        <translation>Person moving with you %1</translation>
    </message>
    <message>
        <source>あなた</source>
        <translation>You</translation>
    </message>
    <message>
        <source>氏名を入力してください。</source>
        <translation>Please enter the name.</translation>
    </message>
    <message>
        <source>引越しワンストップサービスの申請番号をお持ちですか？</source>
        <translation>Do you have an application number from the Moving One-Stop Service (引越しワンストップサービス)?</translation>
    </message>
    <message>
        <source>マイナポータルで転出届を出した方は、申請番号を入力してください。ない方は、そのまま「%1」を押してください。</source>
        <translation>If you filed your moving-out notification on Mynaportal, enter the application number. If not, just press "%1".</translation>
    </message>
    <message>
        <source>申請番号</source>
        <translation>Application number</translation>
    </message>
    <message>
        <source>QRコードを作る</source>
        <translation>Make the QR code</translation>
    </message>
    <message>
        <source>窓口でこのQRコードを見せてください</source>
        <translation>Show this QR code at the counter</translation>
    </message>
    <message>
        <source>このQRコードには入力した内容が入っています。ほかの人に見せたり、送ったりしないでください。</source>
        <translation>This QR code contains what you entered. Do not show it or send it to anyone else.</translation>
    </message>
    <message>
        <source>最初からやり直す</source>
        <translation>Start again</translation>
    </message>
    <message>
        <source>入力した内容をすべて消して、最初に戻りますか？</source>
        <translation>Delete everything you entered and go back to the start?</translation>
    </message>
    <message>
        <source>（未入力）</source>
        <translation>(not entered)</translation>
    </message>
    <message>
        <source>郵便番号（7けた）</source>
        <translation>Postal code (7 digits)</translation>
    </message>
    <message>
        <source>郵便番号のデータを読み込めませんでした。通信を確かめて、もう一度押してください。</source>
        <translation>The postal code data could not be loaded. Check your connection and press again.</translation>
    </message>
    <message>
        <source>このブラウザでは使えません。新しいブラウザで開いてください。</source>
        <translation>This browser cannot be used. Please open the page in a newer browser.</translation>
    </message>
</context>
</TS>
