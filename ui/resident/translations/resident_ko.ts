<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="ja">
<context>
    <name>Blocked</name>
    <message>
        <location filename="../qml/screens/Blocked.qml" line="+9"/>
        <source>カードの表面の数字での読み取りがロックされています</source>
        <translation>카드 앞면 숫자로 읽기가 잠겼습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>暗証番号がロックされています</source>
        <translation>비밀번호가 잠겼습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>表面の数字を何度も間違えたため、この方法では読み取れません。</source>
        <translation>앞면 숫자를 여러 번 잘못 입력하여 이 방법으로는 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このカードは、暗証番号を3回間違えたためロックされています。</source>
        <translation>이 카드는 비밀번호를 3회 잘못 입력하여 잠겼습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ロックの解除（暗証番号の再設定）は、市区町村の窓口でできます。カードと、住所地の市区町村の窓口で本人確認を受けてください。</source>
        <translation>잠금 해제(비밀번호 재설정)는 시구정촌 창구에서 할 수 있습니다. 카드를 가지고 거주지 시구정촌 창구에서 본인 확인을 받으십시오.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>今日の届出は、係員がカードなしでお手伝いします。</source>
        <translation>오늘의 신고는 카드 없이 직원이 도와드립니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>係員を呼ぶ</source>
        <translation>직원 호출</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>カードの表面の数字で読み取る</source>
        <translation>카드 앞면 숫자로 읽기</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>最初の画面に戻る</source>
        <translation>처음 화면으로 돌아가기</translation>
    </message>
</context>
<context>
    <name>Btn</name>
    <message>
        <location filename="../qml/Btn.qml" line="+32"/>
        <source>選択中</source>
        <translation>선택됨</translation>
    </message>
</context>
<context>
    <name>CardFacePicture</name>
    <message>
        <location filename="../qml/CardFacePicture.qml" line="+13"/>
        <source>カードの表面の絵：生年月日、有効期限、セキュリティコードの場所</source>
        <translation>카드 앞면 그림: 생년월일, 유효기간, 보안 코드의 위치</translation>
    </message>
</context>
<context>
    <name>CardPicture</name>
    <message>
        <location filename="../qml/CardPicture.qml" line="+12"/>
        <source>カードリーダーの上にカードを置く絵</source>
        <translation>카드 리더기 위에 카드를 놓는 그림</translation>
    </message>
</context>
<context>
    <name>CodeB</name>
    <message>
        <location filename="../qml/screens/CodeB.qml" line="+51"/>
        <source>カードの表面の数字で読み取ります</source>
        <translation>카드 앞면의 숫자로 읽습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>暗証番号のかわりに、カードの表面に書かれている数字を3つ入力します。</source>
        <translation>비밀번호 대신 카드 앞면에 적힌 숫자 세 가지를 입력합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>決定</source>
        <translation>확인</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>次へ</source>
        <translation>다음</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>数字が違います。あと %n 回間違えると、この方法では読み取れなくなります。</source>
        <translation>
            <numerusform>숫자가 다릅니다. %n번 더 틀리면 이 방법으로는 읽을 수 없게 됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>残り1回です。先に「確認して入力する」を押してください。</source>
        <translation>남은 횟수가 1번입니다. 먼저 '확인하고 입력'을 누르십시오.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生年月日を確かめてください。年はカードに書かれているとおりに入力します。</source>
        <translation>생년월일을 확인해 주십시오. 연도는 카드에 적힌 그대로 입력합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有効期限の年（西暦4けた）を確かめてください。</source>
        <translation>유효기간의 연도(서기 4자리)를 확인해 주십시오.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>セキュリティコード（数字4けた）を確かめてください。</source>
        <translation>보안 코드(숫자 4자리)를 확인해 주십시오.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入力した数字を確かめてください。</source>
        <translation>입력한 숫자를 확인해 주십시오.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードが離れました。カードを置き直してください。</source>
        <translation>카드가 리더기에서 벗어났습니다. 카드를 다시 놓아 주십시오.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードが置かれていません。</source>
        <translation>카드가 놓여 있지 않습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>マイナンバーカードではないようです。</source>
        <translation>마이넘버 카드가 아닌 것 같습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードリーダーが使えません。係員をお呼びください。</source>
        <translation>카드 리더기를 사용할 수 없습니다. 직원을 불러 주십시오.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>カードを読み取れませんでした。係員をお呼びください。</source>
        <translation>카드를 읽을 수 없습니다. 직원을 불러 주십시오.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>生年月日を入力してください。年はカードに書かれているとおりに入力します（「昭和55年」なら 55、「1998年」なら 1998）。</source>
        <translation>생년월일을 입력해 주십시오. 연도는 카드에 적힌 그대로 입력합니다(「昭和55年」이면 55, 「1998年」이면 1998).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>「有効期限」の年（西暦4けた）を入力してください。</source>
        <translation>「유효기간」의 연도(서기 4자리)를 입력해 주십시오.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>顔写真の下にある、数字4けたのセキュリティコードを入力してください。</source>
        <translation>얼굴 사진 아래에 있는 숫자 4자리 보안 코드를 입력해 주십시오.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>間違えられる回数：あと %n 回</source>
        <translation>
            <numerusform>남은 입력 횟수: %n번</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>残り1回です。間違えると、この方法では読み取れなくなります。</source>
        <translation>1번 남았습니다. 틀리면 이 방법으로는 읽을 수 없게 됩니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>確認して入力する</source>
        <translation>확인하고 입력</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>入力せずに係員を呼ぶ</source>
        <translation>입력하지 않고 직원 호출</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>年</source>
        <translation>년</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>月</source>
        <translation>월</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日</source>
        <translation>일</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>有効期限の年</source>
        <translation>유효기간 연도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>セキュリティコード</source>
        <translation>보안 코드</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <location filename="../qml/FormSections.qml" line="+14"/>
        <location filename="../qml/screens/Confirm.qml" line="+11"/>
        <source>届出</source>
        <translation>신고</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>新しい住所</source>
        <translation>새 주소</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+1"/>
        <source>前の住所</source>
        <translation>이전 주소</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>引っ越し先</source>
        <translation>이사 갈 곳</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+1"/>
        <source>引っ越す人</source>
        <translation>이사하는 사람</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>世帯</source>
        <translation>세대</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>ほかの手続き</source>
        <translation>기타 수속</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../qml/screens/Confirm.qml" line="+3"/>
        <source>届出の種類</source>
        <translation>신고 종류</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>引っ越しの日</source>
        <translation>이사한 날</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>届出日</source>
        <translation>신고일</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+1"/>
        <source>郵便番号</source>
        <translation>우편번호</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>住所</source>
        <translation>주소</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <location line="+4"/>
        <source>世帯主</source>
        <translation>세대주</translation>
    </message>
    <message>
        <location line="-9"/>
        <location filename="../qml/screens/Confirm.qml" line="-3"/>
        <source>手続き</source>
        <translation>수속</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../qml/screens/Confirm.qml" line="+3"/>
        <source>妻</source>
        <translation>아내</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>夫</source>
        <translation>남편</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>子</source>
        <translation>자녀</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+1"/>
        <source>父</source>
        <translation>아버지</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>母</source>
        <translation>어머니</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>兄</source>
        <translation>형·오빠</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>弟</source>
        <translation>남동생</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>姉</source>
        <translation>누나·언니</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../qml/screens/Confirm.qml" line="+1"/>
        <source>妹</source>
        <translation>여동생</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>同居人</source>
        <translation>동거인</translation>
    </message>
    <message>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>わからない（係員に相談）</source>
        <translation>모르겠음(직원과 상담)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>転入届</source>
        <translation>전입 신고(転入届)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>転居届</source>
        <translation>시내 전거 신고(転居届)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>転出届</source>
        <translation>전출 신고(転出届)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>内容を確かめてください</source>
        <translation>내용을 확인해 주십시오</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>この内容で届出書を作ります。直すときは「直す」を押してください。</source>
        <translation>이 내용으로 신고서를 작성합니다. 고치려면 '고치기'를 누르십시오.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../qml/screens/ConfirmSections.qml" line="+10"/>
        <source>署名へ進む</source>
        <translation>서명으로 진행</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>直す</source>
        <translation>고치기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1を直す</source>
        <translation>%1 고치기</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>（係員が入力します）</source>
        <translation>(직원이 입력합니다)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>下に続きがあります（押すと進みます）</source>
        <translation>아래에 더 있습니다(누르면 이동합니다)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>これで全部です。よければ「署名へ進む」を押してください。</source>
        <translation>이것이 전부입니다. 맞으면 「서명으로 진행」을 눌러 주십시오.</translation>
    </message>
    <message>
        <location filename="../qml/FormSections.qml" line="+71"/>
        <location filename="../qml/screens/Confirm.qml" line="-38"/>
        <source>カードで確認</source>
        <translation>카드로 확인됨</translation>
    </message>
    <message>
        <location filename="../qml/screens/Confirm.qml" line="+6"/>
        <source>係員が確認します</source>
        <translation>직원이 확인합니다</translation>
    </message>
</context>
<context>
    <name>ConfirmSections</name>
    <message>
        <location filename="../qml/screens/ConfirmSections.qml" line="-3"/>
        <source>内容を一つずつ確かめてください</source>
        <translation>내용을 하나씩 확인해 주세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正しければ「確認しました」を押してください。すべて確かめると署名できます。</source>
        <translation>맞으면 「확인했습니다」를 눌러 주세요. 모두 확인하면 서명할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>Done</name>
    <message>
        <location filename="../qml/screens/Done.qml" line="+8"/>
        <source>受け付けました</source>
        <translation>접수되었습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>受付番号</source>
        <translation>접수 번호</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>番号を呼ばれるまで、お待ちください。係員が内容を確認します。</source>
        <translation>번호가 불릴 때까지 기다려 주십시오. 직원이 내용을 확인합니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>残りの項目は係員が入力します。このままお待ちください。係員が受付番号をお伝えします。</source>
        <translation>나머지 항목은 직원이 입력합니다. 이대로 기다려 주십시오. 직원이 접수 번호를 알려 드립니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>届出日：%1</source>
        <translation>신고일: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>カードをお取りください。</source>
        <translation>카드를 가져가십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>終わる</source>
        <translation>끝내기</translation>
    </message>
</context>
<context>
    <name>FormSections</name>
    <message>
        <location filename="../qml/FormSections.qml" line="-94"/>
        <source>届出人</source>
        <translation>신고인</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>区分</source>
        <translation>구분</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>氏名</source>
        <translation>성명</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>関係</source>
        <translation>관계</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人確認</source>
        <translation>본인 확인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>委任状</source>
        <translation>위임장</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>世帯変更の区分</source>
        <translation>세대 변경 구분</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>確認済み</source>
        <translation>확인됨</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>確認しました</source>
        <translation>확인했습니다</translation>
    </message>
</context>
<context>
    <name>Furigana</name>
    <message>
        <location filename="../qml/screens/Furigana.qml" line="+19"/>
        <source>%1 さんのお名前の読み方（フリガナ）を選んでください</source>
        <translation>%1 님 이름의 읽는 법(후리가나)을 선택해 주세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>お名前の読み方（フリガナ）を入力してください</source>
        <translation>이름의 읽는 법(후리가나)을 입력해 주세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>お名前の読み方（フリガナ）を選んでください</source>
        <translation>이름의 읽는 법(후리가나)을 선택해 주세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住民票に載ります。カタカナで入力してください。</source>
        <translation>주민표에 기재됩니다. 가타카나로 입력해 주세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住民票に載ります。合うものを押してください。</source>
        <translation>주민표에 기재됩니다. 맞는 것을 눌러 주세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>これで決定</source>
        <translation>이것으로 결정</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>名字と名前の読み方を、それぞれ選ぶか入力してください。</source>
        <translation>성과 이름의 읽는 법을 각각 선택하거나 입력해 주세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>読み方を選ぶか入力してください。</source>
        <translation>읽는 법을 선택하거나 입력해 주세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>読み方は、カタカナかひらがなで入力してください。</source>
        <translation>읽는 법은 가타카나나 히라가나로 입력해 주세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>読み方が長すぎます。</source>
        <translation>읽는 법이 너무 깁니다.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>フリガナは、お名前を日本語でどう読むかをカタカナで書いたものです。</source>
        <translation>후리가나(フリガナ)는 이름을 일본어로 어떻게 읽는지 가타카나로 쓴 것입니다.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>氏名</source>
        <translation>성명</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名字（氏）</source>
        <translation>성</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>名前（名）</source>
        <translation>이름</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>ほかの読み方を入力</source>
        <translation>다른 읽는 법 입력</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>読み方を入力</source>
        <translation>읽는 법 입력</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>例：ヤマダ</source>
        <translation>예: ヤマダ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>読み方（カタカナ）</source>
        <translation>읽는 법(가타카나)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>決定</source>
        <translation>확인</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>わからない</source>
        <translation>모르겠습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>読み方は係員が入力します</source>
        <translation>읽는 법은 직원이 입력합니다</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <location filename="../qml/screens/Guide.qml" line="+10"/>
        <source>引っ越し先は外国ですか？</source>
        <translation>외국으로 이사합니까?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>外国から引っ越してきましたか？</source>
        <translation>외국에서 이사 왔습니까?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>どの引っ越しですか？</source>
        <translation>어떤 이사입니까?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>転居の届出になります</source>
        <translation>'전거' 신고입니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>転入の届出になります</source>
        <translation>'전입' 신고입니다</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1の中で引っ越しました</source>
        <translation>%1 안에서 이사했습니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ほかの市区町村や外国から、%1へ引っ越してきました</source>
        <translation>다른 시구정촌이나 외국에서 %1(으)로 이사 왔습니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1から、ほかの市区町村や外国へ引っ越します</source>
        <translation>%1에서 다른 시구정촌이나 외국으로 이사합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>転出の届出になります</source>
        <translation>'전출' 신고입니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>どれでもない・わからない</source>
        <translation>해당 없음·잘 모르겠음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>係員がお手伝いします</source>
        <translation>직원이 도와드립니다</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>いいえ（日本国内）</source>
        <translation>아니요(일본 국내)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>はい（外国）</source>
        <translation>예(외국)</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <location filename="../qml/screens/Identity.qml" line="+10"/>
        <source>あなたの情報はこれで合っていますか？</source>
        <translation>귀하의 정보가 맞습니까?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードから読み取りました。</source>
        <translation>카드에서 읽었습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>氏名</source>
        <translation>성명</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住所</source>
        <translation>주소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生年月日</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>性別</source>
        <translation>성별</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>男</source>
        <translation>남</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>女</source>
        <translation>여</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>記載なし</source>
        <translation>기재 없음</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>カードで確認</source>
        <translation>카드로 확인됨</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>はい、合っています</source>
        <translation>예, 맞습니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>いいえ、違います</source>
        <translation>아니요, 다릅니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>係員がお手伝いします</source>
        <translation>직원이 도와드립니다</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../qml/Keypad.qml" line="+30"/>
        <location line="+2"/>
        <source>1字消す</source>
        <translation>한 글자 지우기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ハイフン</source>
        <translation>하이픈</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="+54"/>
        <source>画面を下に寄せています</source>
        <translation>화면을 아래로 내렸습니다</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>係員を呼びました。このままお待ちください。入力した内容はそのまま残ります。</source>
        <translation>직원을 불렀습니다. 이대로 기다려 주십시오. 입력한 내용은 그대로 남습니다.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>カードを読み取っています。カードを動かさないでください。</source>
        <translation>카드를 읽는 중입니다. 카드를 움직이지 마십시오.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>やめますか？</source>
        <translation>그만두시겠습니까?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入力した内容はすべて消えます。</source>
        <translation>입력한 내용이 모두 지워집니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>やめる</source>
        <translation>그만두기</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>続ける</source>
        <translation>계속하기</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>カードが外れました</source>
        <translation>카드가 빠졌습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ありがとうございました</source>
        <translation>감사합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>続けますか？</source>
        <translation>계속하시겠습니까?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>カードをもう一度置くと続けられます。</source>
        <translation>카드를 다시 놓으면 계속할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>まもなく最初の画面に戻ります。</source>
        <translation>곧 처음 화면으로 돌아갑니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>しばらく操作がありません。続けるときは画面に触れてください。</source>
        <translation>한동안 조작이 없었습니다. 계속하려면 화면을 터치하십시오.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>あと %1 秒で入力した内容を消します。</source>
        <translation>%1초 후에 입력한 내용을 지웁니다.</translation>
    </message>
</context>
<context>
    <name>Mirror</name>
    <message>
        <location filename="../qml/screens/Mirror.qml" line="+7"/>
        <source>係員が入力しています</source>
        <translation>직원이 입력하고 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入力した内容です。違うところがあれば係員に伝えてください。</source>
        <translation>입력된 내용입니다. 틀린 곳이 있으면 직원에게 알려 주세요.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../qml/Page.qml" line="+13"/>
        <source>次へ</source>
        <translation>다음</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>手順 %1 / %2</source>
        <translation>%2단계 중 %1단계</translation>
    </message>
    <message>
        <location line="+90"/>
        <location line="+1"/>
        <source>戻る</source>
        <translation>뒤로</translation>
    </message>
</context>
<context>
    <name>PaperSign</name>
    <message>
        <location filename="../qml/screens/PaperSign.qml" line="+7"/>
        <source>紙の届書に署名してください</source>
        <translation>인쇄한 신고서에 서명해 주세요</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>係員が届書を印刷します。署名欄に手書きで署名してください。</source>
        <translation>직원이 신고서를 인쇄합니다. 서명란에 손으로 서명해 주세요.</translation>
    </message>
</context>
<context>
    <name>Pin</name>
    <message>
        <location filename="../qml/screens/Pin.qml" line="+12"/>
        <source>ご家族のカードの暗証番号を入力してください</source>
        <translation>가족 카드의 비밀번호를 입력하십시오</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>暗証番号（数字4けた）を入力してください</source>
        <translation>비밀번호(숫자 4자리)를 입력하십시오</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードを受け取ったときに決めた、数字4けたの暗証番号です。</source>
        <translation>카드를 받을 때 정한 숫자 4자리 비밀번호입니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>暗証番号が違います。あと %n 回間違えるとカードがロックされます。</source>
        <translation>
            <numerusform>비밀번호가 틀립니다. %n번 더 틀리면 카드가 잠깁니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>残り1回です。先に「確認して入力する」を押してください。</source>
        <translation>남은 횟수가 1번입니다. 먼저 '확인하고 입력'을 누르십시오.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードが離れました。カードを置き直してください。</source>
        <translation>카드가 리더기에서 벗어났습니다. 카드를 다시 놓아 주십시오.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードが置かれていません。</source>
        <translation>카드가 놓여 있지 않습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>マイナンバーカードではないようです。</source>
        <translation>마이넘버 카드가 아닌 것 같습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードリーダーが使えません。係員をお呼びください。</source>
        <translation>카드 리더기를 사용할 수 없습니다. 직원을 불러 주십시오.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数字4けたで入力してください。</source>
        <translation>숫자 4자리로 입력하십시오.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>カードを読み取れませんでした。係員をお呼びください。</source>
        <translation>카드를 읽을 수 없습니다. 직원을 불러 주십시오.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>間違えられる回数：あと %n 回</source>
        <translation>
            <numerusform>남은 입력 횟수: %n번</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>3回続けて間違えるとカードがロックされ、市区町村の窓口での手続きが必要になります。</source>
        <translation>3번 연속 틀리면 카드가 잠기며, 시구정촌 창구에서 수속이 필요합니다.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>残り1回です。間違えるとカードがロックされます。</source>
        <translation>남은 횟수가 1번입니다. 틀리면 카드가 잠깁니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>自信がないときは、入力せずに係員をお呼びください。</source>
        <translation>자신이 없으면 입력하지 말고 직원을 불러 주십시오.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>確認して入力する</source>
        <translation>확인하고 입력</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>入力せずに係員を呼ぶ</source>
        <translation>입력하지 않고 직원 호출</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>暗証番号がわからない</source>
        <translation>비밀번호를 모릅니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードの表面の数字で読み取ります</source>
        <translation>카드 앞면의 숫자로 읽습니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>スマートフォンで入力した方</source>
        <translation>스마트폰으로 입력하신 분</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>二次元コードを読み取ります</source>
        <translation>QR 코드를 읽습니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>スマートフォンの内容を読み取りました。</source>
        <translation>스마트폰의 내용을 읽었습니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>入力した数字：%1 けた</source>
        <translation>입력한 숫자: %1자리</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>決定</source>
        <translation>확인</translation>
    </message>
</context>
<context>
    <name>PlaceMember</name>
    <message>
        <location filename="../qml/screens/PlaceMember.qml" line="+6"/>
        <source>追加する人のカードを置いてください</source>
        <translation>추가할 사람의 카드를 놓아 주십시오</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>今置いているカードを取ってから、追加する人のカードを置いてください。</source>
        <translation>지금 놓여 있는 카드를 빼고, 추가할 사람의 카드를 놓아 주십시오.</translation>
    </message>
</context>
<context>
    <name>Preentry</name>
    <message>
        <location filename="../qml/screens/Preentry.qml" line="+12"/>
        <source>読み取りました。マイナンバーカードを置いてください</source>
        <translation>읽었습니다. 마이넘버 카드를 놓아 주십시오</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>スマートフォンの二次元コードを読み取ります</source>
        <translation>스마트폰의 QR 코드를 읽습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>家で入力した内容を使って、届出を作ります。</source>
        <translation>집에서 입력한 내용으로 신고서를 만듭니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>この窓口で使えるコードではありません。入力ページの最後に表示されたコードをかざしてください。</source>
        <translation>이 창구에서 사용할 수 있는 코드가 아닙니다. 입력 페이지 마지막에 표시된 코드를 대 주십시오.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>コードを読み取れませんでした。もう一度かざしてください。</source>
        <translation>코드를 읽을 수 없습니다. 다시 한 번 대 주십시오.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このコードの形式は、この窓口ではまだ読めません。係員をお呼びください。</source>
        <translation>이 창구에서는 아직 이 형식의 코드를 읽을 수 없습니다. 직원을 불러 주십시오.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>コードに個人番号のような数字が入っているため、使えません。係員をお呼びください。</source>
        <translation>코드에 개인번호 같은 숫자가 들어 있어 사용할 수 없습니다. 직원을 불러 주십시오.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>コードの内容に誤りがあります。係員をお呼びください。</source>
        <translation>코드의 내용에 오류가 있습니다. 직원을 불러 주십시오.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>カメラの映像</source>
        <translation>카메라 화면</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>この端末にはカメラがありません。</source>
        <translation>이 단말기에는 카메라가 없습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>二次元コードを読み取り機にかざしてください。</source>
        <translation>QR 코드를 리더기에 대 주십시오.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>スマートフォンに表示した二次元コードを、カメラに向けてください。読み取り機でも読み取れます。</source>
        <translation>스마트폰에 표시한 QR 코드를 카메라에 비춰 주십시오. 리더기로도 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入力ページの最後に表示された二次元コードを使います。</source>
        <translation>입력 페이지 마지막에 표시된 QR 코드를 사용합니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>スマートフォンの内容を読み取りました。</source>
        <translation>스마트폰의 내용을 읽었습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>このあとマイナンバーカードで本人を確かめます。カードの内容が、入力した内容より優先されます。</source>
        <translation>다음으로 마이넘버 카드로 본인을 확인합니다. 카드의 내용이 입력한 내용보다 우선합니다.</translation>
    </message>
</context>
<context>
    <name>Sign</name>
    <message>
        <location filename="../qml/screens/Sign.qml" line="+7"/>
        <source>指で署名してください</source>
        <translation>손가락으로 서명해 주십시오</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>署名すると、この内容で届け出ます。</source>
        <translation>서명하면 이 내용으로 신고합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>署名欄に名前を書いてください。</source>
        <translation>서명란에 이름을 써 주십시오.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>届出書に足りないところがあります。係員をお呼びください。</source>
        <translation>신고서에 부족한 부분이 있습니다. 직원을 불러 주십시오.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>書き直す</source>
        <translation>다시 쓰기</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>この内容で届け出る</source>
        <translation>이 내용으로 신고</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../qml/SignaturePad.qml" line="+15"/>
        <source>署名欄: 指で名前を書いてください</source>
        <translation>서명란: 손가락으로 이름을 써 주십시오</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <location filename="../qml/screens/Staff.qml" line="+6"/>
        <source>係員がお手伝いします</source>
        <translation>직원이 도와드립니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>このままお待ちください。係員がまいります。</source>
        <translation>이대로 기다려 주십시오. 직원이 갑니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>本人確認の書類（在留カード、運転免許証など）をお持ちでしたら、ご用意ください。</source>
        <translation>본인 확인 서류(재류카드, 운전면허증 등)가 있으면 준비해 주십시오.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>最初の画面に戻る</source>
        <translation>처음 화면으로 돌아가기</translation>
    </message>
</context>
<context>
    <name>StepBanchi</name>
    <message>
        <location filename="../qml/screens/StepBanchi.qml" line="+7"/>
        <source>番地を入力してください</source>
        <translation>번지를 입력하십시오</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>番地</source>
        <translation>번지</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>例：1丁目2番3号なら 1-2-3</source>
        <translation>예: 1초메 2반 3고라면 1-2-3</translation>
    </message>
</context>
<context>
    <name>StepBrowse</name>
    <message>
        <location filename="../qml/screens/StepBrowse.qml" line="+13"/>
        <source>都道府県を選んでください</source>
        <translation>도도부현을 선택해 주십시오</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>市区町村を選んでください</source>
        <translation>시구정촌을 선택해 주십시오</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>町名を選んでください</source>
        <translation>동네 이름(町名)을 선택해 주십시오</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1行</source>
        <translation>%1행</translation>
    </message>
</context>
<context>
    <name>StepCandidates</name>
    <message>
        <location filename="../qml/screens/StepCandidates.qml" line="+7"/>
        <source>住所を選んでください</source>
        <translation>주소를 선택하십시오</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>この中にない</source>
        <translation>이 목록에 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>都道府県と市区町村から選びます</source>
        <translation>도도부현과 시구정촌에서 고릅니다</translation>
    </message>
</context>
<context>
    <name>StepCountry</name>
    <message>
        <location filename="../qml/screens/StepCountry.qml" line="+8"/>
        <source>引っ越し先の国はどこですか？</source>
        <translation>어느 나라로 이사합니까?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>どこの国から引っ越してきましたか？</source>
        <translation>어느 나라에서 이사 왔습니까?</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>国名</source>
        <translation>국가명</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>現地の住所（わかれば）</source>
        <translation>현지 주소(아는 경우)</translation>
    </message>
</context>
<context>
    <name>StepDate</name>
    <message>
        <location filename="../qml/screens/StepDate.qml" line="+7"/>
        <source>引っ越す日（予定日）はいつですか？</source>
        <translation>언제 이사합니까(예정일)?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>引っ越した日はいつですか？</source>
        <translation>언제 이사했습니까?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>和暦（令和）</source>
        <translation>일본 연호(레이와)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>西暦</source>
        <translation>서기</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>年</source>
        <translation>년</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>月</source>
        <translation>월</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日</source>
        <translation>일</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1を1つ前に</source>
        <translation>%1 하나 앞으로</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1を1つ後に</source>
        <translation>%1 하나 뒤로</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>今日</source>
        <translation>오늘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>昨日</source>
        <translation>어제</translation>
    </message>
</context>
<context>
    <name>StepHousehold</name>
    <message>
        <location filename="../qml/screens/StepHousehold.qml" line="+9"/>
        <source>妻</source>
        <translation>아내</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>夫</source>
        <translation>남편</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>子</source>
        <translation>자녀</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>父</source>
        <translation>아버지</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>母</source>
        <translation>어머니</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>兄</source>
        <translation>형·오빠</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>弟</source>
        <translation>남동생</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>姉</source>
        <translation>누나·언니</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>妹</source>
        <translation>여동생</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>同居人</source>
        <translation>동거인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>わからない（係員に相談）</source>
        <translation>모르겠음(직원과 상담)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>追加した人 %1</source>
        <translation>추가한 사람 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>世帯主はだれですか？</source>
        <translation>세대주는 누구입니까?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>ここにいない人</source>
        <translation>여기에 없는 사람</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>世帯主の名前は係員が確認します</source>
        <translation>세대주의 이름은 직원이 확인합니다</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 は世帯主から見て：</source>
        <translation>세대주에서 본 %1의 관계:</translation>
    </message>
</context>
<context>
    <name>StepKatagaki</name>
    <message>
        <location filename="../qml/screens/StepKatagaki.qml" line="+8"/>
        <source>建物の名前と部屋番号を入力してください</source>
        <translation>건물 이름과 호수를 입력하십시오</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>一戸建てなど、建物の名前がないときは「なし」を押してください。</source>
        <translation>단독주택 등 건물 이름이 없으면 '없음'을 누르십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>住民票に載るため、日本語（かな・漢字・数字）で入力してください。</source>
        <translation>주민표에 기재되므로 일본어(가나·한자·숫자)로 입력해 주십시오.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>建物の名前と部屋番号</source>
        <translation>건물 이름과 호수</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>なし</source>
        <translation>없음</translation>
    </message>
</context>
<context>
    <name>StepMembers</name>
    <message>
        <location filename="../qml/screens/StepMembers.qml" line="+8"/>
        <source>一緒に引っ越す人はいますか？</source>
        <translation>함께 이사하는 사람이 있습니까?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>（係員が入力します）</source>
        <translation>(직원이 입력합니다)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>カードで確認</source>
        <translation>카드로 확인됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>スマートフォンで入力</source>
        <translation>스마트폰으로 입력</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>転出の届出の情報</source>
        <translation>전출 신고의 정보</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードなし</source>
        <translation>카드 없음</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>外す</source>
        <translation>빼기</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>カードを持っている人を追加</source>
        <translation>카드가 있는 사람 추가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>その人のカードと暗証番号が必要です</source>
        <translation>그 사람의 카드와 비밀번호가 필요합니다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>カードがない人を追加</source>
        <translation>카드가 없는 사람 추가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>係員があとで入力します</source>
        <translation>나중에 직원이 입력합니다</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../qml/StepPage.qml" line="+12"/>
        <source>確認画面へ</source>
        <translation>확인 화면으로</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>次へ</source>
        <translation>다음</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>日付を選んでください。</source>
        <translation>날짜를 선택하십시오.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>引っ越した日は、今日より後にできません。</source>
        <translation>이사한 날은 오늘보다 뒤일 수 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>この郵便番号は見つかりません。番号を確かめてください。</source>
        <translation>이 우편번호를 찾을 수 없습니다. 번호를 확인하십시오.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住所を1つ選んでください。</source>
        <translation>주소를 하나 선택하십시오.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>番地を入力してください。</source>
        <translation>번지를 입력하십시오.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>国名を入力してください。</source>
        <translation>국가명을 입력하십시오.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>世帯主を選んでください。</source>
        <translation>세대주를 선택하십시오.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全員の続柄を選んでください。</source>
        <translation>모든 사람의 관계를 선택하십시오.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>すべての質問に答えてください。</source>
        <translation>모든 질문에 답해 주십시오.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>入力を確かめてください。</source>
        <translation>입력 내용을 확인하십시오.</translation>
    </message>
</context>
<context>
    <name>StepPostal</name>
    <message>
        <location filename="../qml/screens/StepPostal.qml" line="+8"/>
        <source>引っ越し先の郵便番号を入力してください</source>
        <translation>이사 갈 곳의 우편번호를 입력하십시오</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新しい住所の郵便番号を入力してください</source>
        <translation>새 주소의 우편번호를 입력하십시오</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>郵便番号がわからない</source>
        <translation>우편번호를 모릅니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>都道府県と市区町村から選びます</source>
        <translation>도도부현과 시구정촌에서 고릅니다</translation>
    </message>
</context>
<context>
    <name>StepRelated</name>
    <message>
        <location filename="../qml/screens/StepRelated.qml" line="+7"/>
        <source>ほかの手続きのための質問です</source>
        <translation>다른 수속을 위한 질문입니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>国民健康保険に入っていますか（入りますか）？</source>
        <translation>국민건강보험에 가입되어 있습니까(가입합니까)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>障害者手帳を持っている人はいますか？</source>
        <translation>장애인 수첩을 가진 사람이 있습니까?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>犬を飼っていますか？</source>
        <translation>개를 키우고 있습니까?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1で印鑑登録をしていますか？</source>
        <translation>%1에서 인감 등록을 하셨습니까?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>はい</source>
        <translation>예</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>いいえ</source>
        <translation>아니요</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/TopBar.qml" line="+74"/>
        <source>文字を元に戻す</source>
        <translation>글자 크기 원래대로</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文字を大きく</source>
        <translation>글자 크게</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>読み上げ</source>
        <translation>음성 안내</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>係員を呼びました</source>
        <translation>직원을 불렀습니다</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>係員を呼ぶ</source>
        <translation>직원 호출</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>画面を下に寄せる</source>
        <translation>화면 아래로</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>白黒反転</source>
        <translation>고대비</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>文字をもっと大きく</source>
        <translation>글자 더 크게</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>やめる</source>
        <translation>그만두기</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../qml/screens/Welcome.qml" line="+31"/>
        <source>マイナンバーカードを置いてください</source>
        <translation>마이넘버 카드를 놓아 주십시오</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>カードの読み取りで、引っ越しの届出を書かずに作れます。</source>
        <translation>카드를 읽으면 이사 신고서를 쓰지 않고 만들 수 있습니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>言語を選んでください</source>
        <translation>언어를 선택하십시오</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>スマートフォンで入力した方</source>
        <translation>스마트폰으로 입력하신 분</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>二次元コードを読み取ります</source>
        <translation>QR 코드를 읽습니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>カードがない・暗証番号がわからない</source>
        <translation>카드가 없음·비밀번호를 모름</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>係員がお手伝いします</source>
        <translation>직원이 도와드립니다</translation>
    </message>
</context>
</TS>
