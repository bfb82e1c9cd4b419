<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="ja">
<context>
    <name>PreEntry</name>
    <message>
        <source>引っ越しの届出の事前入力</source>
        <translation>Preencher antes a notificação de mudança</translation>
    </message>
    <message>
        <source>窓口に来る前に、スマートフォンで質問に答えておくと、窓口での手続きが早く終わります。</source>
        <translation>Responda às perguntas no celular antes de vir, e o procedimento no balcão termina mais rápido.</translation>
    </message>
    <message>
        <source>入力した内容はこのスマートフォンの中だけで使い、どこにも送信しません。最後に表示されるQRコードを窓口で見せてください。</source>
        <translation>O que você digitar é usado só neste celular e não é enviado para lugar nenhum. No final aparece um código QR: mostre-o no balcão.</translation>
    </message>
    <message>
        <source>はじめる</source>
        <translation>Começar</translation>
    </message>
    <message>
        <source>窓口には、マイナンバーカードと暗証番号（数字4けた）を持ってきてください。</source>
        <translation>Traga ao balcão o seu cartão My Number e a senha dele (4 dígitos).</translation>
    </message>
    <message>
        <source>窓口でご相談ください。</source>
        <translation>Informe-se no balcão.</translation>
    </message>
    <message>
        <source>あなたの氏名と生年月日を入力してください</source>
        <translation>Digite o seu nome e a sua data de nascimento</translation>
    </message>
    <message>
        <source>窓口でマイナンバーカードを読み取ると、カードの内容が優先されます。</source>
        <translation>Quando o cartão My Number for lido no balcão, os dados do cartão têm prioridade.</translation>
    </message>
    <message>
        <source>氏（名字）</source>
        <translation>Sobrenome (氏)</translation>
    </message>
    <message>
        <source>名（名前）</source>
        <translation>Nome (名)</translation>
    </message>
    <message>
        <source>氏のフリガナ</source>
        <translation>Sobrenome em kana (フリガナ)</translation>
    </message>
    <message>
        <source>名のフリガナ</source>
        <translation>Nome em kana (フリガナ)</translation>
    </message>
    <message>
        <source>ひらがなかカタカナで入力してください。</source>
        <translation>Digite em hiragana ou katakana.</translation>
    </message>
    <message>
        <source>一緒に引っ越す人を追加</source>
        <translation>Adicionar uma pessoa que se muda com você</translation>
    </message>
    <message>
        <source>一緒に引っ越す人 %1</source>
        <translation>Pessoa que se muda com você %1</translation>
    </message>
    <message>
        <source>あなた</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>氏名を入力してください。</source>
        <translation>Digite o nome.</translation>
    </message>
    <message>
        <source>引越しワンストップサービスの申請番号をお持ちですか？</source>
        <translation>Você tem um número de solicitação do Serviço de Mudança One-Stop (引越しワンストップサービス)?</translation>
    </message>
    <message>
        <source>マイナポータルで転出届を出した方は、申請番号を入力してください。ない方は、そのまま「%1」を押してください。</source>
        <translation>Se você fez a notificação de saída no Mynaportal, digite o número da solicitação. Se não, toque em "%1".</translation>
    </message>
    <message>
        <source>申請番号</source>
        <translation>Número da solicitação</translation>
    </message>
    <message>
        <source>QRコードを作る</source>
        <translation>Criar o código QR</translation>
    </message>
    <message>
        <source>窓口でこのQRコードを見せてください</source>
        <translation>Mostre este código QR no balcão</translation>
    </message>
    <message>
        <source>このQRコードには入力した内容が入っています。ほかの人に見せたり、送ったりしないでください。</source>
        <translation>Este código QR contém o que você digitou. Não o mostre nem o envie a outras pessoas.</translation>
    </message>
    <message>
        <source>最初からやり直す</source>
        <translation>Recomeçar</translation>
    </message>
    <message>
        <source>入力した内容をすべて消して、最初に戻りますか？</source>
        <translation>Apagar tudo o que você digitou e voltar ao início?</translation>
    </message>
    <message>
        <source>（未入力）</source>
        <translation>(não preenchido)</translation>
    </message>
    <message>
        <source>郵便番号（7けた）</source>
        <translation>Código postal (7 dígitos)</translation>
    </message>
    <message>
        <source>郵便番号のデータを読み込めませんでした。通信を確かめて、もう一度押してください。</source>
        <translation>Não foi possível carregar os dados de código postal. Verifique a conexão e toque de novo.</translation>
    </message>
    <message>
        <source>このブラウザでは使えません。新しいブラウザで開いてください。</source>
        <translation>Este navegador não pode ser usado. Abra a página em um navegador mais novo.</translation>
    </message>
</context>
</TS>
