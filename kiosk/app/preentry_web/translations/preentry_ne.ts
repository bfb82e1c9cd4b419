<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ne_NP" sourcelanguage="ja">
<context>
    <name>PreEntry</name>
    <message>
        <source>引っ越しの届出の事前入力</source>
        <translation>घर सराइको सूचना अग्रिम भर्ने</translation>
    </message>
    <message>
        <source>窓口に来る前に、スマートフォンで質問に答えておくと、窓口での手続きが早く終わります。</source>
        <translation>काउन्टरमा आउनुअघि स्मार्टफोनमा प्रश्नहरूको उत्तर दिनुभयो भने काउन्टरको प्रक्रिया छिटो सकिन्छ।</translation>
    </message>
    <message>
        <source>入力した内容はこのスマートフォンの中だけで使い、どこにも送信しません。最後に表示されるQRコードを窓口で見せてください。</source>
        <translation>तपाईंले भरेको विवरण यही स्मार्टफोनमा मात्र प्रयोग हुन्छ, कतै पठाइँदैन। अन्तमा देखिने QR कोड काउन्टरमा देखाउनुहोस्।</translation>
    </message>
    <message>
        <source>はじめる</source>
        <translation>सुरु गर्नुहोस्</translation>
    </message>
    <message>
        <source>窓口には、マイナンバーカードと暗証番号（数字4けた）を持ってきてください。</source>
        <translation>काउन्टरमा आफ्नो माइनम्बर कार्ड र त्यसको PIN (४ अङ्क) लिएर आउनुहोस्।</translation>
    </message>
    <message>
        <source>窓口でご相談ください。</source>
        <translation>कृपया काउन्टरमा सोध्नुहोस्।</translation>
    </message>
    <message>
        <source>あなたの氏名と生年月日を入力してください</source>
        <translation>आफ्नो नाम र जन्म मिति भर्नुहोस्</translation>
    </message>
    <message>
        <source>窓口でマイナンバーカードを読み取ると、カードの内容が優先されます。</source>
        <translation>काउन्टरमा माइनम्बर कार्ड पढ्दा कार्डको विवरणलाई प्राथमिकता दिइन्छ।</translation>
    </message>
    <message>
        <source>氏（名字）</source>
        <translation>थर (氏)</translation>
    </message>
    <message>
        <source>名（名前）</source>
        <translation>नाम (名)</translation>
    </message>
    <message>
        <source>氏のフリガナ</source>
        <translation>थर काना लिपिमा (フリガナ)</translation>
    </message>
    <message>
        <source>名のフリガナ</source>
        <translation>नाम काना लिपिमा (フリガナ)</translation>
    </message>
    <message>
        <source>ひらがなかカタカナで入力してください。</source>
        <translation>हिरागाना वा काताकानामा भर्नुहोस्।</translation>
    </message>
    <message>
        <source>一緒に引っ越す人を追加</source>
        <translation>सँगै सर्ने व्यक्ति थप्नुहोस्</translation>
    </message>
    <message>
        <source>一緒に引っ越す人 %1</source>
        <translation>सँगै सर्ने व्यक्ति %1</translation>
    </message>
    <message>
        <source>あなた</source>
        <translation>तपाईं</translation>
    </message>
    <message>
        <source>氏名を入力してください。</source>
        <translation>कृपया नाम भर्नुहोस्।</translation>
    </message>
    <message>
        <source>引越しワンストップサービスの申請番号をお持ちですか？</source>
        <translation>तपाईंसँग घर सराइ वान-स्टप सेवा (引越しワンストップサービス) को आवेदन नम्बर छ?</translation>
    </message>
    <message>
        <source>マイナポータルで転出届を出した方は、申請番号を入力してください。ない方は、そのまま「%1」を押してください。</source>
        <translation>माइनापोर्टलमा बसाइँ सराइ (जाने) सूचना दिनुभएको छ भने आवेदन नम्बर भर्नुहोस्। छैन भने "%1" थिच्नुहोस्।</translation>
    </message>
    <message>
        <source>申請番号</source>
        <translation>आवेदन नम्बर</translation>
    </message>
    <message>
        <source>QRコードを作る</source>
        <translation>QR कोड बनाउनुहोस्</translation>
    </message>
    <message>
        <source>窓口でこのQRコードを見せてください</source>
        <translation>यो QR कोड काउन्टरमा देखाउनुहोस्</translation>
    </message>
    <message>
        <source>このQRコードには入力した内容が入っています。ほかの人に見せたり、送ったりしないでください。</source>
        <translation>यो QR कोडमा तपाईंले भरेको विवरण छ। अरूलाई नदेखाउनुहोस्, नपठाउनुहोस्।</translation>
    </message>
    <message>
        <source>最初からやり直す</source>
        <translation>सुरुदेखि फेरि गर्नुहोस्</translation>
    </message>
    <message>
        <source>入力した内容をすべて消して、最初に戻りますか？</source>
        <translation>भरेका सबै विवरण मेटाएर सुरुमा फर्कने?</translation>
    </message>
    <message>
        <source>（未入力）</source>
        <translation>(भरिएको छैन)</translation>
    </message>
    <message>
        <source>郵便番号（7けた）</source>
        <translation>हुलाक कोड (७ अङ्क)</translation>
    </message>
    <message>
        <source>郵便番号のデータを読み込めませんでした。通信を確かめて、もう一度押してください。</source>
        <translation>हुलाक कोडको डाटा लोड हुन सकेन। इन्टरनेट जाँचेर फेरि थिच्नुहोस्।</translation>
    </message>
    <message>
        <source>このブラウザでは使えません。新しいブラウザで開いてください。</source>
        <translation>यो ब्राउजर प्रयोग गर्न मिल्दैन। नयाँ ब्राउजरमा खोल्नुहोस्।</translation>
    </message>
</context>
</TS>
