<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ne_NP" sourcelanguage="ja">
<context>
    <name>Blocked</name>
    <message>
        <location filename="../qml/screens/Blocked.qml" line="+9"/>
        <source>カードの表面の数字での読み取りがロックされています</source>
        <translation>कार्डको अगाडिका अङ्कबाट पढ्ने तरिका लक भयो</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>暗証番号がロックされています</source>
        <translation>PIN लक भएको छ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>表面の数字を何度も間違えたため、この方法では読み取れません。</source>
        <translation>अगाडिका अङ्क धेरै पटक गलत हालिएकाले यो तरिकाले पढ्न मिल्दैन।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このカードは、暗証番号を3回間違えたためロックされています。</source>
        <translation>PIN ३ पटक गलत हालिएकाले यो कार्ड लक भएको छ।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ロックの解除（暗証番号の再設定）は、市区町村の窓口でできます。カードと、住所地の市区町村の窓口で本人確認を受けてください。</source>
        <translation>लक खोल्न (PIN फेरि सेट गर्न) नगरपालिकाको काउन्टरमा जानुहोस्। कार्ड लिएर तपाईं बस्ने शहरको कार्यालयमा पहिचान जाँच गराउनुहोस्।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>今日の届出は、係員がカードなしでお手伝いします。</source>
        <translation>आजको सूचनाका लागि कर्मचारीले कार्ड बिना नै सहयोग गर्नुहुनेछ।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>係員を呼ぶ</source>
        <translation>कर्मचारीलाई बोलाउनुहोस्</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>カードの表面の数字で読み取る</source>
        <translation>कार्डको अगाडिका अङ्कबाट पढ्नुहोस्</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>最初の画面に戻る</source>
        <translation>पहिलो स्क्रिनमा फर्कनुहोस्</translation>
    </message>
</context>
<context>
    <name>Btn</name>
    <message>
        <location filename="../qml/Btn.qml" line="+32"/>
        <source>選択中</source>
        <translation>छानिएको</translation>
    </message>
</context>
<context>
    <name>CardFacePicture</name>
    <message>
        <location filename="../qml/CardFacePicture.qml" line="+13"/>
        <source>カードの表面の絵：生年月日、有効期限、セキュリティコードの場所</source>
        <translation>कार्डको अगाडिको चित्र: जन्म मिति, म्याद र सुरक्षा कोड कहाँ छन्</translation>
    </message>
</context>
<context>
    <name>CardPicture</name>
    <message>
        <location filename="../qml/CardPicture.qml" line="+12"/>
        <source>カードリーダーの上にカードを置く絵</source>
        <translation>चित्र: कार्ड रिडरमाथि कार्ड राख्नुहोस्</translation>
    </message>
</context>
<context>
    <name>CodeB</name>
    <message>
        <location filename="../qml/screens/CodeB.qml" line="+51"/>
        <source>カードの表面の数字で読み取ります</source>
        <translation>कार्डको अगाडिका अङ्कबाट पढ्ने</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>暗証番号のかわりに、カードの表面に書かれている数字を3つ入力します。</source>
        <translation>PIN को सट्टा कार्डको अगाडि लेखिएका तीनवटा अङ्क हाल्नुहोस्।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>決定</source>
        <translation>ठीक छ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>次へ</source>
        <translation>अर्को</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>数字が違います。あと %n 回間違えると、この方法では読み取れなくなります。</source>
        <translation>
            <numerusform>अङ्क मिलेन। अझै %n पटक गलत भए यो तरिकाले पढ्न मिल्दैन।</numerusform>
            <numerusform>अङ्क मिलेन। अझै %n पटक गलत भए यो तरिकाले पढ्न मिल्दैन।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>残り1回です。先に「確認して入力する」を押してください。</source>
        <translation>१ पटक मात्र बाँकी छ। पहिले "पुष्टि गरेर हाल्नुहोस्" थिच्नुहोस्।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生年月日を確かめてください。年はカードに書かれているとおりに入力します。</source>
        <translation>जन्म मिति जाँच्नुहोस्। वर्ष कार्डमा लेखिएजस्तै हाल्नुहोस्।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有効期限の年（西暦4けた）を確かめてください。</source>
        <translation>म्याद सकिने वर्ष (४ अङ्क) जाँच्नुहोस्।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>セキュリティコード（数字4けた）を確かめてください。</source>
        <translation>सुरक्षा कोड (४ अङ्क) जाँच्नुहोस्।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入力した数字を確かめてください。</source>
        <translation>हालेका अङ्क जाँच्नुहोस्।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードが離れました。カードを置き直してください。</source>
        <translation>कार्ड सर्‍यो। फेरि कार्ड राख्नुहोस्।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードが置かれていません。</source>
        <translation>रिडरमा कार्ड छैन।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>マイナンバーカードではないようです。</source>
        <translation>यो My Number कार्ड जस्तो देखिँदैन।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードリーダーが使えません。係員をお呼びください。</source>
        <translation>कार्ड रिडर चलाउन मिल्दैन। कर्मचारीलाई बोलाउनुहोस्।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>カードを読み取れませんでした。係員をお呼びください。</source>
        <translation>कार्ड पढ्न सकिएन। कर्मचारीलाई बोलाउनुहोस्।</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>生年月日を入力してください。年はカードに書かれているとおりに入力します（「昭和55年」なら 55、「1998年」なら 1998）。</source>
        <translation>जन्म मिति हाल्नुहोस्। वर्ष कार्डमा लेखिएजस्तै हाल्नुहोस् (昭和55年 भए 55, 1998年 भए 1998)।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>「有効期限」の年（西暦4けた）を入力してください。</source>
        <translation>म्याद सकिने वर्ष (४ अङ्क) हाल्नुहोस्।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>顔写真の下にある、数字4けたのセキュリティコードを入力してください。</source>
        <translation>फोटोको तल रहेको ४ अङ्कको सुरक्षा कोड हाल्नुहोस्।</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>間違えられる回数：あと %n 回</source>
        <translation>
            <numerusform>बाँकी प्रयास: %n</numerusform>
            <numerusform>बाँकी प्रयास: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>残り1回です。間違えると、この方法では読み取れなくなります。</source>
        <translation>१ पटक मात्र बाँकी। गलत भए यो तरिकाले पढ्न मिल्दैन।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>確認して入力する</source>
        <translation>पुष्टि गरेर हाल्नुहोस्</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>入力せずに係員を呼ぶ</source>
        <translation>नहालीकन कर्मचारीलाई बोलाउनुहोस्</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>年</source>
        <translation>वर्ष</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>月</source>
        <translation>महिना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日</source>
        <translation>दिन</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>有効期限の年</source>
        <translation>म्याद सकिने वर्ष</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>セキュリティコード</source>
        <translation>सुरक्षा कोड</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <location filename="../qml/FormSections.qml" line="+14"/>
        <location filename="../qml/screens/Confirm.qml" line="+11"/>
        <source>届出</source>
        <translation>सूचना</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>新しい住所</source>
        <translation>नयाँ ठेगाना</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+1"/>
        <source>前の住所</source>
        <translation>पुरानो ठेगाना</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>引っ越し先</source>
        <translation>सर्ने ठाउँ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+1"/>
        <source>引っ越す人</source>
        <translation>सर्ने व्यक्तिहरू</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>世帯</source>
        <translation>परिवार (घरधुरी)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>ほかの手続き</source>
        <translation>अन्य प्रक्रिया</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../qml/screens/Confirm.qml" line="+3"/>
        <source>届出の種類</source>
        <translation>सूचनाको प्रकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>引っ越しの日</source>
        <translation>सरेको मिति</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>届出日</source>
        <translation>सूचना दिएको मिति</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+1"/>
        <source>郵便番号</source>
        <translation>हुलाक कोड</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>住所</source>
        <translation>ठेगाना</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <location line="+4"/>
        <source>世帯主</source>
        <translation>घरमूली</translation>
    </message>
    <message>
        <location line="-9"/>
        <location filename="../qml/screens/Confirm.qml" line="-3"/>
        <source>手続き</source>
        <translation>प्रक्रिया</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../qml/screens/Confirm.qml" line="+3"/>
        <source>妻</source>
        <translation>श्रीमती</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>夫</source>
        <translation>श्रीमान्</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>子</source>
        <translation>छोराछोरी</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+1"/>
        <source>父</source>
        <translation>बुबा</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>母</source>
        <translation>आमा</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>兄</source>
        <translation>दाजु</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>弟</source>
        <translation>भाइ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>姉</source>
        <translation>दिदी</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../qml/screens/Confirm.qml" line="+1"/>
        <source>妹</source>
        <translation>बहिनी</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>同居人</source>
        <translation>सँगै बस्ने व्यक्ति</translation>
    </message>
    <message>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>わからない（係員に相談）</source>
        <translation>थाहा छैन (कर्मचारीलाई सोध्नुहोस्)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>転入届</source>
        <translation>आगमन सूचना (転入届)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>転居届</source>
        <translation>शहरभित्र ठेगाना परिवर्तन (転居届)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>転出届</source>
        <translation>प्रस्थान सूचना (転出届)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>内容を確かめてください</source>
        <translation>विवरण जाँच गर्नुहोस्</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>この内容で届出書を作ります。直すときは「直す」を押してください。</source>
        <translation>यही विवरणबाट फारम बनाइनेछ। बदल्न "सच्याउनुहोस्" थिच्नुहोस्।</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../qml/screens/ConfirmSections.qml" line="+10"/>
        <source>署名へ進む</source>
        <translation>हस्ताक्षरतर्फ जानुहोस्</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>直す</source>
        <translation>सच्याउनुहोस्</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1を直す</source>
        <translation>%1 सच्याउनुहोस्</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>（係員が入力します）</source>
        <translation>(कर्मचारीले भर्नुहुनेछ)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>下に続きがあります（押すと進みます）</source>
        <translation>तल अझै छ (अगाडि जान थिच्नुहोस्)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>これで全部です。よければ「署名へ進む」を押してください。</source>
        <translation>यति नै हो। ठीक भए "हस्ताक्षरतर्फ जानुहोस्" थिच्नुहोस्।</translation>
    </message>
    <message>
        <location filename="../qml/FormSections.qml" line="+71"/>
        <location filename="../qml/screens/Confirm.qml" line="-38"/>
        <source>カードで確認</source>
        <translation>कार्डबाट पुष्टि भयो</translation>
    </message>
    <message>
        <location filename="../qml/screens/Confirm.qml" line="+6"/>
        <source>係員が確認します</source>
        <translation>कर्मचारीले जाँच्नुहुनेछ</translation>
    </message>
</context>
<context>
    <name>ConfirmSections</name>
    <message>
        <location filename="../qml/screens/ConfirmSections.qml" line="-3"/>
        <source>内容を一つずつ確かめてください</source>
        <translation>प्रत्येक भाग जाँच्नुहोस्</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正しければ「確認しました」を押してください。すべて確かめると署名できます。</source>
        <translation>ठीक भए “ठीक छ” थिच्नुहोस्। सबै जाँचेपछि हस्ताक्षर गर्न सक्नुहुन्छ।</translation>
    </message>
</context>
<context>
    <name>Done</name>
    <message>
        <location filename="../qml/screens/Done.qml" line="+8"/>
        <source>受け付けました</source>
        <translation>स्वीकार गरियो</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>受付番号</source>
        <translation>स्वीकृति नम्बर</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>番号を呼ばれるまで、お待ちください。係員が内容を確認します。</source>
        <translation>तपाईंको नम्बर नबोलाउन्जेल पर्खनुहोस्। कर्मचारीले विवरण जाँच्नुहुनेछ।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>残りの項目は係員が入力します。このままお待ちください。係員が受付番号をお伝えします。</source>
        <translation>बाँकी विवरण कर्मचारीले भर्नुहुनेछ। यहीँ पर्खनुहोस्; कर्मचारीले तपाईंलाई स्वीकृति नम्बर दिनुहुनेछ।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>届出日：%1</source>
        <translation>सूचना दिएको मिति: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>カードをお取りください。</source>
        <translation>कृपया आफ्नो कार्ड लिनुहोस्।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>終わる</source>
        <translation>सकियो</translation>
    </message>
</context>
<context>
    <name>FormSections</name>
    <message>
        <location filename="../qml/FormSections.qml" line="-94"/>
        <source>届出人</source>
        <translation>सूचना दिने व्यक्ति</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>区分</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>氏名</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>関係</source>
        <translation>सम्बन्ध</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人確認</source>
        <translation>पहिचान जाँच</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>委任状</source>
        <translation>अख्तियारनामा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>世帯変更の区分</source>
        <translation>घरपरिवार परिवर्तनको प्रकार</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>確認済み</source>
        <translation>पुष्टि भयो</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>確認しました</source>
        <translation>ठीक छ</translation>
    </message>
</context>
<context>
    <name>Furigana</name>
    <message>
        <location filename="../qml/screens/Furigana.qml" line="+19"/>
        <source>%1 さんのお名前の読み方（フリガナ）を選んでください</source>
        <translation>%1 को नाम कसरी पढिन्छ (फुरिगाना) छान्नुहोस्</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>お名前の読み方（フリガナ）を入力してください</source>
        <translation>तपाईंको नाम कसरी पढिन्छ (फुरिगाना) लेख्नुहोस्</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>お名前の読み方（フリガナ）を選んでください</source>
        <translation>तपाईंको नाम कसरी पढिन्छ (फुरिगाना) छान्नुहोस्</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住民票に載ります。カタカナで入力してください。</source>
        <translation>यो तपाईंको बसोबास अभिलेखमा लेखिन्छ। काताकानामा लेख्नुहोस्।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住民票に載ります。合うものを押してください。</source>
        <translation>यो तपाईंको बसोबास अभिलेखमा लेखिन्छ। सही विकल्प थिच्नुहोस्।</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>これで決定</source>
        <translation>पुष्टि गर्नुहोस्</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>名字と名前の読み方を、それぞれ選ぶか入力してください。</source>
        <translation>थर र नाम दुवैको उच्चारण छान्नुहोस् वा लेख्नुहोस्।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>読み方を選ぶか入力してください。</source>
        <translation>उच्चारण छान्नुहोस् वा लेख्नुहोस्।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>読み方は、カタカナかひらがなで入力してください。</source>
        <translation>उच्चारण काताकाना वा हिरागानामा लेख्नुहोस्।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>読み方が長すぎます。</source>
        <translation>उच्चारण धेरै लामो भयो।</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>フリガナは、お名前を日本語でどう読むかをカタカナで書いたものです。</source>
        <translation>फुरिगाना (フリガナ) भनेको तपाईंको नाम जापानीमा कसरी पढिन्छ भनेर काताकानामा लेखिएको रूप हो।</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>氏名</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名字（氏）</source>
        <translation>थर</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>名前（名）</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>ほかの読み方を入力</source>
        <translation>अर्को उच्चारण लेख्नुहोस्</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>読み方を入力</source>
        <translation>उच्चारण लेख्नुहोस्</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>例：ヤマダ</source>
        <translation>उदाहरण: ヤマダ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>読み方（カタカナ）</source>
        <translation>उच्चारण (काताकाना)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>決定</source>
        <translation>ठीक छ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>わからない</source>
        <translation>थाहा छैन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>読み方は係員が入力します</source>
        <translation>कर्मचारीले उच्चारण लेख्नुहुनेछ</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <location filename="../qml/screens/Guide.qml" line="+10"/>
        <source>引っ越し先は外国ですか？</source>
        <translation>के तपाईं विदेश सर्दै हुनुहुन्छ?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>外国から引っ越してきましたか？</source>
        <translation>के तपाईं विदेशबाट सर्नुभएको हो?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>どの引っ越しですか？</source>
        <translation>कस्तो किसिमको सराइ हो?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>転居の届出になります</source>
        <translation>यो शहरभित्रको ठेगाना परिवर्तन सूचना (転居) हो</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>転入の届出になります</source>
        <translation>यो आगमन सूचना (転入) हो</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1の中で引っ越しました</source>
        <translation>%1 भित्रै सरेँ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ほかの市区町村や外国から、%1へ引っ越してきました</source>
        <translation>अर्को नगर वा विदेशबाट %1 मा सरेर आएँ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1から、ほかの市区町村や外国へ引っ越します</source>
        <translation>%1 बाट अर्को नगर वा विदेश सर्दैछु</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>転出の届出になります</source>
        <translation>यो प्रस्थान सूचना (転出) हो</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>どれでもない・わからない</source>
        <translation>यीमध्ये कुनै होइन / थाहा छैन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>係員がお手伝いします</source>
        <translation>कर्मचारीले सहयोग गर्नुहुनेछ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>いいえ（日本国内）</source>
        <translation>होइन (जापानभित्र)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>はい（外国）</source>
        <translation>हो (विदेश)</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <location filename="../qml/screens/Identity.qml" line="+10"/>
        <source>あなたの情報はこれで合っていますか？</source>
        <translation>के तपाईंको विवरण सही छ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードから読み取りました。</source>
        <translation>कार्डबाट पढियो।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>氏名</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住所</source>
        <translation>ठेगाना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生年月日</source>
        <translation>जन्म मिति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>性別</source>
        <translation>लिङ्ग</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>男</source>
        <translation>पुरुष</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>女</source>
        <translation>महिला</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>記載なし</source>
        <translation>उल्लेख छैन</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>カードで確認</source>
        <translation>कार्डबाट पुष्टि भयो</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>はい、合っています</source>
        <translation>हो, सही छ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>いいえ、違います</source>
        <translation>होइन, गलत छ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>係員がお手伝いします</source>
        <translation>कर्मचारीले सहयोग गर्नुहुनेछ</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../qml/Keypad.qml" line="+30"/>
        <location line="+2"/>
        <source>1字消す</source>
        <translation>एउटा मेटाउनुहोस्</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ハイフン</source>
        <translation>हाइफन</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="+54"/>
        <source>画面を下に寄せています</source>
        <translation>स्क्रिन तल सारिएको छ</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>係員を呼びました。このままお待ちください。入力した内容はそのまま残ります。</source>
        <translation>कर्मचारीलाई बोलाइयो। यहीँ पर्खनुहोस्। तपाईंले हालेका सबै कुरा रहन्छन्।</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>カードを読み取っています。カードを動かさないでください。</source>
        <translation>कार्ड पढ्दैछ। कृपया कार्ड नचलाउनुहोस्।</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>やめますか？</source>
        <translation>के तपाईं रोक्न चाहनुहुन्छ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入力した内容はすべて消えます。</source>
        <translation>तपाईंले हालेका सबै कुरा मेटिनेछन्।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>やめる</source>
        <translation>रोक्नुहोस्</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>続ける</source>
        <translation>जारी राख्नुहोस्</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>カードが外れました</source>
        <translation>कार्ड निकालियो</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ありがとうございました</source>
        <translation>धन्यवाद</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>続けますか？</source>
        <translation>के तपाईं जारी राख्न चाहनुहुन्छ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>カードをもう一度置くと続けられます。</source>
        <translation>जारी राख्न फेरि कार्ड राख्नुहोस्।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>まもなく最初の画面に戻ります。</source>
        <translation>छिट्टै पहिलो स्क्रिनमा फर्किनेछ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>しばらく操作がありません。続けるときは画面に触れてください。</source>
        <translation>केही समयदेखि केही छोइएको छैन। जारी राख्न स्क्रिन छुनुहोस्।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>あと %1 秒で入力した内容を消します。</source>
        <translation>%1 सेकेन्डमा तपाईंले हालेका कुरा मेटिनेछन्।</translation>
    </message>
</context>
<context>
    <name>Mirror</name>
    <message>
        <location filename="../qml/screens/Mirror.qml" line="+7"/>
        <source>係員が入力しています</source>
        <translation>कर्मचारीले फारम भर्दै हुनुहुन्छ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入力した内容です。違うところがあれば係員に伝えてください。</source>
        <translation>यो भरिएको विवरण हो। केही गलत भए कर्मचारीलाई भन्नुहोस्।</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../qml/Page.qml" line="+13"/>
        <source>次へ</source>
        <translation>अर्को</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>手順 %1 / %2</source>
        <translation>चरण %1 / %2</translation>
    </message>
    <message>
        <location line="+90"/>
        <location line="+1"/>
        <source>戻る</source>
        <translation>पछाडि</translation>
    </message>
</context>
<context>
    <name>PaperSign</name>
    <message>
        <location filename="../qml/screens/PaperSign.qml" line="+7"/>
        <source>紙の届書に署名してください</source>
        <translation>छापिएको फारममा हस्ताक्षर गर्नुहोस्</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>係員が届書を印刷します。署名欄に手書きで署名してください。</source>
        <translation>कर्मचारीले फारम छाप्नुहुन्छ। हस्ताक्षरको ठाउँमा हातले हस्ताक्षर गर्नुहोस्।</translation>
    </message>
</context>
<context>
    <name>Pin</name>
    <message>
        <location filename="../qml/screens/Pin.qml" line="+12"/>
        <source>ご家族のカードの暗証番号を入力してください</source>
        <translation>परिवारको सदस्यको कार्डको PIN हाल्नुहोस्</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>暗証番号（数字4けた）を入力してください</source>
        <translation>आफ्नो PIN (४ अङ्क) हाल्नुहोस्</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードを受け取ったときに決めた、数字4けたの暗証番号です。</source>
        <translation>कार्ड पाउँदा तपाईंले छानेको ४ अङ्कको PIN।</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>暗証番号が違います。あと %n 回間違えるとカードがロックされます。</source>
        <translation>
            <numerusform>PIN गलत भयो। अझै %n पटक गलत भए कार्ड लक हुनेछ।</numerusform>
            <numerusform>PIN गलत भयो। अझै %n पटक गलत भए कार्ड लक हुनेछ।</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>残り1回です。先に「確認して入力する」を押してください。</source>
        <translation>१ पटक मात्र बाँकी छ। पहिले "पुष्टि गरेर हाल्नुहोस्" थिच्नुहोस्।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードが離れました。カードを置き直してください。</source>
        <translation>कार्ड सर्‍यो। फेरि कार्ड राख्नुहोस्।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードが置かれていません。</source>
        <translation>रिडरमा कार्ड छैन।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>マイナンバーカードではないようです。</source>
        <translation>यो My Number कार्ड जस्तो देखिँदैन।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードリーダーが使えません。係員をお呼びください。</source>
        <translation>कार्ड रिडर चलाउन मिल्दैन। कर्मचारीलाई बोलाउनुहोस्।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数字4けたで入力してください。</source>
        <translation>४ अङ्क हाल्नुहोस्।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>カードを読み取れませんでした。係員をお呼びください。</source>
        <translation>कार्ड पढ्न सकिएन। कर्मचारीलाई बोलाउनुहोस्।</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>間違えられる回数：あと %n 回</source>
        <translation>
            <numerusform>बाँकी प्रयास: %n</numerusform>
            <numerusform>बाँकी प्रयास: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>3回続けて間違えるとカードがロックされ、市区町村の窓口での手続きが必要になります。</source>
        <translation>लगातार ३ पटक गलत हालेमा कार्ड लक हुन्छ र खोल्न नगरपालिका कार्यालय जानुपर्छ।</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>残り1回です。間違えるとカードがロックされます。</source>
        <translation>१ पटक मात्र बाँकी छ। गलत भए कार्ड लक हुनेछ।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>自信がないときは、入力せずに係員をお呼びください。</source>
        <translation>निश्चित हुनुहुन्न भने नहाल्नुहोस्: कर्मचारीलाई बोलाउनुहोस्।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>確認して入力する</source>
        <translation>पुष्टि गरेर हाल्नुहोस्</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>入力せずに係員を呼ぶ</source>
        <translation>नहालीकन कर्मचारीलाई बोलाउनुहोस्</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>暗証番号がわからない</source>
        <translation>मलाई PIN थाहा छैन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードの表面の数字で読み取ります</source>
        <translation>कार्डको अगाडिका अङ्कबाट पढ्ने</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>スマートフォンで入力した方</source>
        <translation>स्मार्टफोनमा भरिसक्नुभएको</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>二次元コードを読み取ります</source>
        <translation>QR कोड स्क्यान गर्नुहोस्</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>スマートフォンの内容を読み取りました。</source>
        <translation>स्मार्टफोनका उत्तरहरू पढियो।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>入力した数字：%1 けた</source>
        <translation>हालिएका अङ्क: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>決定</source>
        <translation>ठीक छ</translation>
    </message>
</context>
<context>
    <name>PlaceMember</name>
    <message>
        <location filename="../qml/screens/PlaceMember.qml" line="+6"/>
        <source>追加する人のカードを置いてください</source>
        <translation>थप्ने व्यक्तिको कार्ड राख्नुहोस्</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>今置いているカードを取ってから、追加する人のカードを置いてください。</source>
        <translation>अहिले राखेको कार्ड निकालेर थप्ने व्यक्तिको कार्ड राख्नुहोस्।</translation>
    </message>
</context>
<context>
    <name>Preentry</name>
    <message>
        <location filename="../qml/screens/Preentry.qml" line="+12"/>
        <source>読み取りました。マイナンバーカードを置いてください</source>
        <translation>पढियो। अब आफ्नो My Number कार्ड राख्नुहोस्</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>スマートフォンの二次元コードを読み取ります</source>
        <translation>स्मार्टफोनको QR कोड स्क्यान गर्नुहोस्</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>家で入力した内容を使って、届出を作ります。</source>
        <translation>घरमा भरेको विवरणबाट सूचना बनाइन्छ।</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>この窓口で使えるコードではありません。入力ページの最後に表示されたコードをかざしてください。</source>
        <translation>यो कोड यो काउन्टरमा प्रयोग गर्न मिल्दैन। फारम पेजको अन्त्यमा देखिएको कोड देखाउनुहोस्।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>コードを読み取れませんでした。もう一度かざしてください。</source>
        <translation>कोड पढ्न सकिएन। फेरि देखाउनुहोस्।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このコードの形式は、この窓口ではまだ読めません。係員をお呼びください。</source>
        <translation>यो काउन्टरले यस्तो कोड अझै पढ्न सक्दैन। कर्मचारीलाई बोलाउनुहोस्।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>コードに個人番号のような数字が入っているため、使えません。係員をお呼びください。</source>
        <translation>कोडमा व्यक्तिगत नम्बर जस्तो अंक भएकाले प्रयोग गर्न मिल्दैन। कर्मचारीलाई बोलाउनुहोस्।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>コードの内容に誤りがあります。係員をお呼びください。</source>
        <translation>कोडको विवरणमा त्रुटि छ। कर्मचारीलाई बोलाउनुहोस्।</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>カメラの映像</source>
        <translation>क्यामेराको दृश्य</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>この端末にはカメラがありません。</source>
        <translation>यो टर्मिनलमा क्यामेरा छैन।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>二次元コードを読み取り機にかざしてください。</source>
        <translation>QR कोड स्क्यानरमा देखाउनुहोस्।</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>スマートフォンに表示した二次元コードを、カメラに向けてください。読み取り機でも読み取れます。</source>
        <translation>स्मार्टफोनमा देखिएको QR कोड क्यामेरातिर देखाउनुहोस्। स्क्यानरले पनि पढ्छ।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入力ページの最後に表示された二次元コードを使います。</source>
        <translation>फारम पेजको अन्त्यमा देखिएको QR कोड प्रयोग गर्नुहोस्।</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>スマートフォンの内容を読み取りました。</source>
        <translation>स्मार्टफोनका उत्तरहरू पढियो।</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>このあとマイナンバーカードで本人を確かめます。カードの内容が、入力した内容より優先されます。</source>
        <translation>त्यसपछि My Number कार्डले तपाईंको पहिचान पुष्टि गर्छ। कार्डको विवरणलाई भरेको विवरणभन्दा प्राथमिकता दिइन्छ।</translation>
    </message>
</context>
<context>
    <name>Sign</name>
    <message>
        <location filename="../qml/screens/Sign.qml" line="+7"/>
        <source>指で署名してください</source>
        <translation>औँलाले हस्ताक्षर गर्नुहोस्</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>署名すると、この内容で届け出ます。</source>
        <translation>हस्ताक्षर गरेपछि यही विवरणसहित सूचना बुझाइनेछ।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>署名欄に名前を書いてください。</source>
        <translation>हस्ताक्षर बाकसमा आफ्नो नाम लेख्नुहोस्।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>届出書に足りないところがあります。係員をお呼びください。</source>
        <translation>फारममा केही कमी छ। कर्मचारीलाई बोलाउनुहोस्।</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>書き直す</source>
        <translation>फेरि लेख्नुहोस्</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>この内容で届け出る</source>
        <translation>यही विवरणसहित बुझाउनुहोस्</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../qml/SignaturePad.qml" line="+15"/>
        <source>署名欄: 指で名前を書いてください</source>
        <translation>हस्ताक्षर बाकस: औँलाले नाम लेख्नुहोस्</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <location filename="../qml/screens/Staff.qml" line="+6"/>
        <source>係員がお手伝いします</source>
        <translation>कर्मचारीले सहयोग गर्नुहुनेछ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>このままお待ちください。係員がまいります。</source>
        <translation>यहीँ पर्खनुहोस्। कर्मचारी आउनुहुनेछ।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>本人確認の書類（在留カード、運転免許証など）をお持ちでしたら、ご用意ください。</source>
        <translation>पहिचान कागजात (निवास कार्ड, सवारी चालक अनुमतिपत्र आदि) भए तयार राख्नुहोस्।</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>最初の画面に戻る</source>
        <translation>पहिलो स्क्रिनमा फर्कनुहोस्</translation>
    </message>
</context>
<context>
    <name>StepBanchi</name>
    <message>
        <location filename="../qml/screens/StepBanchi.qml" line="+7"/>
        <source>番地を入力してください</source>
        <translation>घर नम्बर (番地) हाल्नुहोस्</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>番地</source>
        <translation>घर नम्बर</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>例：1丁目2番3号なら 1-2-3</source>
        <translation>उदाहरण: 1-chōme 2-ban 3-gō भए 1-2-3 हाल्नुहोस्</translation>
    </message>
</context>
<context>
    <name>StepBrowse</name>
    <message>
        <location filename="../qml/screens/StepBrowse.qml" line="+13"/>
        <source>都道府県を選んでください</source>
        <translation>प्रिफेक्चर छान्नुहोस्</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>市区町村を選んでください</source>
        <translation>नगर वा गाउँ छान्नुहोस्</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>町名を選んでください</source>
        <translation>टोलको नाम (町名) छान्नुहोस्</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1行</source>
        <translation>%1 पङ्क्ति</translation>
    </message>
</context>
<context>
    <name>StepCandidates</name>
    <message>
        <location filename="../qml/screens/StepCandidates.qml" line="+7"/>
        <source>住所を選んでください</source>
        <translation>ठेगाना छान्नुहोस्</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>この中にない</source>
        <translation>यो सूचीमा छैन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>都道府県と市区町村から選びます</source>
        <translation>प्रिफेक्चर र नगरबाट छान्नुहोस्</translation>
    </message>
</context>
<context>
    <name>StepCountry</name>
    <message>
        <location filename="../qml/screens/StepCountry.qml" line="+8"/>
        <source>引っ越し先の国はどこですか？</source>
        <translation>तपाईं कुन देश सर्दै हुनुहुन्छ?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>どこの国から引っ越してきましたか？</source>
        <translation>तपाईं कुन देशबाट आउनुभयो?</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>国名</source>
        <translation>देश</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>現地の住所（わかれば）</source>
        <translation>त्यहाँको ठेगाना (थाहा भए)</translation>
    </message>
</context>
<context>
    <name>StepDate</name>
    <message>
        <location filename="../qml/screens/StepDate.qml" line="+7"/>
        <source>引っ越す日（予定日）はいつですか？</source>
        <translation>तपाईं कहिले सर्नुहुन्छ (योजना गरिएको मिति)?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>引っ越した日はいつですか？</source>
        <translation>तपाईं कहिले सर्नुभयो?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>和暦（令和）</source>
        <translation>जापानी पात्रो (रेइवा)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>西暦</source>
        <translation>पश्चिमी पात्रो</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>年</source>
        <translation>वर्ष</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>月</source>
        <translation>महिना</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日</source>
        <translation>दिन</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1を1つ前に</source>
        <translation>%1 एक पछाडि</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1を1つ後に</source>
        <translation>%1 एक अगाडि</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>今日</source>
        <translation>आज</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>昨日</source>
        <translation>हिजो</translation>
    </message>
</context>
<context>
    <name>StepHousehold</name>
    <message>
        <location filename="../qml/screens/StepHousehold.qml" line="+9"/>
        <source>妻</source>
        <translation>श्रीमती</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>夫</source>
        <translation>श्रीमान्</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>子</source>
        <translation>छोराछोरी</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>父</source>
        <translation>बुबा</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>母</source>
        <translation>आमा</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>兄</source>
        <translation>दाजु</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>弟</source>
        <translation>भाइ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>姉</source>
        <translation>दिदी</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>妹</source>
        <translation>बहिनी</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>同居人</source>
        <translation>सँगै बस्ने व्यक्ति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>わからない（係員に相談）</source>
        <translation>थाहा छैन (कर्मचारीलाई सोध्नुहोस्)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>追加した人 %1</source>
        <translation>थपिएको व्यक्ति %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>世帯主はだれですか？</source>
        <translation>घरमूली को हो?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>ここにいない人</source>
        <translation>यहाँ नभएको व्यक्ति</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>世帯主の名前は係員が確認します</source>
        <translation>घरमूलीको नाम कर्मचारीले जाँच्नुहुनेछ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 は世帯主から見て：</source>
        <translation>घरमूलीसँग %1 को नाता:</translation>
    </message>
</context>
<context>
    <name>StepKatagaki</name>
    <message>
        <location filename="../qml/screens/StepKatagaki.qml" line="+8"/>
        <source>建物の名前と部屋番号を入力してください</source>
        <translation>भवनको नाम र कोठा नम्बर हाल्नुहोस्</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>一戸建てなど、建物の名前がないときは「なし」を押してください。</source>
        <translation>भवनको नाम छैन भने (जस्तै घर), "छैन" थिच्नुहोस्।</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>住民票に載るため、日本語（かな・漢字・数字）で入力してください。</source>
        <translation>यो निवासी अभिलेख (住民票) मा लेखिन्छ, त्यसैले जापानीमा (काना, कान्जी, अङ्क) हाल्नुहोस्।</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>建物の名前と部屋番号</source>
        <translation>भवनको नाम र कोठा नम्बर</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>なし</source>
        <translation>छैन</translation>
    </message>
</context>
<context>
    <name>StepMembers</name>
    <message>
        <location filename="../qml/screens/StepMembers.qml" line="+8"/>
        <source>一緒に引っ越す人はいますか？</source>
        <translation>के कोही तपाईंसँगै सर्दै हुनुहुन्छ?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>（係員が入力します）</source>
        <translation>(कर्मचारीले भर्नुहुनेछ)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>カードで確認</source>
        <translation>कार्डबाट पुष्टि भयो</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>スマートフォンで入力</source>
        <translation>स्मार्टफोनमा भरिएको</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>転出の届出の情報</source>
        <translation>बसाइँ सराइ (बाहिर) सूचनाबाट</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードなし</source>
        <translation>कार्ड छैन</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>外す</source>
        <translation>हटाउनुहोस्</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>カードを持っている人を追加</source>
        <translation>कार्ड भएको व्यक्ति थप्नुहोस्</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>その人のカードと暗証番号が必要です</source>
        <translation>उहाँको कार्ड र PIN चाहिन्छ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>カードがない人を追加</source>
        <translation>कार्ड नभएको व्यक्ति थप्नुहोस्</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>係員があとで入力します</source>
        <translation>पछि कर्मचारीले भर्नुहुनेछ</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../qml/StepPage.qml" line="+12"/>
        <source>確認画面へ</source>
        <translation>जाँच स्क्रिनमा जानुहोस्</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>次へ</source>
        <translation>अर्को</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>日付を選んでください。</source>
        <translation>मिति छान्नुहोस्।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>引っ越した日は、今日より後にできません。</source>
        <translation>सरेको मिति आजभन्दा पछि हुन सक्दैन।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>この郵便番号は見つかりません。番号を確かめてください。</source>
        <translation>यो हुलाक कोड भेटिएन। नम्बर जाँच गर्नुहोस्।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住所を1つ選んでください。</source>
        <translation>एउटा ठेगाना छान्नुहोस्।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>番地を入力してください。</source>
        <translation>घर नम्बर हाल्नुहोस्।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>国名を入力してください。</source>
        <translation>देश हाल्नुहोस्।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>世帯主を選んでください。</source>
        <translation>घरमूली छान्नुहोस्।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全員の続柄を選んでください。</source>
        <translation>सबैको नाता छान्नुहोस्।</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>すべての質問に答えてください。</source>
        <translation>सबै प्रश्नको उत्तर दिनुहोस्।</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>入力を確かめてください。</source>
        <translation>हालेको कुरा जाँच गर्नुहोस्।</translation>
    </message>
</context>
<context>
    <name>StepPostal</name>
    <message>
        <location filename="../qml/screens/StepPostal.qml" line="+8"/>
        <source>引っ越し先の郵便番号を入力してください</source>
        <translation>सर्ने ठाउँको हुलाक कोड हाल्नुहोस्</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新しい住所の郵便番号を入力してください</source>
        <translation>नयाँ ठेगानाको हुलाक कोड हाल्नुहोस्</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>郵便番号がわからない</source>
        <translation>मलाई हुलाक कोड थाहा छैन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>都道府県と市区町村から選びます</source>
        <translation>प्रिफेक्चर र नगरबाट छान्नुहोस्</translation>
    </message>
</context>
<context>
    <name>StepRelated</name>
    <message>
        <location filename="../qml/screens/StepRelated.qml" line="+7"/>
        <source>ほかの手続きのための質問です</source>
        <translation>अन्य प्रक्रियाका लागि प्रश्नहरू</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>国民健康保険に入っていますか（入りますか）？</source>
        <translation>के तपाईं राष्ट्रिय स्वास्थ्य बीमामा हुनुहुन्छ (हुनुहुनेछ)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>障害者手帳を持っている人はいますか？</source>
        <translation>के कसैसँग अपाङ्गता प्रमाणपत्र (障害者手帳) छ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>犬を飼っていますか？</source>
        <translation>के तपाईं कुकुर पाल्नुहुन्छ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1で印鑑登録をしていますか？</source>
        <translation>के तपाईंको %1 मा छाप दर्ता (印鑑登録) छ?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>はい</source>
        <translation>हो</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>いいえ</source>
        <translation>होइन</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/TopBar.qml" line="+74"/>
        <source>文字を元に戻す</source>
        <translation>सामान्य अक्षर</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文字を大きく</source>
        <translation>ठूलो अक्षर</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>読み上げ</source>
        <translation>ठूलो स्वरमा पढाइ</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>係員を呼びました</source>
        <translation>कर्मचारी बोलाइयो</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>係員を呼ぶ</source>
        <translation>कर्मचारी बोलाउनुहोस्</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>画面を下に寄せる</source>
        <translation>स्क्रिन तल</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>白黒反転</source>
        <translation>उच्च कन्ट्रास्ट</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>文字をもっと大きく</source>
        <translation>अझ ठूलो अक्षर</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>やめる</source>
        <translation>रोक्नुहोस्</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../qml/screens/Welcome.qml" line="+31"/>
        <source>マイナンバーカードを置いてください</source>
        <translation>कृपया आफ्नो My Number कार्ड राख्नुहोस्</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>カードの読み取りで、引っ越しの届出を書かずに作れます。</source>
        <translation>कार्ड पढेर नलेखीकनै सराइको सूचना बनाउनुहोस्।</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>言語を選んでください</source>
        <translation>भाषा छान्नुहोस्</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>スマートフォンで入力した方</source>
        <translation>स्मार्टफोनमा भरिसक्नुभएको</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>二次元コードを読み取ります</source>
        <translation>QR कोड स्क्यान गर्नुहोस्</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>カードがない・暗証番号がわからない</source>
        <translation>कार्ड छैन / PIN थाहा छैन</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>係員がお手伝いします</source>
        <translation>कर्मचारीले सहयोग गर्नुहुनेछ</translation>
    </message>
</context>
</TS>
