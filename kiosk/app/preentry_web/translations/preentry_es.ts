<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="ja">
<context>
    <name>PreEntry</name>
    <message>
        <source>引っ越しの届出の事前入力</source>
        <translation>Rellenar antes la notificación de mudanza</translation>
    </message>
    <message>
        <source>窓口に来る前に、スマートフォンで質問に答えておくと、窓口での手続きが早く終わります。</source>
        <translation>Si responde a las preguntas en su móvil antes de venir, el trámite en la ventanilla terminará antes.</translation>
    </message>
    <message>
        <source>入力した内容はこのスマートフォンの中だけで使い、どこにも送信しません。最後に表示されるQRコードを窓口で見せてください。</source>
        <translation>Lo que escriba solo se usa en este móvil y no se envía a ningún sitio. Al final aparece un código QR: muéstrelo en la ventanilla.</translation>
    </message>
    <message>
        <source>はじめる</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>窓口には、マイナンバーカードと暗証番号（数字4けた）を持ってきてください。</source>
        <translation>Traiga a la ventanilla su tarjeta My Number y su PIN (4 dígitos).</translation>
    </message>
    <message>
        <source>窓口でご相談ください。</source>
        <translation>Consulte en la ventanilla.</translation>
    </message>
    <message>
        <source>あなたの氏名と生年月日を入力してください</source>
        <translation>Escriba su nombre y su fecha de nacimiento</translation>
    </message>
    <message>
        <source>窓口でマイナンバーカードを読み取ると、カードの内容が優先されます。</source>
        <translation>Cuando se lea su tarjeta My Number en la ventanilla, los datos de la tarjeta tendrán prioridad.</translation>
    </message>
    <message>
        <source>氏（名字）</source>
        <translation>Apellido (氏)</translation>
    </message>
    <message>
        <source>名（名前）</source>
        <translation>Nombre (名)</translation>
    </message>
    <message>
        <source>氏のフリガナ</source>
        <translation>Apellido en kana (フリガナ)</translation>
    </message>
    <message>
        <source>名のフリガナ</source>
        <translation>Nombre en kana (フリガナ)</translation>
    </message>
    <message>
        <source>ひらがなかカタカナで入力してください。</source>
        <translation>Escríbalo en hiragana o katakana.</translation>
    </message>
    <message>
        <source>一緒に引っ越す人を追加</source>
        <translation>Añadir una persona que se muda con usted</translation>
    </message>
    <message>
        <source>一緒に引っ越す人 %1</source>
        <translation>Persona que se muda con usted %1</translation>
    </message>
    <message>
        <source>あなた</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>氏名を入力してください。</source>
        <translation>Escriba el nombre.</translation>
    </message>
    <message>
        <source>引越しワンストップサービスの申請番号をお持ちですか？</source>
        <translation>¿Tiene un número de solicitud del Servicio de Mudanza One-Stop (引越しワンストップサービス)?</translation>
    </message>
    <message>
        <source>マイナポータルで転出届を出した方は、申請番号を入力してください。ない方は、そのまま「%1」を押してください。</source>
        <translation>Si presentó la notificación de salida en Mynaportal, escriba el número de solicitud. Si no, pulse «%1».</translation>
    </message>
    <message>
        <source>申請番号</source>
        <translation>Número de solicitud</translation>
    </message>
    <message>
        <source>QRコードを作る</source>
        <translation>Crear el código QR</translation>
    </message>
    <message>
        <source>窓口でこのQRコードを見せてください</source>
        <translation>Muestre este código QR en la ventanilla</translation>
    </message>
    <message>
        <source>このQRコードには入力した内容が入っています。ほかの人に見せたり、送ったりしないでください。</source>
        <translation>Este código QR contiene lo que escribió. No lo muestre ni lo envíe a otras personas.</translation>
    </message>
    <message>
        <source>最初からやり直す</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>入力した内容をすべて消して、最初に戻りますか？</source>
        <translation>¿Borrar todo lo que escribió y volver al principio?</translation>
    </message>
    <message>
        <source>（未入力）</source>
        <translation>(sin rellenar)</translation>
    </message>
    <message>
        <source>郵便番号（7けた）</source>
        <translation>Código postal (7 dígitos)</translation>
    </message>
    <message>
        <source>郵便番号のデータを読み込めませんでした。通信を確かめて、もう一度押してください。</source>
        <translation>No se pudieron cargar los datos de códigos postales. Compruebe la conexión y pulse otra vez.</translation>
    </message>
    <message>
        <source>このブラウザでは使えません。新しいブラウザで開いてください。</source>
        <translation>Este navegador no se puede usar. Abra la página en un navegador más reciente.</translation>
    </message>
</context>
</TS>
