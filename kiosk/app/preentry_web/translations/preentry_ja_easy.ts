<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="ja">
<context>
    <name>PreEntry</name>
    <message>
        <source>引っ越しの届出の事前入力</source>
        <translation>{引|ひ}っ{越|こ}しの {届|とど}けを {先|さき}に {書|か}く</translation>
    </message>
    <message>
        <source>窓口に来る前に、スマートフォンで質問に答えておくと、窓口での手続きが早く終わります。</source>
        <translation>{窓口|まどぐち}に {来|く}る {前|まえ}に、スマートフォンで {質問|しつもん}に {答|こた}えて おくと、{窓口|まどぐち}で {早|はや}く {終|お}わります。</translation>
    </message>
    <message>
        <source>入力した内容はこのスマートフォンの中だけで使い、どこにも送信しません。最後に表示されるQRコードを窓口で見せてください。</source>
        <translation>{入力|にゅうりょく}した ことは、この スマートフォンの {中|なか}だけで {使|つか}います。どこにも {送|おく}りません。{最後|さいご}に {出|で}る QRコードを {窓口|まどぐち}で {見|み}せて ください。</translation>
    </message>
    <message>
        <source>はじめる</source>
        <translation>はじめる</translation>
    </message>
    <message>
        <source>窓口には、マイナンバーカードと暗証番号（数字4けた）を持ってきてください。</source>
        <translation>{窓口|まどぐち}には、マイナンバーカードと {暗証番号|あんしょうばんごう}（{数字|すうじ} 4つ）を {持|も}って {来|き}て ください。</translation>
    </message>
    <message>
        <source>窓口でご相談ください。</source>
        <translation>{窓口|まどぐち}で {聞|き}いて ください。</translation>
    </message>
    <message>
        <source>あなたの氏名と生年月日を入力してください</source>
        <translation>あなたの {名前|なまえ}と {生|う}まれた {日|ひ}を {書|か}いて ください</translation>
    </message>
    <message>
        <source>窓口でマイナンバーカードを読み取ると、カードの内容が優先されます。</source>
        <translation>{窓口|まどぐち}で マイナンバーカードを {読|よ}むと、カードに {書|か}いて ある ことを {使|つか}います。</translation>
    </message>
    <message>
        <source>氏（名字）</source>
        <translation>{名字|みょうじ}</translation>
    </message>
    <message>
        <source>名（名前）</source>
        <translation>{名前|なまえ}</translation>
    </message>
    <message>
        <source>氏のフリガナ</source>
        <translation>{名字|みょうじ}の よみかた</translation>
    </message>
    <message>
        <source>名のフリガナ</source>
        <translation>{名前|なまえ}の よみかた</translation>
    </message>
    <message>
        <source>ひらがなかカタカナで入力してください。</source>
        <translation>ひらがなか カタカナで {書|か}いて ください。</translation>
    </message>
    <message>
        <source>一緒に引っ越す人を追加</source>
        <translation>{一緒|いっしょ}に {引|ひ}っ{越|こ}す {人|ひと}を {増|ふ}やす</translation>
    </message>
    <message>
        <source>一緒に引っ越す人 %1</source>
        <translation>{一緒|いっしょ}に {引|ひ}っ{越|こ}す {人|ひと} %1</translation>
    </message>
    <message>
        <source>あなた</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>氏名を入力してください。</source>
        <translation>{名前|なまえ}を {書|か}いて ください。</translation>
    </message>
    <message>
        <source>引越しワンストップサービスの申請番号をお持ちですか？</source>
        <translation>{引越|ひっこ}しワンストップサービスの {申請番号|しんせいばんごう}が ありますか？</translation>
    </message>
    <message>
        <source>マイナポータルで転出届を出した方は、申請番号を入力してください。ない方は、そのまま「%1」を押してください。</source>
        <translation>マイナポータルで {転出届|てんしゅつとどけ}を {出|だ}した {人|ひと}は、{申請番号|しんせいばんごう}を {書|か}いて ください。ない {人|ひと}は「%1」を {押|お}して ください。</translation>
    </message>
    <message>
        <source>申請番号</source>
        <translation>{申請番号|しんせいばんごう}</translation>
    </message>
    <message>
        <source>QRコードを作る</source>
        <translation>QRコードを {作|つく}る</translation>
    </message>
    <message>
        <source>窓口でこのQRコードを見せてください</source>
        <translation>{窓口|まどぐち}で この QRコードを {見|み}せて ください</translation>
    </message>
    <message>
        <source>このQRコードには入力した内容が入っています。ほかの人に見せたり、送ったりしないでください。</source>
        <translation>この QRコードには、{入力|にゅうりょく}した ことが {入|はい}って います。ほかの {人|ひと}に {見|み}せたり {送|おく}ったり しないで ください。</translation>
    </message>
    <message>
        <source>最初からやり直す</source>
        <translation>はじめから やりなおす</translation>
    </message>
    <message>
        <source>入力した内容をすべて消して、最初に戻りますか？</source>
        <translation>{入力|にゅうりょく}した ことを ぜんぶ {消|け}して、はじめに {戻|もど}りますか？</translation>
    </message>
    <message>
        <source>（未入力）</source>
        <translation>（{書|か}いて いません）</translation>
    </message>
    <message>
        <source>郵便番号（7けた）</source>
        <translation>{郵便番号|ゆうびんばんごう}（{数字|すうじ} 7つ）</translation>
    </message>
    <message>
        <source>郵便番号のデータを読み込めませんでした。通信を確かめて、もう一度押してください。</source>
        <translation>{郵便番号|ゆうびんばんごう}の データを {読|よ}めませんでした。インターネットを {確|たし}かめて、もう {一度|いちど} {押|お}して ください。</translation>
    </message>
    <message>
        <source>このブラウザでは使えません。新しいブラウザで開いてください。</source>
        <translation>この ブラウザでは {使|つか}えません。{新|あたら}しい ブラウザで {開|ひら}いて ください。</translation>
    </message>
</context>
</TS>
