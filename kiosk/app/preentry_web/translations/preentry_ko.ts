<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="ja">
<context>
    <name>PreEntry</name>
    <message>
        <source>引っ越しの届出の事前入力</source>
        <translation>이사 신고 사전 입력</translation>
    </message>
    <message>
        <source>窓口に来る前に、スマートフォンで質問に答えておくと、窓口での手続きが早く終わります。</source>
        <translation>창구에 오기 전에 스마트폰으로 질문에 답해 두면 창구에서의 절차가 빨리 끝납니다.</translation>
    </message>
    <message>
        <source>入力した内容はこのスマートフォンの中だけで使い、どこにも送信しません。最後に表示されるQRコードを窓口で見せてください。</source>
        <translation>입력한 내용은 이 스마트폰 안에서만 사용되며 어디에도 전송되지 않습니다. 마지막에 표시되는 QR 코드를 창구에서 보여 주십시오.</translation>
    </message>
    <message>
        <source>はじめる</source>
        <translation>시작하기</translation>
    </message>
    <message>
        <source>窓口には、マイナンバーカードと暗証番号（数字4けた）を持ってきてください。</source>
        <translation>창구에는 마이넘버 카드와 비밀번호(숫자 4자리)를 가지고 오십시오.</translation>
    </message>
    <message>
        <source>窓口でご相談ください。</source>
        <translation>창구에서 상담해 주십시오.</translation>
    </message>
    <message>
        <source>あなたの氏名と生年月日を入力してください</source>
        <translation>성명과 생년월일을 입력해 주십시오</translation>
    </message>
    <message>
        <source>窓口でマイナンバーカードを読み取ると、カードの内容が優先されます。</source>
        <translation>창구에서 마이넘버 카드를 읽으면 카드의 내용이 우선됩니다.</translation>
    </message>
    <message>
        <source>氏（名字）</source>
        <translation>성 (氏)</translation>
    </message>
    <message>
        <source>名（名前）</source>
        <translation>이름 (名)</translation>
    </message>
    <message>
        <source>氏のフリガナ</source>
        <translation>성의 가나 읽기 (フリガナ)</translation>
    </message>
    <message>
        <source>名のフリガナ</source>
        <translation>이름의 가나 읽기 (フリガナ)</translation>
    </message>
    <message>
        <source>ひらがなかカタカナで入力してください。</source>
        <translation>히라가나나 가타카나로 입력해 주십시오.</translation>
    </message>
    <message>
        <source>一緒に引っ越す人を追加</source>
        <translation>함께 이사하는 사람 추가</translation>
    </message>
    <message>
        <source>一緒に引っ越す人 %1</source>
        <translation>함께 이사하는 사람 %1</translation>
    </message>
    <message>
        <source>あなた</source>
        <translation>본인</translation>
    </message>
    <message>
        <source>氏名を入力してください。</source>
        <translation>성명을 입력해 주십시오.</translation>
    </message>
    <message>
        <source>引越しワンストップサービスの申請番号をお持ちですか？</source>
        <translation>이사 원스톱 서비스(引越しワンストップサービス)의 신청 번호가 있습니까?</translation>
    </message>
    <message>
        <source>マイナポータルで転出届を出した方は、申請番号を入力してください。ない方は、そのまま「%1」を押してください。</source>
        <translation>마이나포털에서 전출 신고를 한 분은 신청 번호를 입력해 주십시오. 없는 분은 그대로 "%1"을(를) 눌러 주십시오.</translation>
    </message>
    <message>
        <source>申請番号</source>
        <translation>신청 번호</translation>
    </message>
    <message>
        <source>QRコードを作る</source>
        <translation>QR 코드 만들기</translation>
    </message>
    <message>
        <source>窓口でこのQRコードを見せてください</source>
        <translation>창구에서 이 QR 코드를 보여 주십시오</translation>
    </message>
    <message>
        <source>このQRコードには入力した内容が入っています。ほかの人に見せたり、送ったりしないでください。</source>
        <translation>이 QR 코드에는 입력한 내용이 들어 있습니다. 다른 사람에게 보여 주거나 보내지 마십시오.</translation>
    </message>
    <message>
        <source>最初からやり直す</source>
        <translation>처음부터 다시 하기</translation>
    </message>
    <message>
        <source>入力した内容をすべて消して、最初に戻りますか？</source>
        <translation>입력한 내용을 모두 지우고 처음으로 돌아갈까요?</translation>
    </message>
    <message>
        <source>（未入力）</source>
        <translation>(미입력)</translation>
    </message>
    <message>
        <source>郵便番号（7けた）</source>
        <translation>우편번호 (7자리)</translation>
    </message>
    <message>
        <source>郵便番号のデータを読み込めませんでした。通信を確かめて、もう一度押してください。</source>
        <translation>우편번호 데이터를 불러오지 못했습니다. 통신 상태를 확인하고 다시 눌러 주십시오.</translation>
    </message>
    <message>
        <source>このブラウザでは使えません。新しいブラウザで開いてください。</source>
        <translation>이 브라우저에서는 사용할 수 없습니다. 새 브라우저로 열어 주십시오.</translation>
    </message>
</context>
</TS>
