<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="ja">
<context>
    <name>Blocked</name>
    <message>
        <location filename="../qml/screens/Blocked.qml" line="+9"/>
        <source>カードの表面の数字での読み取りがロックされています</source>
        <translation>カードの {表|おもて}の {数字|すうじ}で {読|よ}む ことが できなく なりました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>暗証番号がロックされています</source>
        <translation>{暗証番号|あんしょうばんごう}が ロックされています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>表面の数字を何度も間違えたため、この方法では読み取れません。</source>
        <translation>{表|おもて}の {数字|すうじ}を {何回|なんかい}も まちがえたので、この やりかたでは {読|よ}めません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このカードは、暗証番号を3回間違えたためロックされています。</source>
        <translation>この カードは、{暗証番号|あんしょうばんごう}を 3{回|かい} まちがえたので、ロックされています。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ロックの解除（暗証番号の再設定）は、市区町村の窓口でできます。カードと、住所地の市区町村の窓口で本人確認を受けてください。</source>
        <translation>ロックを はずすには、あなたが {住|す}んでいる {市役所|しやくしょ}・{区役所|くやくしょ}・{町村役場|ちょうそんやくば}へ カードを もって いって ください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>今日の届出は、係員がカードなしでお手伝いします。</source>
        <translation>きょうの {届|とど}けは、カードが なくても {係|かかり}の {人|ひと}が てつだいます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>係員を呼ぶ</source>
        <translation>{係|かかり}の {人|ひと}を よぶ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>カードの表面の数字で読み取る</source>
        <translation>カードの {表|おもて}の {数字|すうじ}で {読|よ}む</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>最初の画面に戻る</source>
        <translation>はじめの {画面|がめん}に もどる</translation>
    </message>
</context>
<context>
    <name>Btn</name>
    <message>
        <location filename="../qml/Btn.qml" line="+32"/>
        <source>選択中</source>
        <translation>えらんでいます</translation>
    </message>
</context>
<context>
    <name>CardFacePicture</name>
    <message>
        <location filename="../qml/CardFacePicture.qml" line="+13"/>
        <source>カードの表面の絵：生年月日、有効期限、セキュリティコードの場所</source>
        <translation>カードの {表|おもて}の え：{生|う}まれた {日|ひ}、{有効期限|ゆうこうきげん}、セキュリティコードの ばしょ</translation>
    </message>
</context>
<context>
    <name>CardPicture</name>
    <message>
        <location filename="../qml/CardPicture.qml" line="+12"/>
        <source>カードリーダーの上にカードを置く絵</source>
        <translation>カードを カードリーダーの {上|うえ}に おく え</translation>
    </message>
</context>
<context>
    <name>CodeB</name>
    <message>
        <location filename="../qml/screens/CodeB.qml" line="+51"/>
        <source>カードの表面の数字で読み取ります</source>
        <translation>カードの {表|おもて}の {数字|すうじ}で {読|よ}みます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>暗証番号のかわりに、カードの表面に書かれている数字を3つ入力します。</source>
        <translation>{暗証番号|あんしょうばんごう}の かわりに、カードの {表|おもて}に {書|か}いてある {数字|すうじ}を 3つ いれます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>決定</source>
        <translation>けってい</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>次へ</source>
        <translation>つぎへ</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>数字が違います。あと %n 回間違えると、この方法では読み取れなくなります。</source>
        <translation>
            <numerusform>{数字|すうじ}が ちがいます。あと %n{回|かい} まちがえると、この やりかたでは {読|よ}めなく なります。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>残り1回です。先に「確認して入力する」を押してください。</source>
        <translation>のこり 1{回|かい}です。さきに「たしかめて いれる」を おして ください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生年月日を確かめてください。年はカードに書かれているとおりに入力します。</source>
        <translation>{生|う}まれた {日|ひ}を たしかめて ください。{年|とし}は カードに {書|か}いてある とおりに いれます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有効期限の年（西暦4けた）を確かめてください。</source>
        <translation>{有効期限|ゆうこうきげん}の {年|とし}（せいれき 4けた）を たしかめて ください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>セキュリティコード（数字4けた）を確かめてください。</source>
        <translation>セキュリティコード（{数字|すうじ} 4けた）を たしかめて ください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入力した数字を確かめてください。</source>
        <translation>いれた {数字|すうじ}を たしかめて ください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードが離れました。カードを置き直してください。</source>
        <translation>カードが はなれました。もう いちど カードを おいて ください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードが置かれていません。</source>
        <translation>カードが おかれて いません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>マイナンバーカードではないようです。</source>
        <translation>マイナンバーカードでは ないようです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードリーダーが使えません。係員をお呼びください。</source>
        <translation>カードリーダーが つかえません。{係|かかり}の {人|ひと}を よんで ください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>カードを読み取れませんでした。係員をお呼びください。</source>
        <translation>カードを {読|よ}めませんでした。{係|かかり}の {人|ひと}を よんで ください。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>生年月日を入力してください。年はカードに書かれているとおりに入力します（「昭和55年」なら 55、「1998年」なら 1998）。</source>
        <translation>{生|う}まれた {日|ひ}を いれて ください。{年|とし}は カードに {書|か}いてある とおりに いれます（「しょうわ 55ねん」なら 55、「1998ねん」なら 1998）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>「有効期限」の年（西暦4けた）を入力してください。</source>
        <translation>「{有効期限|ゆうこうきげん}」の {年|とし}（せいれき 4けた）を いれて ください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>顔写真の下にある、数字4けたのセキュリティコードを入力してください。</source>
        <translation>{顔|かお}の {写真|しゃしん}の {下|した}に ある、{数字|すうじ} 4けたの セキュリティコードを いれて ください。</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>間違えられる回数：あと %n 回</source>
        <translation>
            <numerusform>まちがえられる {回数|かいすう}：あと %n{回|かい}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>残り1回です。間違えると、この方法では読み取れなくなります。</source>
        <translation>あと 1{回|かい}です。まちがえると、この やりかたでは {読|よ}めなく なります。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>確認して入力する</source>
        <translation>たしかめて いれる</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>入力せずに係員を呼ぶ</source>
        <translation>いれないで {係|かかり}の {人|ひと}を よぶ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>年</source>
        <translation>{年|ねん}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>月</source>
        <translation>{月|がつ}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日</source>
        <translation>{日|にち}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>有効期限の年</source>
        <translation>{有効期限|ゆうこうきげん}の {年|とし}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>セキュリティコード</source>
        <translation>セキュリティコード</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <location filename="../qml/FormSections.qml" line="+14"/>
        <location filename="../qml/screens/Confirm.qml" line="+11"/>
        <source>届出</source>
        <translation>{届|とど}け</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>新しい住所</source>
        <translation>{新|あたら}しい {住所|じゅうしょ}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+1"/>
        <source>前の住所</source>
        <translation>まえの {住所|じゅうしょ}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>引っ越し先</source>
        <translation>{引|ひ}っ{越|こ}しする ところ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+1"/>
        <source>引っ越す人</source>
        <translation>{引|ひ}っ{越|こ}しする {人|ひと}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>世帯</source>
        <translation>{世帯|せたい}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>ほかの手続き</source>
        <translation>ほかの {手続|てつづ}き</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../qml/screens/Confirm.qml" line="+3"/>
        <source>届出の種類</source>
        <translation>{届|とど}けの しゅるい</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>引っ越しの日</source>
        <translation>{引|ひ}っ{越|こ}しの {日|ひ}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>届出日</source>
        <translation>{届|とど}けを {出|だ}す {日|ひ}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+1"/>
        <source>郵便番号</source>
        <translation>{郵便番号|ゆうびんばんごう}</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>住所</source>
        <translation>{住所|じゅうしょ}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <location line="+4"/>
        <source>世帯主</source>
        <translation>{世帯主|せたいぬし}</translation>
    </message>
    <message>
        <location line="-9"/>
        <location filename="../qml/screens/Confirm.qml" line="-3"/>
        <source>手続き</source>
        <translation>{手続|てつづ}き</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../qml/screens/Confirm.qml" line="+3"/>
        <source>妻</source>
        <translation>つま</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>夫</source>
        <translation>おっと</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>子</source>
        <translation>こども</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+1"/>
        <source>父</source>
        <translation>ちち</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>母</source>
        <translation>はは</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>兄</source>
        <translation>あに</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>弟</source>
        <translation>おとうと</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>姉</source>
        <translation>あね</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../qml/screens/Confirm.qml" line="+1"/>
        <source>妹</source>
        <translation>いもうと</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>同居人</source>
        <translation>いっしょに {住|す}む {人|ひと}</translation>
    </message>
    <message>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>わからない（係員に相談）</source>
        <translation>わからない（{係|かかり}の {人|ひと}に きく）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>転入届</source>
        <translation>{転入届|てんにゅうとどけ}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>転居届</source>
        <translation>{転居届|てんきょとどけ}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>転出届</source>
        <translation>{転出届|てんしゅつとどけ}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>内容を確かめてください</source>
        <translation>ないようを たしかめて ください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>この内容で届出書を作ります。直すときは「直す」を押してください。</source>
        <translation>この ないようで {届|とど}けの {紙|かみ}を つくります。なおす ときは「なおす」を おして ください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../qml/screens/ConfirmSections.qml" line="+10"/>
        <source>署名へ進む</source>
        <translation>サインへ すすむ</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>直す</source>
        <translation>なおす</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1を直す</source>
        <translation>%1を なおす</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>（係員が入力します）</source>
        <translation>（{係|かかり}の {人|ひと}が {書|か}きます）</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>下に続きがあります（押すと進みます）</source>
        <translation>{下|した}に つづきが あります（おすと すすみます）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>これで全部です。よければ「署名へ進む」を押してください。</source>
        <translation>これで {全部|ぜんぶ}です。よければ「サインへ すすむ」を おして ください。</translation>
    </message>
    <message>
        <location filename="../qml/FormSections.qml" line="+71"/>
        <location filename="../qml/screens/Confirm.qml" line="-38"/>
        <source>カードで確認</source>
        <translation>カードで たしかめました</translation>
    </message>
    <message>
        <location filename="../qml/screens/Confirm.qml" line="+6"/>
        <source>係員が確認します</source>
        <translation>{係|かかり}の {人|ひと}が たしかめます</translation>
    </message>
</context>
<context>
    <name>ConfirmSections</name>
    <message>
        <location filename="../qml/screens/ConfirmSections.qml" line="-3"/>
        <source>内容を一つずつ確かめてください</source>
        <translation>ひとつずつ たしかめて ください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正しければ「確認しました」を押してください。すべて確かめると署名できます。</source>
        <translation>{正|ただ}しければ「かくにん しました」を おして ください。ぜんぶ たしかめると、サインが できます。</translation>
    </message>
</context>
<context>
    <name>Done</name>
    <message>
        <location filename="../qml/screens/Done.qml" line="+8"/>
        <source>受け付けました</source>
        <translation>うけつけました</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>受付番号</source>
        <translation>{受付番号|うけつけばんごう}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>番号を呼ばれるまで、お待ちください。係員が内容を確認します。</source>
        <translation>{番号|ばんごう}を よばれるまで まって ください。{係|かかり}の {人|ひと}が ないようを たしかめます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>残りの項目は係員が入力します。このままお待ちください。係員が受付番号をお伝えします。</source>
        <translation>のこりは {係|かかり}の {人|ひと}が {書|か}きます。ここで まって ください。{係|かかり}の {人|ひと}が {受付番号|うけつけばんごう}を つたえます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>届出日：%1</source>
        <translation>{届|とど}けを {出|だ}した {日|ひ}：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>カードをお取りください。</source>
        <translation>カードを とって ください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>終わる</source>
        <translation>おわる</translation>
    </message>
</context>
<context>
    <name>FormSections</name>
    <message>
        <location filename="../qml/FormSections.qml" line="-94"/>
        <source>届出人</source>
        <translation>{届|とど}けを {出|だ}す {人|ひと}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>区分</source>
        <translation>しゅるい</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>氏名</source>
        <translation>{名前|なまえ}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>関係</source>
        <translation>かんけい</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人確認</source>
        <translation>{本人|ほんにん}の かくにん</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>委任状</source>
        <translation>いにんじょう</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>世帯変更の区分</source>
        <translation>{世帯|せたい}の {変更|へんこう}の しゅるい</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>確認済み</source>
        <translation>かくにん ずみ</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>確認しました</source>
        <translation>かくにん しました</translation>
    </message>
</context>
<context>
    <name>Furigana</name>
    <message>
        <location filename="../qml/screens/Furigana.qml" line="+19"/>
        <source>%1 さんのお名前の読み方（フリガナ）を選んでください</source>
        <translation>%1 さんの {名前|なまえ}の {読|よ}み{方|かた}（フリガナ）を {選|えら}んで ください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>お名前の読み方（フリガナ）を入力してください</source>
        <translation>あなたの {名前|なまえ}の {読|よ}み{方|かた}（フリガナ）を {入力|にゅうりょく}して ください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>お名前の読み方（フリガナ）を選んでください</source>
        <translation>あなたの {名前|なまえ}の {読|よ}み{方|かた}（フリガナ）を {選|えら}んで ください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住民票に載ります。カタカナで入力してください。</source>
        <translation>{住民票|じゅうみんひょう}に {書|か}かれます。カタカナで {入力|にゅうりょく}して ください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住民票に載ります。合うものを押してください。</source>
        <translation>{住民票|じゅうみんひょう}に {書|か}かれます。{正|ただ}しい ものを {押|お}して ください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>これで決定</source>
        <translation>これで {決|き}める</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>名字と名前の読み方を、それぞれ選ぶか入力してください。</source>
        <translation>{名字|みょうじ}と {名前|なまえ}の {読|よ}み{方|かた}を、それぞれ {選|えら}ぶか {入力|にゅうりょく}して ください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>読み方を選ぶか入力してください。</source>
        <translation>{読|よ}み{方|かた}を {選|えら}ぶか {入力|にゅうりょく}して ください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>読み方は、カタカナかひらがなで入力してください。</source>
        <translation>{読|よ}み{方|かた}は、カタカナか ひらがなで {入力|にゅうりょく}して ください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>読み方が長すぎます。</source>
        <translation>{読|よ}み{方|かた}が {長|なが}すぎます。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>フリガナは、お名前を日本語でどう読むかをカタカナで書いたものです。</source>
        <translation>フリガナは、{名前|なまえ}を {日本語|にほんご}で どう {読|よ}むかを カタカナで {書|か}いた ものです。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>氏名</source>
        <translation>{名前|なまえ}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名字（氏）</source>
        <translation>{名字|みょうじ}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>名前（名）</source>
        <translation>{名前|なまえ}</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>ほかの読み方を入力</source>
        <translation>ほかの {読|よ}み{方|かた}を {入力|にゅうりょく}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>読み方を入力</source>
        <translation>{読|よ}み{方|かた}を {入力|にゅうりょく}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>例：ヤマダ</source>
        <translation>れい：ヤマダ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>読み方（カタカナ）</source>
        <translation>{読|よ}み{方|かた}（カタカナ）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>決定</source>
        <translation>{決|き}める</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>わからない</source>
        <translation>わからない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>読み方は係員が入力します</source>
        <translation>{読|よ}み{方|かた}は {係|かかり}の {人|ひと}が {入力|にゅうりょく}します</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <location filename="../qml/screens/Guide.qml" line="+10"/>
        <source>引っ越し先は外国ですか？</source>
        <translation>{外国|がいこく}へ {引|ひ}っ{越|こ}しますか？</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>外国から引っ越してきましたか？</source>
        <translation>{外国|がいこく}から {引|ひ}っ{越|こ}して きましたか？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>どの引っ越しですか？</source>
        <translation>どんな {引|ひ}っ{越|こ}しですか？</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>転居の届出になります</source>
        <translation>「{転居|てんきょ}」の {届|とど}けです</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>転入の届出になります</source>
        <translation>「{転入|てんにゅう}」の {届|とど}けです</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1の中で引っ越しました</source>
        <translation>%1の {中|なか}で {引|ひ}っ{越|こ}しました</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ほかの市区町村や外国から、%1へ引っ越してきました</source>
        <translation>ほかの {市|し}や {町|まち}や {外国|がいこく}から %1へ {引|ひ}っ{越|こ}して きました</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1から、ほかの市区町村や外国へ引っ越します</source>
        <translation>%1から ほかの {市|し}や {町|まち}や {外国|がいこく}へ {引|ひ}っ{越|こ}します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>転出の届出になります</source>
        <translation>「{転出|てんしゅつ}」の {届|とど}けです</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>どれでもない・わからない</source>
        <translation>どれでもない・わからない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>係員がお手伝いします</source>
        <translation>{係|かかり}の {人|ひと}が てつだいます</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>いいえ（日本国内）</source>
        <translation>いいえ（{日本|にほん}の {中|なか}）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>はい（外国）</source>
        <translation>はい（{外国|がいこく}）</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <location filename="../qml/screens/Identity.qml" line="+10"/>
        <source>あなたの情報はこれで合っていますか？</source>
        <translation>あなたの ことは これで あっていますか？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードから読み取りました。</source>
        <translation>カードから {読|よ}みました。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>氏名</source>
        <translation>{名前|なまえ}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住所</source>
        <translation>{住所|じゅうしょ}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生年月日</source>
        <translation>{生|う}まれた {日|ひ}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>性別</source>
        <translation>{性別|せいべつ}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>男</source>
        <translation>{男|おとこ}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>女</source>
        <translation>{女|おんな}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>記載なし</source>
        <translation>{書|か}いて いません</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>カードで確認</source>
        <translation>カードで たしかめました</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>はい、合っています</source>
        <translation>はい、あっています</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>いいえ、違います</source>
        <translation>いいえ、ちがいます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>係員がお手伝いします</source>
        <translation>{係|かかり}の {人|ひと}が てつだいます</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../qml/Keypad.qml" line="+30"/>
        <location line="+2"/>
        <source>1字消す</source>
        <translation>1{字|じ} けす</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ハイフン</source>
        <translation>ハイフン</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="+54"/>
        <source>画面を下に寄せています</source>
        <translation>{画面|がめん}を {下|した}に よせて います</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>係員を呼びました。このままお待ちください。入力した内容はそのまま残ります。</source>
        <translation>{係|かかり}の {人|ひと}を よびました。ここで まって ください。いれた ことは きえません。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>カードを読み取っています。カードを動かさないでください。</source>
        <translation>カードを {読|よ}んでいます。カードを うごかさないで ください。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>やめますか？</source>
        <translation>やめますか？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入力した内容はすべて消えます。</source>
        <translation>{入力|にゅうりょく}した ことは ぜんぶ きえます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>やめる</source>
        <translation>やめる</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>続ける</source>
        <translation>つづける</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>カードが外れました</source>
        <translation>カードが はずれました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ありがとうございました</source>
        <translation>ありがとうございました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>続けますか？</source>
        <translation>つづけますか？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>カードをもう一度置くと続けられます。</source>
        <translation>もう いちど カードを おくと つづけられます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>まもなく最初の画面に戻ります。</source>
        <translation>もうすぐ はじめの {画面|がめん}に もどります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>しばらく操作がありません。続けるときは画面に触れてください。</source>
        <translation>しばらく さわって いません。つづける ときは {画面|がめん}に さわって ください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>あと %1 秒で入力した内容を消します。</source>
        <translation>あと %1{秒|びょう}で {入力|にゅうりょく}した ことを けします。</translation>
    </message>
</context>
<context>
    <name>Mirror</name>
    <message>
        <location filename="../qml/screens/Mirror.qml" line="+7"/>
        <source>係員が入力しています</source>
        <translation>{係|かかり}の {人|ひと}が {書|か}いています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入力した内容です。違うところがあれば係員に伝えてください。</source>
        <translation>{入力|にゅうりょく}した ことです。ちがう ところが あったら、{係|かかり}の {人|ひと}に {言|い}って ください。</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../qml/Page.qml" line="+13"/>
        <source>次へ</source>
        <translation>つぎへ</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>手順 %1 / %2</source>
        <translation>{手順|てじゅん} %1 / %2</translation>
    </message>
    <message>
        <location line="+90"/>
        <location line="+1"/>
        <source>戻る</source>
        <translation>もどる</translation>
    </message>
</context>
<context>
    <name>PaperSign</name>
    <message>
        <location filename="../qml/screens/PaperSign.qml" line="+7"/>
        <source>紙の届書に署名してください</source>
        <translation>{紙|かみ}に サインして ください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>係員が届書を印刷します。署名欄に手書きで署名してください。</source>
        <translation>{係|かかり}の {人|ひと}が {紙|かみ}を {印刷|いんさつ}します。サインの ところに {手|て}で サインして ください。</translation>
    </message>
</context>
<context>
    <name>Pin</name>
    <message>
        <location filename="../qml/screens/Pin.qml" line="+12"/>
        <source>ご家族のカードの暗証番号を入力してください</source>
        <translation>かぞくの カードの {暗証番号|あんしょうばんごう}を いれて ください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>暗証番号（数字4けた）を入力してください</source>
        <translation>{暗証番号|あんしょうばんごう}（{数字|すうじ} 4つ）を いれて ください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードを受け取ったときに決めた、数字4けたの暗証番号です。</source>
        <translation>カードを もらった ときに きめた {数字|すうじ} 4つです。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>暗証番号が違います。あと %n 回間違えるとカードがロックされます。</source>
        <translation>
            <numerusform>{暗証番号|あんしょうばんごう}が ちがいます。あと %n{回|かい} まちがえると カードが ロックされます。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>残り1回です。先に「確認して入力する」を押してください。</source>
        <translation>のこり 1{回|かい}です。さきに「たしかめて いれる」を おして ください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードが離れました。カードを置き直してください。</source>
        <translation>カードが はなれました。もう いちど カードを おいて ください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードが置かれていません。</source>
        <translation>カードが おかれて いません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>マイナンバーカードではないようです。</source>
        <translation>マイナンバーカードでは ないようです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードリーダーが使えません。係員をお呼びください。</source>
        <translation>カードリーダーが つかえません。{係|かかり}の {人|ひと}を よんで ください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数字4けたで入力してください。</source>
        <translation>{数字|すうじ} 4つを いれて ください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>カードを読み取れませんでした。係員をお呼びください。</source>
        <translation>カードを {読|よ}めませんでした。{係|かかり}の {人|ひと}を よんで ください。</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>間違えられる回数：あと %n 回</source>
        <translation>
            <numerusform>まちがえられる {回数|かいすう}：あと %n{回|かい}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>3回続けて間違えるとカードがロックされ、市区町村の窓口での手続きが必要になります。</source>
        <translation>3{回|かい} つづけて まちがえると カードが ロックされます。ロックを はずすには {市役所|しやくしょ}などへ いく ひつようが あります。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>残り1回です。間違えるとカードがロックされます。</source>
        <translation>のこり 1{回|かい}です。まちがえると カードが ロックされます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>自信がないときは、入力せずに係員をお呼びください。</source>
        <translation>じしんが ない ときは、いれないで {係|かかり}の {人|ひと}を よんで ください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>確認して入力する</source>
        <translation>たしかめて いれる</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>入力せずに係員を呼ぶ</source>
        <translation>いれないで {係|かかり}の {人|ひと}を よぶ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>暗証番号がわからない</source>
        <translation>{暗証番号|あんしょうばんごう}が わからない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードの表面の数字で読み取ります</source>
        <translation>カードの {表|おもて}の {数字|すうじ}で {読|よ}みます</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>スマートフォンで入力した方</source>
        <translation>スマートフォンで {入力|にゅうりょく}した {人|ひと}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>二次元コードを読み取ります</source>
        <translation>QRコードを {読|よ}みます</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>スマートフォンの内容を読み取りました。</source>
        <translation>スマートフォンの {内容|ないよう}を {読|よ}みました。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>入力した数字：%1 けた</source>
        <translation>いれた {数字|すうじ}：%1つ</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>決定</source>
        <translation>けってい</translation>
    </message>
</context>
<context>
    <name>PlaceMember</name>
    <message>
        <location filename="../qml/screens/PlaceMember.qml" line="+6"/>
        <source>追加する人のカードを置いてください</source>
        <translation>ふやす {人|ひと}の カードを おいて ください</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>今置いているカードを取ってから、追加する人のカードを置いてください。</source>
        <translation>いま おいて いる カードを とってから、ふやす {人|ひと}の カードを おいて ください。</translation>
    </message>
</context>
<context>
    <name>Preentry</name>
    <message>
        <location filename="../qml/screens/Preentry.qml" line="+12"/>
        <source>読み取りました。マイナンバーカードを置いてください</source>
        <translation>{読|よ}みました。マイナンバーカードを おいて ください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>スマートフォンの二次元コードを読み取ります</source>
        <translation>スマートフォンの QRコードを {読|よ}みます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>家で入力した内容を使って、届出を作ります。</source>
        <translation>{家|いえ}で {入力|にゅうりょく}した ことを つかって、{届|とど}けを つくります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>この窓口で使えるコードではありません。入力ページの最後に表示されたコードをかざしてください。</source>
        <translation>この {窓口|まどぐち}では つかえない コードです。{入力|にゅうりょく}の ページの さいごに でた コードを みせて ください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>コードを読み取れませんでした。もう一度かざしてください。</source>
        <translation>コードを {読|よ}めませんでした。もう {一度|いちど} みせて ください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このコードの形式は、この窓口ではまだ読めません。係員をお呼びください。</source>
        <translation>この {窓口|まどぐち}では、この コードは まだ {読|よ}めません。{係|かかり}の {人|ひと}を よんで ください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>コードに個人番号のような数字が入っているため、使えません。係員をお呼びください。</source>
        <translation>コードに {個人番号|こじんばんごう}の ような {数字|すうじ}が あるので、つかえません。{係|かかり}の {人|ひと}を よんで ください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>コードの内容に誤りがあります。係員をお呼びください。</source>
        <translation>コードの {内容|ないよう}に まちがいが あります。{係|かかり}の {人|ひと}を よんで ください。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>カメラの映像</source>
        <translation>カメラの {画面|がめん}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>この端末にはカメラがありません。</source>
        <translation>この きかいには カメラが ありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>二次元コードを読み取り機にかざしてください。</source>
        <translation>QRコードを {読|よ}む きかいに みせて ください。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>スマートフォンに表示した二次元コードを、カメラに向けてください。読み取り機でも読み取れます。</source>
        <translation>スマートフォンに でた QRコードを カメラに むけて ください。{読|よ}む きかいでも {読|よ}めます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入力ページの最後に表示された二次元コードを使います。</source>
        <translation>{入力|にゅうりょく}の ページの さいごに でた QRコードを つかいます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>スマートフォンの内容を読み取りました。</source>
        <translation>スマートフォンの {内容|ないよう}を {読|よ}みました。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>このあとマイナンバーカードで本人を確かめます。カードの内容が、入力した内容より優先されます。</source>
        <translation>このあと マイナンバーカードで あなたか どうか たしかめます。カードに ある ことが {入力|にゅうりょく}した ことより {先|さき}です。</translation>
    </message>
</context>
<context>
    <name>Sign</name>
    <message>
        <location filename="../qml/screens/Sign.qml" line="+7"/>
        <source>指で署名してください</source>
        <translation>{指|ゆび}で サインして ください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>署名すると、この内容で届け出ます。</source>
        <translation>サインすると、この ないようで {届|とど}けを {出|だ}します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>署名欄に名前を書いてください。</source>
        <translation>サインの ところに {名前|なまえ}を {書|か}いて ください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>届出書に足りないところがあります。係員をお呼びください。</source>
        <translation>{届|とど}けに たりない ところが あります。{係|かかり}の {人|ひと}を よんで ください。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>書き直す</source>
        <translation>{書|か}きなおす</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>この内容で届け出る</source>
        <translation>この ないようで {届|とど}ける</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../qml/SignaturePad.qml" line="+15"/>
        <source>署名欄: 指で名前を書いてください</source>
        <translation>サインの ところ：{指|ゆび}で {名前|なまえ}を {書|か}いて ください</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <location filename="../qml/screens/Staff.qml" line="+6"/>
        <source>係員がお手伝いします</source>
        <translation>{係|かかり}の {人|ひと}が てつだいます</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>このままお待ちください。係員がまいります。</source>
        <translation>ここで まって ください。{係|かかり}の {人|ひと}が きます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>本人確認の書類（在留カード、運転免許証など）をお持ちでしたら、ご用意ください。</source>
        <translation>あなたが だれか わかる もの（{在留|ざいりゅう}カード、{運転免許証|うんてんめんきょしょう}など）が あれば、じゅんびして ください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>最初の画面に戻る</source>
        <translation>はじめの {画面|がめん}に もどる</translation>
    </message>
</context>
<context>
    <name>StepBanchi</name>
    <message>
        <location filename="../qml/screens/StepBanchi.qml" line="+7"/>
        <source>番地を入力してください</source>
        <translation>{番地|ばんち}を いれて ください</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>番地</source>
        <translation>{番地|ばんち}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>例：1丁目2番3号なら 1-2-3</source>
        <translation>れい：1{丁目|ちょうめ}2{番|ばん}3{号|ごう}なら 1-2-3</translation>
    </message>
</context>
<context>
    <name>StepBrowse</name>
    <message>
        <location filename="../qml/screens/StepBrowse.qml" line="+13"/>
        <source>都道府県を選んでください</source>
        <translation>{都道府県|とどうふけん}を えらんで ください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>市区町村を選んでください</source>
        <translation>{市|し}・{区|く}・{町|まち}・{村|むら}を えらんで ください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>町名を選んでください</source>
        <translation>{町|まち}の {名前|なまえ}を えらんで ください</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1行</source>
        <translation>%1の ぎょう</translation>
    </message>
</context>
<context>
    <name>StepCandidates</name>
    <message>
        <location filename="../qml/screens/StepCandidates.qml" line="+7"/>
        <source>住所を選んでください</source>
        <translation>{住所|じゅうしょ}を えらんで ください</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>この中にない</source>
        <translation>この {中|なか}に ない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>都道府県と市区町村から選びます</source>
        <translation>{都道府県|とどうふけん}と {市|し}・{町|まち}・{村|むら}から えらびます</translation>
    </message>
</context>
<context>
    <name>StepCountry</name>
    <message>
        <location filename="../qml/screens/StepCountry.qml" line="+8"/>
        <source>引っ越し先の国はどこですか？</source>
        <translation>どこの {国|くに}へ {引|ひ}っ{越|こ}しますか？</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>どこの国から引っ越してきましたか？</source>
        <translation>どこの {国|くに}から {引|ひ}っ{越|こ}して きましたか？</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>国名</source>
        <translation>{国|くに}の {名前|なまえ}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>現地の住所（わかれば）</source>
        <translation>その {国|くに}の {住所|じゅうしょ}（わかれば）</translation>
    </message>
</context>
<context>
    <name>StepDate</name>
    <message>
        <location filename="../qml/screens/StepDate.qml" line="+7"/>
        <source>引っ越す日（予定日）はいつですか？</source>
        <translation>いつ {引|ひ}っ{越|こ}しますか（よていの {日|ひ}）？</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>引っ越した日はいつですか？</source>
        <translation>いつ {引|ひ}っ{越|こ}しましたか？</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>和暦（令和）</source>
        <translation>{和暦|われき}（{令和|れいわ}）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>西暦</source>
        <translation>{西暦|せいれき}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>年</source>
        <translation>{年|ねん}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>月</source>
        <translation>{月|がつ}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日</source>
        <translation>{日|にち}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1を1つ前に</source>
        <translation>%1を 1つ まえへ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1を1つ後に</source>
        <translation>%1を 1つ あとへ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>今日</source>
        <translation>きょう</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>昨日</source>
        <translation>きのう</translation>
    </message>
</context>
<context>
    <name>StepHousehold</name>
    <message>
        <location filename="../qml/screens/StepHousehold.qml" line="+9"/>
        <source>妻</source>
        <translation>つま</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>夫</source>
        <translation>おっと</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>子</source>
        <translation>こども</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>父</source>
        <translation>ちち</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>母</source>
        <translation>はは</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>兄</source>
        <translation>あに</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>弟</source>
        <translation>おとうと</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>姉</source>
        <translation>あね</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>妹</source>
        <translation>いもうと</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>同居人</source>
        <translation>いっしょに {住|す}む {人|ひと}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>わからない（係員に相談）</source>
        <translation>わからない（{係|かかり}の {人|ひと}に きく）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>追加した人 %1</source>
        <translation>ふやした {人|ひと} %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>世帯主はだれですか？</source>
        <translation>{世帯主|せたいぬし}は だれですか？</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>ここにいない人</source>
        <translation>ここに いない {人|ひと}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>世帯主の名前は係員が確認します</source>
        <translation>{世帯主|せたいぬし}の {名前|なまえ}は {係|かかり}の {人|ひと}が たしかめます</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 は世帯主から見て：</source>
        <translation>%1は {世帯主|せたいぬし}から みて：</translation>
    </message>
</context>
<context>
    <name>StepKatagaki</name>
    <message>
        <location filename="../qml/screens/StepKatagaki.qml" line="+8"/>
        <source>建物の名前と部屋番号を入力してください</source>
        <translation>たてものの {名前|なまえ}と へやの {番号|ばんごう}を いれて ください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>一戸建てなど、建物の名前がないときは「なし」を押してください。</source>
        <translation>いっこだてなどで、たてものの {名前|なまえ}が ない ときは「なし」を おして ください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>住民票に載るため、日本語（かな・漢字・数字）で入力してください。</source>
        <translation>{住民票|じゅうみんひょう}に のるので、{日本語|にほんご}（かな・{漢字|かんじ}・{数字|すうじ}）で いれて ください。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>建物の名前と部屋番号</source>
        <translation>たてものの {名前|なまえ}と へやの {番号|ばんごう}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>なし</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>StepMembers</name>
    <message>
        <location filename="../qml/screens/StepMembers.qml" line="+8"/>
        <source>一緒に引っ越す人はいますか？</source>
        <translation>いっしょに {引|ひ}っ{越|こ}す {人|ひと}は いますか？</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>（係員が入力します）</source>
        <translation>（{係|かかり}の {人|ひと}が {書|か}きます）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>カードで確認</source>
        <translation>カードで たしかめました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>スマートフォンで入力</source>
        <translation>スマートフォンで {入力|にゅうりょく}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>転出の届出の情報</source>
        <translation>{引|ひ}っ{越|こ}す {前|まえ}の {届|とど}けの {情報|じょうほう}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードなし</source>
        <translation>カードなし</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>外す</source>
        <translation>はずす</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>カードを持っている人を追加</source>
        <translation>カードを もっている {人|ひと}を ふやす</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>その人のカードと暗証番号が必要です</source>
        <translation>その {人|ひと}の カードと {暗証番号|あんしょうばんごう}が いります</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>カードがない人を追加</source>
        <translation>カードが ない {人|ひと}を ふやす</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>係員があとで入力します</source>
        <translation>あとで {係|かかり}の {人|ひと}が {書|か}きます</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../qml/StepPage.qml" line="+12"/>
        <source>確認画面へ</source>
        <translation>たしかめる {画面|がめん}へ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>次へ</source>
        <translation>つぎへ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>日付を選んでください。</source>
        <translation>{日|ひ}を えらんで ください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>引っ越した日は、今日より後にできません。</source>
        <translation>{引|ひ}っ{越|こ}した {日|ひ}は、きょうより あとに できません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>この郵便番号は見つかりません。番号を確かめてください。</source>
        <translation>この {郵便番号|ゆうびんばんごう}は ありません。{番号|ばんごう}を たしかめて ください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住所を1つ選んでください。</source>
        <translation>{住所|じゅうしょ}を 1つ えらんで ください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>番地を入力してください。</source>
        <translation>{番地|ばんち}を いれて ください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>国名を入力してください。</source>
        <translation>{国|くに}の {名前|なまえ}を いれて ください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>世帯主を選んでください。</source>
        <translation>{世帯主|せたいぬし}を えらんで ください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全員の続柄を選んでください。</source>
        <translation>みんなの つづきがら（{世帯主|せたいぬし}との かんけい）を えらんで ください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>すべての質問に答えてください。</source>
        <translation>ぜんぶの しつもんに こたえて ください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>入力を確かめてください。</source>
        <translation>いれた ことを たしかめて ください。</translation>
    </message>
</context>
<context>
    <name>StepPostal</name>
    <message>
        <location filename="../qml/screens/StepPostal.qml" line="+8"/>
        <source>引っ越し先の郵便番号を入力してください</source>
        <translation>{引|ひ}っ{越|こ}しする ところの {郵便番号|ゆうびんばんごう}を いれて ください</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新しい住所の郵便番号を入力してください</source>
        <translation>{新|あたら}しい {住所|じゅうしょ}の {郵便番号|ゆうびんばんごう}を いれて ください</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>郵便番号がわからない</source>
        <translation>{郵便番号|ゆうびんばんごう}が わからない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>都道府県と市区町村から選びます</source>
        <translation>{都道府県|とどうふけん}と {市|し}・{町|まち}・{村|むら}から えらびます</translation>
    </message>
</context>
<context>
    <name>StepRelated</name>
    <message>
        <location filename="../qml/screens/StepRelated.qml" line="+7"/>
        <source>ほかの手続きのための質問です</source>
        <translation>ほかの {手続|てつづ}きの ための しつもんです</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>国民健康保険に入っていますか（入りますか）？</source>
        <translation>{国民健康保険|こくみんけんこうほけん}に はいって いますか（はいりますか）？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>障害者手帳を持っている人はいますか？</source>
        <translation>{障害者手帳|しょうがいしゃてちょう}を もっている {人|ひと}は いますか？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>犬を飼っていますか？</source>
        <translation>{犬|いぬ}を かって いますか？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1で印鑑登録をしていますか？</source>
        <translation>%1で {印鑑登録|いんかんとうろく}を して いますか？</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>はい</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>いいえ</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/TopBar.qml" line="+74"/>
        <source>文字を元に戻す</source>
        <translation>{字|じ}を もとの {大|おお}きさに</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文字を大きく</source>
        <translation>{字|じ}を {大|おお}きく</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>読み上げ</source>
        <translation>{読|よ}みあげ</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>係員を呼びました</source>
        <translation>{係|かかり}の {人|ひと}を よびました</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>係員を呼ぶ</source>
        <translation>{係|かかり}の {人|ひと}を よぶ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>画面を下に寄せる</source>
        <translation>{画面|がめん}を {下|した}に よせる</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>白黒反転</source>
        <translation>いろを かえる</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>文字をもっと大きく</source>
        <translation>{字|じ}を もっと {大|おお}きく</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>やめる</source>
        <translation>やめる</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../qml/screens/Welcome.qml" line="+31"/>
        <source>マイナンバーカードを置いてください</source>
        <translation>マイナンバーカードを おいて ください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>カードの読み取りで、引っ越しの届出を書かずに作れます。</source>
        <translation>カードを {読|よ}むと、{引|ひ}っ{越|こ}しの {届|とど}けを {書|か}かないで つくれます。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>言語を選んでください</source>
        <translation>ことばを えらんで ください</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>スマートフォンで入力した方</source>
        <translation>スマートフォンで {入力|にゅうりょく}した {人|ひと}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>二次元コードを読み取ります</source>
        <translation>QRコードを {読|よ}みます</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>カードがない・暗証番号がわからない</source>
        <translation>カードが ない・{暗証番号|あんしょうばんごう}が わからない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>係員がお手伝いします</source>
        <translation>{係|かかり}の {人|ひと}が てつだいます</translation>
    </message>
</context>
</TS>
