<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="ja">
<context>
    <name>Blocked</name>
    <message>
        <location filename="../qml/screens/Blocked.qml" line="+9"/>
        <source>カードの表面の数字での読み取りがロックされています</source>
        <translation>Reading with the numbers on the card is locked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>暗証番号がロックされています</source>
        <translation>Your PIN is locked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>表面の数字を何度も間違えたため、この方法では読み取れません。</source>
        <translation>The numbers on the card were entered wrongly too many times, so this way no longer works.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このカードは、暗証番号を3回間違えたためロックされています。</source>
        <translation>This card is locked because the PIN was entered wrongly 3 times.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ロックの解除（暗証番号の再設定）は、市区町村の窓口でできます。カードと、住所地の市区町村の窓口で本人確認を受けてください。</source>
        <translation>The PIN can be unlocked (reset) at a city office counter. Bring the card and have your identity checked at the office of the city where you live.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>今日の届出は、係員がカードなしでお手伝いします。</source>
        <translation>For today's notification, staff will help you without the card.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>係員を呼ぶ</source>
        <translation>Call staff</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>カードの表面の数字で読み取る</source>
        <translation>Read with the numbers on the card</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>最初の画面に戻る</source>
        <translation>Back to the first screen</translation>
    </message>
</context>
<context>
    <name>Btn</name>
    <message>
        <location filename="../qml/Btn.qml" line="+32"/>
        <source>選択中</source>
        <translation>selected</translation>
    </message>
</context>
<context>
    <name>CardFacePicture</name>
    <message>
        <location filename="../qml/CardFacePicture.qml" line="+13"/>
        <source>カードの表面の絵：生年月日、有効期限、セキュリティコードの場所</source>
        <translation>Picture of the card front: where the date of birth, expiry date and security code are</translation>
    </message>
</context>
<context>
    <name>CardPicture</name>
    <message>
        <location filename="../qml/CardPicture.qml" line="+12"/>
        <source>カードリーダーの上にカードを置く絵</source>
        <translation>Picture: place the card on the card reader</translation>
    </message>
</context>
<context>
    <name>CodeB</name>
    <message>
        <location filename="../qml/screens/CodeB.qml" line="+51"/>
        <source>カードの表面の数字で読み取ります</source>
        <translation>Read the card with the numbers on its front</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>暗証番号のかわりに、カードの表面に書かれている数字を3つ入力します。</source>
        <translation>Instead of the PIN, you enter three numbers printed on the front of your card.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>決定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>次へ</source>
        <translation>Next</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>数字が違います。あと %n 回間違えると、この方法では読み取れなくなります。</source>
        <translation>
            <numerusform>The numbers are not right. After %n more wrong tries, this way will no longer work.</numerusform>
            <numerusform>The numbers are not right. After %n more wrong tries, this way will no longer work.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>残り1回です。先に「確認して入力する」を押してください。</source>
        <translation>Only 1 try left. First press "Confirm and enter".</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生年月日を確かめてください。年はカードに書かれているとおりに入力します。</source>
        <translation>Check the date of birth. Enter the year exactly as it is printed on the card.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有効期限の年（西暦4けた）を確かめてください。</source>
        <translation>Check the year of the expiry date (4 digits).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>セキュリティコード（数字4けた）を確かめてください。</source>
        <translation>Check the security code (4 digits).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入力した数字を確かめてください。</source>
        <translation>Check the numbers you entered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードが離れました。カードを置き直してください。</source>
        <translation>The card moved away. Please place the card again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードが置かれていません。</source>
        <translation>There is no card on the reader.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>マイナンバーカードではないようです。</source>
        <translation>This does not seem to be a My Number Card.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードリーダーが使えません。係員をお呼びください。</source>
        <translation>The card reader cannot be used. Please call staff.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>カードを読み取れませんでした。係員をお呼びください。</source>
        <translation>The card could not be read. Please call staff.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>生年月日を入力してください。年はカードに書かれているとおりに入力します（「昭和55年」なら 55、「1998年」なら 1998）。</source>
        <translation>Enter your date of birth. Type the year exactly as printed on the card (55 for 昭和55年, 1998 for 1998年).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>「有効期限」の年（西暦4けた）を入力してください。</source>
        <translation>Enter the year of the expiry date (4 digits).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>顔写真の下にある、数字4けたのセキュリティコードを入力してください。</source>
        <translation>Enter the 4-digit security code printed below your photo.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>間違えられる回数：あと %n 回</source>
        <translation>
            <numerusform>Tries left: %n</numerusform>
            <numerusform>Tries left: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>残り1回です。間違えると、この方法では読み取れなくなります。</source>
        <translation>Only 1 try left. If it is wrong, this way will no longer work.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>確認して入力する</source>
        <translation>Confirm and enter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>入力せずに係員を呼ぶ</source>
        <translation>Call staff without entering</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>年</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>月</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>有効期限の年</source>
        <translation>Expiry year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>セキュリティコード</source>
        <translation>Security code</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <location filename="../qml/FormSections.qml" line="+14"/>
        <location filename="../qml/screens/Confirm.qml" line="+11"/>
        <source>届出</source>
        <translation>Notification</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>新しい住所</source>
        <translation>New address</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+1"/>
        <source>前の住所</source>
        <translation>Previous address</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>引っ越し先</source>
        <translation>Moving to</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+1"/>
        <source>引っ越す人</source>
        <translation>People moving</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>世帯</source>
        <translation>Household</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>ほかの手続き</source>
        <translation>Other procedures</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../qml/screens/Confirm.qml" line="+3"/>
        <source>届出の種類</source>
        <translation>Type of notification</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>引っ越しの日</source>
        <translation>Moving date</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>届出日</source>
        <translation>Date of filing</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+1"/>
        <source>郵便番号</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>住所</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <location line="+4"/>
        <source>世帯主</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <location line="-9"/>
        <location filename="../qml/screens/Confirm.qml" line="-3"/>
        <source>手続き</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../qml/screens/Confirm.qml" line="+3"/>
        <source>妻</source>
        <translation>Wife</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>夫</source>
        <translation>Husband</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>子</source>
        <translation>Child</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+1"/>
        <source>父</source>
        <translation>Father</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>母</source>
        <translation>Mother</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>兄</source>
        <translation>Older brother</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>弟</source>
        <translation>Younger brother</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>姉</source>
        <translation>Older sister</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../qml/screens/Confirm.qml" line="+1"/>
        <source>妹</source>
        <translation>Younger sister</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>同居人</source>
        <translation>Other member of the household</translation>
    </message>
    <message>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>わからない（係員に相談）</source>
        <translation>Not sure (ask staff)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>転入届</source>
        <translation>Moving-in notification (転入届)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>転居届</source>
        <translation>Change of address within the city (転居届)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>転出届</source>
        <translation>Moving-out notification (転出届)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>内容を確かめてください</source>
        <translation>Please check the details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>この内容で届出書を作ります。直すときは「直す」を押してください。</source>
        <translation>The notification form will be made with these details. To change something, press "Change".</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../qml/screens/ConfirmSections.qml" line="+10"/>
        <source>署名へ進む</source>
        <translation>Go on to sign</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>直す</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1を直す</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>（係員が入力します）</source>
        <translation>(staff will enter this)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>下に続きがあります（押すと進みます）</source>
        <translation>There is more below (press to scroll)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>これで全部です。よければ「署名へ進む」を押してください。</source>
        <translation>That is everything. If it is correct, press "Go on to sign".</translation>
    </message>
    <message>
        <location filename="../qml/FormSections.qml" line="+71"/>
        <location filename="../qml/screens/Confirm.qml" line="-38"/>
        <source>カードで確認</source>
        <translation>Checked with card</translation>
    </message>
    <message>
        <location filename="../qml/screens/Confirm.qml" line="+6"/>
        <source>係員が確認します</source>
        <translation>Staff will check this</translation>
    </message>
</context>
<context>
    <name>ConfirmSections</name>
    <message>
        <location filename="../qml/screens/ConfirmSections.qml" line="-3"/>
        <source>内容を一つずつ確かめてください</source>
        <translation>Please check each part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正しければ「確認しました」を押してください。すべて確かめると署名できます。</source>
        <translation>If it is right, press “Correct”. When every part is checked, you can sign.</translation>
    </message>
</context>
<context>
    <name>Done</name>
    <message>
        <location filename="../qml/screens/Done.qml" line="+8"/>
        <source>受け付けました</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>受付番号</source>
        <translation>Reception number</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>番号を呼ばれるまで、お待ちください。係員が内容を確認します。</source>
        <translation>Please wait until your number is called. Staff will check the details.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>残りの項目は係員が入力します。このままお待ちください。係員が受付番号をお伝えします。</source>
        <translation>Staff will fill in the remaining items. Please wait here; staff will give you your reception number.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>届出日：%1</source>
        <translation>Date of filing: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>カードをお取りください。</source>
        <translation>Please take your card.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>終わる</source>
        <translation>Finish</translation>
    </message>
</context>
<context>
    <name>FormSections</name>
    <message>
        <location filename="../qml/FormSections.qml" line="-94"/>
        <source>届出人</source>
        <translation>Person filing</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>区分</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>関係</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人確認</source>
        <translation>Identity check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>委任状</source>
        <translation>Letter of authorization</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>世帯変更の区分</source>
        <translation>Type of household change</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>確認済み</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>確認しました</source>
        <translation>Correct</translation>
    </message>
</context>
<context>
    <name>Furigana</name>
    <message>
        <location filename="../qml/screens/Furigana.qml" line="+19"/>
        <source>%1 さんのお名前の読み方（フリガナ）を選んでください</source>
        <translation>Choose how %1's name is read (furigana)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>お名前の読み方（フリガナ）を入力してください</source>
        <translation>Enter how your name is read (furigana)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>お名前の読み方（フリガナ）を選んでください</source>
        <translation>Choose how your name is read (furigana)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住民票に載ります。カタカナで入力してください。</source>
        <translation>It is printed on your residence record. Enter it in katakana.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住民票に載ります。合うものを押してください。</source>
        <translation>It is printed on your residence record. Tap the right one.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>これで決定</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>名字と名前の読み方を、それぞれ選ぶか入力してください。</source>
        <translation>Choose or enter the reading of both the family name and the given name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>読み方を選ぶか入力してください。</source>
        <translation>Choose or enter the reading.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>読み方は、カタカナかひらがなで入力してください。</source>
        <translation>Enter the reading in katakana or hiragana.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>読み方が長すぎます。</source>
        <translation>The reading is too long.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>フリガナは、お名前を日本語でどう読むかをカタカナで書いたものです。</source>
        <translation>Furigana is how your name is read in Japanese, written in katakana.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名字（氏）</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>名前（名）</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>ほかの読み方を入力</source>
        <translation>Enter another reading</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>読み方を入力</source>
        <translation>Enter the reading</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>例：ヤマダ</source>
        <translation>e.g. ヤマダ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>読み方（カタカナ）</source>
        <translation>Reading (katakana)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>決定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>わからない</source>
        <translation>I don't know</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>読み方は係員が入力します</source>
        <translation>Staff will enter the reading</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <location filename="../qml/screens/Guide.qml" line="+10"/>
        <source>引っ越し先は外国ですか？</source>
        <translation>Are you moving abroad?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>外国から引っ越してきましたか？</source>
        <translation>Did you move here from abroad?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>どの引っ越しですか？</source>
        <translation>Which kind of move is it?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>転居の届出になります</source>
        <translation>This is a change of address within the city (転居)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>転入の届出になります</source>
        <translation>This is a moving-in notification (転入)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1の中で引っ越しました</source>
        <translation>I moved within %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ほかの市区町村や外国から、%1へ引っ越してきました</source>
        <translation>I moved to %1 from another city or from abroad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1から、ほかの市区町村や外国へ引っ越します</source>
        <translation>I am moving from %1 to another city or abroad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>転出の届出になります</source>
        <translation>This is a moving-out notification (転出)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>どれでもない・わからない</source>
        <translation>None of these / I am not sure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>係員がお手伝いします</source>
        <translation>Staff will help you</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>いいえ（日本国内）</source>
        <translation>No (within Japan)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>はい（外国）</source>
        <translation>Yes (abroad)</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <location filename="../qml/screens/Identity.qml" line="+10"/>
        <source>あなたの情報はこれで合っていますか？</source>
        <translation>Is this information about you correct?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードから読み取りました。</source>
        <translation>Read from your card.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住所</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生年月日</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>性別</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>記載なし</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>カードで確認</source>
        <translation>Checked with card</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>はい、合っています</source>
        <translation>Yes, it is correct</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>いいえ、違います</source>
        <translation>No, it is not</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>係員がお手伝いします</source>
        <translation>Staff will help you</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../qml/Keypad.qml" line="+30"/>
        <location line="+2"/>
        <source>1字消す</source>
        <translation>Delete one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ハイフン</source>
        <translation>Hyphen</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="+54"/>
        <source>画面を下に寄せています</source>
        <translation>The screen is moved down</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>係員を呼びました。このままお待ちください。入力した内容はそのまま残ります。</source>
        <translation>Staff have been called. Please wait here. Everything you entered is kept.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>カードを読み取っています。カードを動かさないでください。</source>
        <translation>Reading the card. Please do not move the card.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>やめますか？</source>
        <translation>Do you want to cancel?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入力した内容はすべて消えます。</source>
        <translation>Everything you entered will be deleted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>やめる</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>続ける</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>カードが外れました</source>
        <translation>The card was removed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ありがとうございました</source>
        <translation>Thank you</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>続けますか？</source>
        <translation>Do you want to continue?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>カードをもう一度置くと続けられます。</source>
        <translation>Place the card again to continue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>まもなく最初の画面に戻ります。</source>
        <translation>The first screen will return shortly.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>しばらく操作がありません。続けるときは画面に触れてください。</source>
        <translation>Nothing has been touched for a while. Touch the screen to continue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>あと %1 秒で入力した内容を消します。</source>
        <translation>What you entered will be deleted in %1 seconds.</translation>
    </message>
</context>
<context>
    <name>Mirror</name>
    <message>
        <location filename="../qml/screens/Mirror.qml" line="+7"/>
        <source>係員が入力しています</source>
        <translation>A staff member is filling in the form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入力した内容です。違うところがあれば係員に伝えてください。</source>
        <translation>This is what has been entered. If anything is wrong, please tell the staff member.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../qml/Page.qml" line="+13"/>
        <source>次へ</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>手順 %1 / %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <location line="+90"/>
        <location line="+1"/>
        <source>戻る</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>PaperSign</name>
    <message>
        <location filename="../qml/screens/PaperSign.qml" line="+7"/>
        <source>紙の届書に署名してください</source>
        <translation>Please sign the printed form</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>係員が届書を印刷します。署名欄に手書きで署名してください。</source>
        <translation>A staff member will print the form. Please sign it by hand in the signature box.</translation>
    </message>
</context>
<context>
    <name>Pin</name>
    <message>
        <location filename="../qml/screens/Pin.qml" line="+12"/>
        <source>ご家族のカードの暗証番号を入力してください</source>
        <translation>Enter the PIN of your family member's card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>暗証番号（数字4けた）を入力してください</source>
        <translation>Enter your PIN (4 digits)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードを受け取ったときに決めた、数字4けたの暗証番号です。</source>
        <translation>The 4-digit PIN you chose when you received the card.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>暗証番号が違います。あと %n 回間違えるとカードがロックされます。</source>
        <translation>
            <numerusform>Wrong PIN. If you get it wrong %n more time, the card will be locked.</numerusform>
            <numerusform>Wrong PIN. If you get it wrong %n more times, the card will be locked.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>残り1回です。先に「確認して入力する」を押してください。</source>
        <translation>Only 1 try left. First press "Confirm and enter".</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードが離れました。カードを置き直してください。</source>
        <translation>The card moved away. Please place the card again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードが置かれていません。</source>
        <translation>There is no card on the reader.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>マイナンバーカードではないようです。</source>
        <translation>This does not seem to be a My Number Card.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードリーダーが使えません。係員をお呼びください。</source>
        <translation>The card reader cannot be used. Please call staff.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数字4けたで入力してください。</source>
        <translation>Please enter 4 digits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>カードを読み取れませんでした。係員をお呼びください。</source>
        <translation>The card could not be read. Please call staff.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>間違えられる回数：あと %n 回</source>
        <translation>
            <numerusform>Tries left: %n</numerusform>
            <numerusform>Tries left: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>3回続けて間違えるとカードがロックされ、市区町村の窓口での手続きが必要になります。</source>
        <translation>If you enter a wrong PIN 3 times in a row, the card is locked and you must go to a city office to unlock it.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>残り1回です。間違えるとカードがロックされます。</source>
        <translation>Only 1 try left. If it is wrong, the card will be locked.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>自信がないときは、入力せずに係員をお呼びください。</source>
        <translation>If you are not sure, do not enter it: call staff instead.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>確認して入力する</source>
        <translation>Confirm and enter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>入力せずに係員を呼ぶ</source>
        <translation>Call staff without entering</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>暗証番号がわからない</source>
        <translation>I don't know my PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードの表面の数字で読み取ります</source>
        <translation>Read the card with the numbers on its front</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>スマートフォンで入力した方</source>
        <translation>I filled it in on my smartphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>二次元コードを読み取ります</source>
        <translation>Scan the QR code</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>スマートフォンの内容を読み取りました。</source>
        <translation>Your answers from the smartphone have been read.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>入力した数字：%1 けた</source>
        <translation>Digits entered: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>決定</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>PlaceMember</name>
    <message>
        <location filename="../qml/screens/PlaceMember.qml" line="+6"/>
        <source>追加する人のカードを置いてください</source>
        <translation>Place the card of the person to add</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>今置いているカードを取ってから、追加する人のカードを置いてください。</source>
        <translation>Take off the card that is on the reader now, then place the card of the person to add.</translation>
    </message>
</context>
<context>
    <name>Preentry</name>
    <message>
        <location filename="../qml/screens/Preentry.qml" line="+12"/>
        <source>読み取りました。マイナンバーカードを置いてください</source>
        <translation>Read. Now please place your My Number Card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>スマートフォンの二次元コードを読み取ります</source>
        <translation>Scan the QR code on your smartphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>家で入力した内容を使って、届出を作ります。</source>
        <translation>What you entered at home is used to make your notification.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>この窓口で使えるコードではありません。入力ページの最後に表示されたコードをかざしてください。</source>
        <translation>This code cannot be used at this counter. Please show the code shown at the end of the entry page.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>コードを読み取れませんでした。もう一度かざしてください。</source>
        <translation>The code could not be read. Please hold it up again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このコードの形式は、この窓口ではまだ読めません。係員をお呼びください。</source>
        <translation>This counter cannot read this kind of code yet. Please call staff.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>コードに個人番号のような数字が入っているため、使えません。係員をお呼びください。</source>
        <translation>The code holds a number that looks like an Individual Number, so it cannot be used. Please call staff.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>コードの内容に誤りがあります。係員をお呼びください。</source>
        <translation>Something in the code is not right. Please call staff.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>カメラの映像</source>
        <translation>Camera view</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>この端末にはカメラがありません。</source>
        <translation>This terminal has no camera.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>二次元コードを読み取り機にかざしてください。</source>
        <translation>Please hold the QR code up to the scanner.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>スマートフォンに表示した二次元コードを、カメラに向けてください。読み取り機でも読み取れます。</source>
        <translation>Hold the QR code on your smartphone up to the camera. The scanner can read it too.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入力ページの最後に表示された二次元コードを使います。</source>
        <translation>Use the QR code shown at the end of the entry page.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>スマートフォンの内容を読み取りました。</source>
        <translation>Your answers from the smartphone have been read.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>このあとマイナンバーカードで本人を確かめます。カードの内容が、入力した内容より優先されます。</source>
        <translation>Next, your My Number Card confirms who you are. What the card says comes before what you entered.</translation>
    </message>
</context>
<context>
    <name>Sign</name>
    <message>
        <location filename="../qml/screens/Sign.qml" line="+7"/>
        <source>指で署名してください</source>
        <translation>Please sign with your finger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>署名すると、この内容で届け出ます。</source>
        <translation>By signing, you file the notification with these details.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>署名欄に名前を書いてください。</source>
        <translation>Please write your name in the signature box.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>届出書に足りないところがあります。係員をお呼びください。</source>
        <translation>Something is missing on the form. Please call staff.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>書き直す</source>
        <translation>Write again</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>この内容で届け出る</source>
        <translation>File with these details</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../qml/SignaturePad.qml" line="+15"/>
        <source>署名欄: 指で名前を書いてください</source>
        <translation>Signature box: write your name with your finger</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <location filename="../qml/screens/Staff.qml" line="+6"/>
        <source>係員がお手伝いします</source>
        <translation>Staff will help you</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>このままお待ちください。係員がまいります。</source>
        <translation>Please wait here. A member of staff is coming.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>本人確認の書類（在留カード、運転免許証など）をお持ちでしたら、ご用意ください。</source>
        <translation>If you have an identity document (residence card, driving licence, etc.), please have it ready.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>最初の画面に戻る</source>
        <translation>Back to the first screen</translation>
    </message>
</context>
<context>
    <name>StepBanchi</name>
    <message>
        <location filename="../qml/screens/StepBanchi.qml" line="+7"/>
        <source>番地を入力してください</source>
        <translation>Enter the block and house number (番地)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>番地</source>
        <translation>Block and house number</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>例：1丁目2番3号なら 1-2-3</source>
        <translation>Example: for 1-chōme 2-ban 3-gō, enter 1-2-3</translation>
    </message>
</context>
<context>
    <name>StepBrowse</name>
    <message>
        <location filename="../qml/screens/StepBrowse.qml" line="+13"/>
        <source>都道府県を選んでください</source>
        <translation>Choose the prefecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>市区町村を選んでください</source>
        <translation>Choose the city, ward, town or village</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>町名を選んでください</source>
        <translation>Choose the district (町名)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1行</source>
        <translation>%1 row</translation>
    </message>
</context>
<context>
    <name>StepCandidates</name>
    <message>
        <location filename="../qml/screens/StepCandidates.qml" line="+7"/>
        <source>住所を選んでください</source>
        <translation>Choose your address</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>この中にない</source>
        <translation>It is not in this list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>都道府県と市区町村から選びます</source>
        <translation>Choose by prefecture and city instead</translation>
    </message>
</context>
<context>
    <name>StepCountry</name>
    <message>
        <location filename="../qml/screens/StepCountry.qml" line="+8"/>
        <source>引っ越し先の国はどこですか？</source>
        <translation>Which country are you moving to?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>どこの国から引っ越してきましたか？</source>
        <translation>Which country did you move from?</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>国名</source>
        <translation>Country</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>現地の住所（わかれば）</source>
        <translation>Address there (if known)</translation>
    </message>
</context>
<context>
    <name>StepDate</name>
    <message>
        <location filename="../qml/screens/StepDate.qml" line="+7"/>
        <source>引っ越す日（予定日）はいつですか？</source>
        <translation>When will you move (planned date)?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>引っ越した日はいつですか？</source>
        <translation>When did you move?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>和暦（令和）</source>
        <translation>Japanese calendar (Reiwa)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>西暦</source>
        <translation>Western calendar</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>年</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>月</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1を1つ前に</source>
        <translation>%1 back by one</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1を1つ後に</source>
        <translation>%1 forward by one</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>今日</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>昨日</source>
        <translation>Yesterday</translation>
    </message>
</context>
<context>
    <name>StepHousehold</name>
    <message>
        <location filename="../qml/screens/StepHousehold.qml" line="+9"/>
        <source>妻</source>
        <translation>Wife</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>夫</source>
        <translation>Husband</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>子</source>
        <translation>Child</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>父</source>
        <translation>Father</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>母</source>
        <translation>Mother</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>兄</source>
        <translation>Older brother</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>弟</source>
        <translation>Younger brother</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>姉</source>
        <translation>Older sister</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>妹</source>
        <translation>Younger sister</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>同居人</source>
        <translation>Other member of the household</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>わからない（係員に相談）</source>
        <translation>Not sure (ask staff)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>追加した人 %1</source>
        <translation>Added person %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>世帯主はだれですか？</source>
        <translation>Who is the head of the household?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>ここにいない人</source>
        <translation>Someone who is not here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>世帯主の名前は係員が確認します</source>
        <translation>Staff will check the name of the head of household</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 は世帯主から見て：</source>
        <translation>%1 is, to the head of household:</translation>
    </message>
</context>
<context>
    <name>StepKatagaki</name>
    <message>
        <location filename="../qml/screens/StepKatagaki.qml" line="+8"/>
        <source>建物の名前と部屋番号を入力してください</source>
        <translation>Enter the building name and room number</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>一戸建てなど、建物の名前がないときは「なし」を押してください。</source>
        <translation>If there is no building name (for example, a house), press "None".</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>住民票に載るため、日本語（かな・漢字・数字）で入力してください。</source>
        <translation>This goes on your residence record, so type it in Japanese (kana, kanji, numbers).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>建物の名前と部屋番号</source>
        <translation>Building name and room number</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>なし</source>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>StepMembers</name>
    <message>
        <location filename="../qml/screens/StepMembers.qml" line="+8"/>
        <source>一緒に引っ越す人はいますか？</source>
        <translation>Is anyone moving with you?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>（係員が入力します）</source>
        <translation>(staff will enter this)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>カードで確認</source>
        <translation>Checked with card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>スマートフォンで入力</source>
        <translation>Entered on smartphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>転出の届出の情報</source>
        <translation>From your moving-out notification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードなし</source>
        <translation>No card</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>外す</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>カードを持っている人を追加</source>
        <translation>Add a person who has a card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>その人のカードと暗証番号が必要です</source>
        <translation>Their card and PIN are needed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>カードがない人を追加</source>
        <translation>Add a person without a card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>係員があとで入力します</source>
        <translation>Staff will enter the details later</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../qml/StepPage.qml" line="+12"/>
        <source>確認画面へ</source>
        <translation>Back to review</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>次へ</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>日付を選んでください。</source>
        <translation>Please choose a date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>引っ越した日は、今日より後にできません。</source>
        <translation>The moving date cannot be later than today.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>この郵便番号は見つかりません。番号を確かめてください。</source>
        <translation>This postal code was not found. Please check the number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住所を1つ選んでください。</source>
        <translation>Please choose one address.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>番地を入力してください。</source>
        <translation>Please enter the block and house number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>国名を入力してください。</source>
        <translation>Please enter the country.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>世帯主を選んでください。</source>
        <translation>Please choose the head of household.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全員の続柄を選んでください。</source>
        <translation>Please choose the relationship of everyone.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>すべての質問に答えてください。</source>
        <translation>Please answer all the questions.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>入力を確かめてください。</source>
        <translation>Please check what you entered.</translation>
    </message>
</context>
<context>
    <name>StepPostal</name>
    <message>
        <location filename="../qml/screens/StepPostal.qml" line="+8"/>
        <source>引っ越し先の郵便番号を入力してください</source>
        <translation>Enter the postal code of the place you are moving to</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新しい住所の郵便番号を入力してください</source>
        <translation>Enter the postal code of your new address</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>郵便番号がわからない</source>
        <translation>I don't know the postal code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>都道府県と市区町村から選びます</source>
        <translation>Choose by prefecture and city instead</translation>
    </message>
</context>
<context>
    <name>StepRelated</name>
    <message>
        <location filename="../qml/screens/StepRelated.qml" line="+7"/>
        <source>ほかの手続きのための質問です</source>
        <translation>Questions for other procedures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>国民健康保険に入っていますか（入りますか）？</source>
        <translation>Are you (will you be) in the National Health Insurance?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>障害者手帳を持っている人はいますか？</source>
        <translation>Does anyone have a disability certificate (障害者手帳)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>犬を飼っていますか？</source>
        <translation>Do you keep a dog?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1で印鑑登録をしていますか？</source>
        <translation>Do you have a registered seal (印鑑登録) in %1?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>はい</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>いいえ</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/TopBar.qml" line="+74"/>
        <source>文字を元に戻す</source>
        <translation>Normal text size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文字を大きく</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>読み上げ</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>係員を呼びました</source>
        <translation>Staff called</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>係員を呼ぶ</source>
        <translation>Call staff</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>画面を下に寄せる</source>
        <translation>Lower layout</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>白黒反転</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>文字をもっと大きく</source>
        <translation>Even larger text</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>やめる</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../qml/screens/Welcome.qml" line="+31"/>
        <source>マイナンバーカードを置いてください</source>
        <translation>Please place your My Number Card</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>カードの読み取りで、引っ越しの届出を書かずに作れます。</source>
        <translation>Read your card and make your moving notification without writing.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>言語を選んでください</source>
        <translation>Choose your language</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>スマートフォンで入力した方</source>
        <translation>I filled it in on my smartphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>二次元コードを読み取ります</source>
        <translation>Scan the QR code</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>カードがない・暗証番号がわからない</source>
        <translation>No card / I don't know my PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>係員がお手伝いします</source>
        <translation>Staff will help you</translation>
    </message>
</context>
</TS>
