<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil_PH" sourcelanguage="ja">
<context>
    <name>Blocked</name>
    <message>
        <location filename="../qml/screens/Blocked.qml" line="+9"/>
        <source>カードの表面の数字での読み取りがロックされています</source>
        <translation>Naka-lock na ang pagbasa gamit ang mga numero sa harap ng card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>暗証番号がロックされています</source>
        <translation>Naka-lock ang PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>表面の数字を何度も間違えたため、この方法では読み取れません。</source>
        <translation>Maraming beses nang mali ang mga numerong inilagay, kaya hindi na gagana ang paraang ito.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このカードは、暗証番号を3回間違えたためロックされています。</source>
        <translation>Naka-lock ang card na ito dahil 3 beses na mali ang PIN.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ロックの解除（暗証番号の再設定）は、市区町村の窓口でできます。カードと、住所地の市区町村の窓口で本人確認を受けてください。</source>
        <translation>Maaaring i-unlock (i-reset ang PIN) sa counter ng city hall. Dalhin ang card at magpakilala sa city hall ng lungsod kung saan ka nakatira.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>今日の届出は、係員がカードなしでお手伝いします。</source>
        <translation>Sa notipikasyon ngayon, tutulungan ka ng staff kahit walang card.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>係員を呼ぶ</source>
        <translation>Tumawag ng staff</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>カードの表面の数字で読み取る</source>
        <translation>Basahin gamit ang mga numero sa harap ng card</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>最初の画面に戻る</source>
        <translation>Bumalik sa unang screen</translation>
    </message>
</context>
<context>
    <name>Btn</name>
    <message>
        <location filename="../qml/Btn.qml" line="+32"/>
        <source>選択中</source>
        <translation>napili</translation>
    </message>
</context>
<context>
    <name>CardFacePicture</name>
    <message>
        <location filename="../qml/CardFacePicture.qml" line="+13"/>
        <source>カードの表面の絵：生年月日、有効期限、セキュリティコードの場所</source>
        <translation>Larawan ng harap ng card: kung nasaan ang petsa ng kapanganakan, expiry at security code</translation>
    </message>
</context>
<context>
    <name>CardPicture</name>
    <message>
        <location filename="../qml/CardPicture.qml" line="+12"/>
        <source>カードリーダーの上にカードを置く絵</source>
        <translation>Larawan: ilagay ang card sa card reader</translation>
    </message>
</context>
<context>
    <name>CodeB</name>
    <message>
        <location filename="../qml/screens/CodeB.qml" line="+51"/>
        <source>カードの表面の数字で読み取ります</source>
        <translation>Basahin ang card gamit ang mga numero sa harap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>暗証番号のかわりに、カードの表面に書かれている数字を3つ入力します。</source>
        <translation>Sa halip na PIN, ilagay ang tatlong numerong nakasulat sa harap ng card.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>決定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>次へ</source>
        <translation>Susunod</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>数字が違います。あと %n 回間違えると、この方法では読み取れなくなります。</source>
        <translation>
            <numerusform>Mali ang mga numero. Kapag nagkamali pa nang %n beses, hindi na gagana ang paraang ito.</numerusform>
            <numerusform>Mali ang mga numero. Kapag nagkamali pa nang %n beses, hindi na gagana ang paraang ito.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>残り1回です。先に「確認して入力する」を押してください。</source>
        <translation>Isang subok na lang ang natitira. Pindutin muna ang "Kumpirmahin at ilagay".</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生年月日を確かめてください。年はカードに書かれているとおりに入力します。</source>
        <translation>Suriin ang petsa ng kapanganakan. Ilagay ang taon nang eksakto gaya ng nasa card.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有効期限の年（西暦4けた）を確かめてください。</source>
        <translation>Suriin ang taon ng expiry (4 na digit).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>セキュリティコード（数字4けた）を確かめてください。</source>
        <translation>Suriin ang security code (4 na digit).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入力した数字を確かめてください。</source>
        <translation>Suriin ang mga numerong inilagay mo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードが離れました。カードを置き直してください。</source>
        <translation>Naalis ang card sa puwesto. Ilagay muli ang card.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードが置かれていません。</source>
        <translation>Walang card sa reader.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>マイナンバーカードではないようです。</source>
        <translation>Mukhang hindi ito My Number Card.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードリーダーが使えません。係員をお呼びください。</source>
        <translation>Hindi magamit ang card reader. Tumawag ng staff.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>カードを読み取れませんでした。係員をお呼びください。</source>
        <translation>Hindi mabasa ang card. Tumawag ng staff.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>生年月日を入力してください。年はカードに書かれているとおりに入力します（「昭和55年」なら 55、「1998年」なら 1998）。</source>
        <translation>Ilagay ang petsa ng kapanganakan. Ang taon ay eksakto gaya ng nasa card (昭和55年 → 55, 1998年 → 1998).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>「有効期限」の年（西暦4けた）を入力してください。</source>
        <translation>Ilagay ang taon ng expiry (4 na digit).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>顔写真の下にある、数字4けたのセキュリティコードを入力してください。</source>
        <translation>Ilagay ang 4 na digit na security code sa ilalim ng litrato.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>間違えられる回数：あと %n 回</source>
        <translation>
            <numerusform>Natitirang subok: %n</numerusform>
            <numerusform>Natitirang subok: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>残り1回です。間違えると、この方法では読み取れなくなります。</source>
        <translation>1 subok na lang. Kapag mali, hindi na gagana ang paraang ito.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>確認して入力する</source>
        <translation>Kumpirmahin at ilagay</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>入力せずに係員を呼ぶ</source>
        <translation>Tumawag ng staff nang hindi naglalagay</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>年</source>
        <translation>Taon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>月</source>
        <translation>Buwan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日</source>
        <translation>Araw</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>有効期限の年</source>
        <translation>Taon ng expiry</translation>
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
        <translation>Notipikasyon</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>新しい住所</source>
        <translation>Bagong address</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+1"/>
        <source>前の住所</source>
        <translation>Dating address</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>引っ越し先</source>
        <translation>Lilipatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+1"/>
        <source>引っ越す人</source>
        <translation>Mga taong lilipat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>世帯</source>
        <translation>Sambahayan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>ほかの手続き</source>
        <translation>Iba pang proseso</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../qml/screens/Confirm.qml" line="+3"/>
        <source>届出の種類</source>
        <translation>Uri ng notipikasyon</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>引っ越しの日</source>
        <translation>Petsa ng paglipat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>届出日</source>
        <translation>Petsa ng pag-file</translation>
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
        <translation>Puno ng sambahayan</translation>
    </message>
    <message>
        <location line="-9"/>
        <location filename="../qml/screens/Confirm.qml" line="-3"/>
        <source>手続き</source>
        <translation>Proseso</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../qml/screens/Confirm.qml" line="+3"/>
        <source>妻</source>
        <translation>Asawang babae</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>夫</source>
        <translation>Asawang lalaki</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>子</source>
        <translation>Anak</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+1"/>
        <source>父</source>
        <translation>Ama</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>母</source>
        <translation>Ina</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>兄</source>
        <translation>Nakatatandang kapatid na lalaki</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>弟</source>
        <translation>Nakababatang kapatid na lalaki</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>姉</source>
        <translation>Nakatatandang kapatid na babae</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../qml/screens/Confirm.qml" line="+1"/>
        <source>妹</source>
        <translation>Nakababatang kapatid na babae</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>同居人</source>
        <translation>Kasamang nakatira</translation>
    </message>
    <message>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>わからない（係員に相談）</source>
        <translation>Hindi sigurado (magtanong sa staff)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>転入届</source>
        <translation>Notipikasyon ng paglipat dito (転入届)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>転居届</source>
        <translation>Paglipat sa loob ng lungsod (転居届)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>転出届</source>
        <translation>Notipikasyon ng pag-alis (転出届)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>内容を確かめてください</source>
        <translation>Pakisuri ang mga detalye</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>この内容で届出書を作ります。直すときは「直す」を押してください。</source>
        <translation>Gagawin ang form gamit ang mga detalyeng ito. Para magbago, pindutin ang "Baguhin".</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../qml/screens/ConfirmSections.qml" line="+10"/>
        <source>署名へ進む</source>
        <translation>Pumunta sa pagpirma</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>直す</source>
        <translation>Baguhin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1を直す</source>
        <translation>Baguhin ang %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>（係員が入力します）</source>
        <translation>(ilalagay ng staff)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>下に続きがあります（押すと進みます）</source>
        <translation>May kasunod pa sa ibaba (pindutin para magpatuloy)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>これで全部です。よければ「署名へ進む」を押してください。</source>
        <translation>Iyan na ang lahat. Kung tama, pindutin ang "Pumunta sa pagpirma".</translation>
    </message>
    <message>
        <location filename="../qml/FormSections.qml" line="+71"/>
        <location filename="../qml/screens/Confirm.qml" line="-38"/>
        <source>カードで確認</source>
        <translation>Nasuri gamit ang card</translation>
    </message>
    <message>
        <location filename="../qml/screens/Confirm.qml" line="+6"/>
        <source>係員が確認します</source>
        <translation>Susuriin ng staff</translation>
    </message>
</context>
<context>
    <name>ConfirmSections</name>
    <message>
        <location filename="../qml/screens/ConfirmSections.qml" line="-3"/>
        <source>内容を一つずつ確かめてください</source>
        <translation>Suriin ang bawat bahagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正しければ「確認しました」を押してください。すべて確かめると署名できます。</source>
        <translation>Kung tama, pindutin ang “Tama ito”. Kapag nasuri na ang lahat, maaari nang pumirma.</translation>
    </message>
</context>
<context>
    <name>Done</name>
    <message>
        <location filename="../qml/screens/Done.qml" line="+8"/>
        <source>受け付けました</source>
        <translation>Natanggap na</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>受付番号</source>
        <translation>Numero ng pagtanggap</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>番号を呼ばれるまで、お待ちください。係員が内容を確認します。</source>
        <translation>Maghintay hanggang tawagin ang iyong numero. Susuriin ng staff ang mga detalye.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>残りの項目は係員が入力します。このままお待ちください。係員が受付番号をお伝えします。</source>
        <translation>Ilalagay ng staff ang natitirang impormasyon. Maghintay dito; ibibigay ng staff ang iyong numero ng pagtanggap.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>届出日：%1</source>
        <translation>Petsa ng paghahain: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>カードをお取りください。</source>
        <translation>Pakikuha ang iyong card.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>終わる</source>
        <translation>Tapusin</translation>
    </message>
</context>
<context>
    <name>FormSections</name>
    <message>
        <location filename="../qml/FormSections.qml" line="-94"/>
        <source>届出人</source>
        <translation>Nagsusumite</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>区分</source>
        <translation>Uri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>氏名</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>関係</source>
        <translation>Kaugnayan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人確認</source>
        <translation>Pagpapatunay ng pagkakakilanlan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>委任状</source>
        <translation>Sulat ng awtorisasyon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>世帯変更の区分</source>
        <translation>Uri ng pagbabago sa sambahayan</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>確認済み</source>
        <translation>Nakumpirma na</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>確認しました</source>
        <translation>Tama ito</translation>
    </message>
</context>
<context>
    <name>Furigana</name>
    <message>
        <location filename="../qml/screens/Furigana.qml" line="+19"/>
        <source>%1 さんのお名前の読み方（フリガナ）を選んでください</source>
        <translation>Piliin kung paano binabasa ang pangalan ni %1 (furigana)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>お名前の読み方（フリガナ）を入力してください</source>
        <translation>Ilagay kung paano binabasa ang iyong pangalan (furigana)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>お名前の読み方（フリガナ）を選んでください</source>
        <translation>Piliin kung paano binabasa ang iyong pangalan (furigana)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住民票に載ります。カタカナで入力してください。</source>
        <translation>Isusulat ito sa iyong residence record. Ilagay ito sa katakana.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住民票に載ります。合うものを押してください。</source>
        <translation>Isusulat ito sa iyong residence record. Pindutin ang tama.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>これで決定</source>
        <translation>Kumpirmahin</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>名字と名前の読み方を、それぞれ選ぶか入力してください。</source>
        <translation>Piliin o ilagay ang basa ng apelyido at ng pangalan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>読み方を選ぶか入力してください。</source>
        <translation>Piliin o ilagay ang basa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>読み方は、カタカナかひらがなで入力してください。</source>
        <translation>Ilagay ang basa sa katakana o hiragana.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>読み方が長すぎます。</source>
        <translation>Masyadong mahaba ang basa.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>フリガナは、お名前を日本語でどう読むかをカタカナで書いたものです。</source>
        <translation>Ang furigana (フリガナ) ay kung paano binabasa ang iyong pangalan sa Japanese, nakasulat sa katakana.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>氏名</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名字（氏）</source>
        <translation>Apelyido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>名前（名）</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>ほかの読み方を入力</source>
        <translation>Ilagay ang ibang basa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>読み方を入力</source>
        <translation>Ilagay ang basa</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>例：ヤマダ</source>
        <translation>Hal.: ヤマダ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>読み方（カタカナ）</source>
        <translation>Basa (katakana)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>決定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>わからない</source>
        <translation>Hindi ko alam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>読み方は係員が入力します</source>
        <translation>Ang kawani ang maglalagay ng basa</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <location filename="../qml/screens/Guide.qml" line="+10"/>
        <source>引っ越し先は外国ですか？</source>
        <translation>Lilipat ka ba sa ibang bansa?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>外国から引っ越してきましたか？</source>
        <translation>Galing ka ba sa ibang bansa?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>どの引っ越しですか？</source>
        <translation>Anong uri ng paglipat ito?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>転居の届出になります</source>
        <translation>Ito ay notipikasyon ng paglipat sa loob ng lungsod (転居)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>転入の届出になります</source>
        <translation>Ito ay notipikasyon ng paglipat dito (転入)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1の中で引っ越しました</source>
        <translation>Lumipat ako sa loob ng %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ほかの市区町村や外国から、%1へ引っ越してきました</source>
        <translation>Lumipat ako sa %1 mula sa ibang lungsod o mula sa ibang bansa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1から、ほかの市区町村や外国へ引っ越します</source>
        <translation>Lilipat ako mula %1 papunta sa ibang lungsod o ibang bansa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>転出の届出になります</source>
        <translation>Ito ay notipikasyon ng pag-alis (転出)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>どれでもない・わからない</source>
        <translation>Wala sa mga ito / Hindi ako sigurado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>係員がお手伝いします</source>
        <translation>Tutulungan ka ng staff</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>いいえ（日本国内）</source>
        <translation>Hindi (sa loob ng Japan)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>はい（外国）</source>
        <translation>Oo (ibang bansa)</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <location filename="../qml/screens/Identity.qml" line="+10"/>
        <source>あなたの情報はこれで合っていますか？</source>
        <translation>Tama ba ang impormasyon mo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードから読み取りました。</source>
        <translation>Binasa mula sa iyong card.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>氏名</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住所</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生年月日</source>
        <translation>Petsa ng kapanganakan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>性別</source>
        <translation>Kasarian</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>男</source>
        <translation>Lalaki</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>女</source>
        <translation>Babae</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>記載なし</source>
        <translation>Hindi nakasaad</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>カードで確認</source>
        <translation>Nasuri gamit ang card</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>はい、合っています</source>
        <translation>Oo, tama</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>いいえ、違います</source>
        <translation>Hindi, mali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>係員がお手伝いします</source>
        <translation>Tutulungan ka ng staff</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../qml/Keypad.qml" line="+30"/>
        <location line="+2"/>
        <source>1字消す</source>
        <translation>Burahin ang isa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ハイフン</source>
        <translation>Gitling</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="+54"/>
        <source>画面を下に寄せています</source>
        <translation>Nakababa ang screen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>係員を呼びました。このままお待ちください。入力した内容はそのまま残ります。</source>
        <translation>Natawag na ang staff. Maghintay lang dito. Nananatili ang lahat ng inilagay mo.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>カードを読み取っています。カードを動かさないでください。</source>
        <translation>Binabasa ang card. Huwag galawin ang card.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>やめますか？</source>
        <translation>Gusto mo bang kanselahin?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入力した内容はすべて消えます。</source>
        <translation>Mabubura ang lahat ng inilagay mo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>やめる</source>
        <translation>Kanselahin</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>続ける</source>
        <translation>Magpatuloy</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>カードが外れました</source>
        <translation>Natanggal ang card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ありがとうございました</source>
        <translation>Salamat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>続けますか？</source>
        <translation>Gusto mo bang magpatuloy?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>カードをもう一度置くと続けられます。</source>
        <translation>Ilagay muli ang card para magpatuloy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>まもなく最初の画面に戻ります。</source>
        <translation>Babalik sa unang screen sa ilang sandali.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>しばらく操作がありません。続けるときは画面に触れてください。</source>
        <translation>Matagal nang walang pumipindot. Pindutin ang screen para magpatuloy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>あと %1 秒で入力した内容を消します。</source>
        <translation>Mabubura ang inilagay mo sa loob ng %1 segundo.</translation>
    </message>
</context>
<context>
    <name>Mirror</name>
    <message>
        <location filename="../qml/screens/Mirror.qml" line="+7"/>
        <source>係員が入力しています</source>
        <translation>Pinupunan ng kawani ang form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入力した内容です。違うところがあれば係員に伝えてください。</source>
        <translation>Ito ang mga nailagay. Kung may mali, sabihin sa kawani.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../qml/Page.qml" line="+13"/>
        <source>次へ</source>
        <translation>Susunod</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>手順 %1 / %2</source>
        <translation>Hakbang %1 sa %2</translation>
    </message>
    <message>
        <location line="+90"/>
        <location line="+1"/>
        <source>戻る</source>
        <translation>Bumalik</translation>
    </message>
</context>
<context>
    <name>PaperSign</name>
    <message>
        <location filename="../qml/screens/PaperSign.qml" line="+7"/>
        <source>紙の届書に署名してください</source>
        <translation>Pumirma sa naka-print na form</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>係員が届書を印刷します。署名欄に手書きで署名してください。</source>
        <translation>Ipi-print ng kawani ang form. Pumirma nang sulat-kamay sa lugar ng pirma.</translation>
    </message>
</context>
<context>
    <name>Pin</name>
    <message>
        <location filename="../qml/screens/Pin.qml" line="+12"/>
        <source>ご家族のカードの暗証番号を入力してください</source>
        <translation>Ilagay ang PIN ng card ng kapamilya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>暗証番号（数字4けた）を入力してください</source>
        <translation>Ilagay ang iyong PIN (4 na numero)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードを受け取ったときに決めた、数字4けたの暗証番号です。</source>
        <translation>Ang 4 na numerong PIN na pinili mo nang matanggap ang card.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>暗証番号が違います。あと %n 回間違えるとカードがロックされます。</source>
        <translation>
            <numerusform>Mali ang PIN. Kapag nagkamali ka pa ng %n beses, mala-lock ang card.</numerusform>
            <numerusform>Mali ang PIN. Kapag nagkamali ka pa ng %n beses, mala-lock ang card.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>残り1回です。先に「確認して入力する」を押してください。</source>
        <translation>Isang subok na lang ang natitira. Pindutin muna ang "Kumpirmahin at ilagay".</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードが離れました。カードを置き直してください。</source>
        <translation>Naalis ang card sa puwesto. Ilagay muli ang card.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードが置かれていません。</source>
        <translation>Walang card sa reader.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>マイナンバーカードではないようです。</source>
        <translation>Mukhang hindi ito My Number Card.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードリーダーが使えません。係員をお呼びください。</source>
        <translation>Hindi magamit ang card reader. Tumawag ng staff.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数字4けたで入力してください。</source>
        <translation>Maglagay ng 4 na numero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>カードを読み取れませんでした。係員をお呼びください。</source>
        <translation>Hindi mabasa ang card. Tumawag ng staff.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>間違えられる回数：あと %n 回</source>
        <translation>
            <numerusform>Natitirang subok: %n</numerusform>
            <numerusform>Natitirang subok: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>3回続けて間違えるとカードがロックされ、市区町村の窓口での手続きが必要になります。</source>
        <translation>Kapag 3 beses kang nagkamali nang sunod-sunod, mala-lock ang card at kailangan mong pumunta sa city hall.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>残り1回です。間違えるとカードがロックされます。</source>
        <translation>Isang subok na lang. Kapag mali, mala-lock ang card.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>自信がないときは、入力せずに係員をお呼びください。</source>
        <translation>Kung hindi ka sigurado, huwag ilagay: tumawag ng staff.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>確認して入力する</source>
        <translation>Kumpirmahin at ilagay</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>入力せずに係員を呼ぶ</source>
        <translation>Tumawag ng staff nang hindi naglalagay</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>暗証番号がわからない</source>
        <translation>Hindi ko alam ang PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードの表面の数字で読み取ります</source>
        <translation>Basahin ang card gamit ang mga numero sa harap</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>スマートフォンで入力した方</source>
        <translation>Nag-fill in ako sa smartphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>二次元コードを読み取ります</source>
        <translation>I-scan ang QR code</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>スマートフォンの内容を読み取りました。</source>
        <translation>Nabasa na ang mga sagot mula sa smartphone.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>入力した数字：%1 けた</source>
        <translation>Nailagay na numero: %1</translation>
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
        <translation>Ilagay ang card ng taong idadagdag</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>今置いているカードを取ってから、追加する人のカードを置いてください。</source>
        <translation>Alisin ang card na nasa reader ngayon, saka ilagay ang card ng taong idadagdag.</translation>
    </message>
</context>
<context>
    <name>Preentry</name>
    <message>
        <location filename="../qml/screens/Preentry.qml" line="+12"/>
        <source>読み取りました。マイナンバーカードを置いてください</source>
        <translation>Nabasa na. Pakilagay ang iyong My Number Card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>スマートフォンの二次元コードを読み取ります</source>
        <translation>I-scan ang QR code sa iyong smartphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>家で入力した内容を使って、届出を作ります。</source>
        <translation>Gagamitin ang inilagay mo sa bahay para gawin ang notification.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>この窓口で使えるコードではありません。入力ページの最後に表示されたコードをかざしてください。</source>
        <translation>Hindi magagamit ang code na ito dito. Ipakita ang code na lumabas sa dulo ng page.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>コードを読み取れませんでした。もう一度かざしてください。</source>
        <translation>Hindi mabasa ang code. Ipakita ulit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このコードの形式は、この窓口ではまだ読めません。係員をお呼びください。</source>
        <translation>Hindi pa nababasa dito ang ganitong code. Tumawag ng staff.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>コードに個人番号のような数字が入っているため、使えません。係員をお呼びください。</source>
        <translation>May numero sa code na mukhang Individual Number, kaya hindi ito magagamit. Tumawag ng staff.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>コードの内容に誤りがあります。係員をお呼びください。</source>
        <translation>May mali sa laman ng code. Tumawag ng staff.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>カメラの映像</source>
        <translation>Kuha ng camera</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>この端末にはカメラがありません。</source>
        <translation>Walang camera ang terminal na ito.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>二次元コードを読み取り機にかざしてください。</source>
        <translation>Itapat ang QR code sa scanner.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>スマートフォンに表示した二次元コードを、カメラに向けてください。読み取り機でも読み取れます。</source>
        <translation>Itapat sa camera ang QR code sa iyong smartphone. Mababasa rin ito ng scanner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入力ページの最後に表示された二次元コードを使います。</source>
        <translation>Gamitin ang QR code na lumabas sa dulo ng page.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>スマートフォンの内容を読み取りました。</source>
        <translation>Nabasa na ang mga sagot mula sa smartphone.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>このあとマイナンバーカードで本人を確かめます。カードの内容が、入力した内容より優先されます。</source>
        <translation>Susunod, kukumpirmahin ng My Number Card kung sino ka. Mas susundin ang nasa card kaysa sa inilagay mo.</translation>
    </message>
</context>
<context>
    <name>Sign</name>
    <message>
        <location filename="../qml/screens/Sign.qml" line="+7"/>
        <source>指で署名してください</source>
        <translation>Pumirma gamit ang daliri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>署名すると、この内容で届け出ます。</source>
        <translation>Sa pagpirma, ifa-file mo ang notipikasyon sa mga detalyeng ito.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>署名欄に名前を書いてください。</source>
        <translation>Isulat ang iyong pangalan sa kahon ng pirma.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>届出書に足りないところがあります。係員をお呼びください。</source>
        <translation>May kulang sa form. Tumawag ng staff.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>書き直す</source>
        <translation>Isulat muli</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>この内容で届け出る</source>
        <translation>I-file sa mga detalyeng ito</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../qml/SignaturePad.qml" line="+15"/>
        <source>署名欄: 指で名前を書いてください</source>
        <translation>Kahon ng pirma: isulat ang pangalan gamit ang daliri</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <location filename="../qml/screens/Staff.qml" line="+6"/>
        <source>係員がお手伝いします</source>
        <translation>Tutulungan ka ng staff</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>このままお待ちください。係員がまいります。</source>
        <translation>Maghintay dito. Darating ang staff.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>本人確認の書類（在留カード、運転免許証など）をお持ちでしたら、ご用意ください。</source>
        <translation>Kung may dala kang ID (residence card, lisensya sa pagmamaneho, atbp.), ihanda ito.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>最初の画面に戻る</source>
        <translation>Bumalik sa unang screen</translation>
    </message>
</context>
<context>
    <name>StepBanchi</name>
    <message>
        <location filename="../qml/screens/StepBanchi.qml" line="+7"/>
        <source>番地を入力してください</source>
        <translation>Ilagay ang numero ng bloke at bahay (番地)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>番地</source>
        <translation>Numero ng bloke at bahay</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>例：1丁目2番3号なら 1-2-3</source>
        <translation>Halimbawa: sa 1-chōme 2-ban 3-gō, ilagay ang 1-2-3</translation>
    </message>
</context>
<context>
    <name>StepBrowse</name>
    <message>
        <location filename="../qml/screens/StepBrowse.qml" line="+13"/>
        <source>都道府県を選んでください</source>
        <translation>Piliin ang prefecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>市区町村を選んでください</source>
        <translation>Piliin ang lungsod o bayan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>町名を選んでください</source>
        <translation>Piliin ang distrito (町名)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1行</source>
        <translation>Hanay %1</translation>
    </message>
</context>
<context>
    <name>StepCandidates</name>
    <message>
        <location filename="../qml/screens/StepCandidates.qml" line="+7"/>
        <source>住所を選んでください</source>
        <translation>Piliin ang address</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>この中にない</source>
        <translation>Wala sa listahang ito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>都道府県と市区町村から選びます</source>
        <translation>Pumili ayon sa prefecture at lungsod</translation>
    </message>
</context>
<context>
    <name>StepCountry</name>
    <message>
        <location filename="../qml/screens/StepCountry.qml" line="+8"/>
        <source>引っ越し先の国はどこですか？</source>
        <translation>Saang bansa ka lilipat?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>どこの国から引っ越してきましたか？</source>
        <translation>Saang bansa ka galing?</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>国名</source>
        <translation>Bansa</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>現地の住所（わかれば）</source>
        <translation>Address doon (kung alam)</translation>
    </message>
</context>
<context>
    <name>StepDate</name>
    <message>
        <location filename="../qml/screens/StepDate.qml" line="+7"/>
        <source>引っ越す日（予定日）はいつですか？</source>
        <translation>Kailan ka lilipat (planong petsa)?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>引っ越した日はいつですか？</source>
        <translation>Kailan ka lumipat?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>和暦（令和）</source>
        <translation>Kalendaryong Hapon (Reiwa)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>西暦</source>
        <translation>Kalendaryong Kanluranin</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>年</source>
        <translation>Taon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>月</source>
        <translation>Buwan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日</source>
        <translation>Araw</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1を1つ前に</source>
        <translation>Ibalik ang %1 nang isa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1を1つ後に</source>
        <translation>Isulong ang %1 nang isa</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>今日</source>
        <translation>Ngayon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>昨日</source>
        <translation>Kahapon</translation>
    </message>
</context>
<context>
    <name>StepHousehold</name>
    <message>
        <location filename="../qml/screens/StepHousehold.qml" line="+9"/>
        <source>妻</source>
        <translation>Asawang babae</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>夫</source>
        <translation>Asawang lalaki</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>子</source>
        <translation>Anak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>父</source>
        <translation>Ama</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>母</source>
        <translation>Ina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>兄</source>
        <translation>Nakatatandang kapatid na lalaki</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>弟</source>
        <translation>Nakababatang kapatid na lalaki</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>姉</source>
        <translation>Nakatatandang kapatid na babae</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>妹</source>
        <translation>Nakababatang kapatid na babae</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>同居人</source>
        <translation>Kasamang nakatira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>わからない（係員に相談）</source>
        <translation>Hindi sigurado (magtanong sa staff)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>追加した人 %1</source>
        <translation>Idinagdag na tao %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>世帯主はだれですか？</source>
        <translation>Sino ang puno ng sambahayan?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>ここにいない人</source>
        <translation>Taong wala rito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>世帯主の名前は係員が確認します</source>
        <translation>Susuriin ng staff ang pangalan ng puno ng sambahayan</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 は世帯主から見て：</source>
        <translation>Ang %1, kaugnay ng puno ng sambahayan, ay:</translation>
    </message>
</context>
<context>
    <name>StepKatagaki</name>
    <message>
        <location filename="../qml/screens/StepKatagaki.qml" line="+8"/>
        <source>建物の名前と部屋番号を入力してください</source>
        <translation>Ilagay ang pangalan ng gusali at numero ng kuwarto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>一戸建てなど、建物の名前がないときは「なし」を押してください。</source>
        <translation>Kung walang pangalan ang gusali (halimbawa, bahay), pindutin ang "Wala".</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>住民票に載るため、日本語（かな・漢字・数字）で入力してください。</source>
        <translation>Ilalagay ito sa residence record (住民票), kaya i-type ito sa Japanese (kana, kanji, numero).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>建物の名前と部屋番号</source>
        <translation>Pangalan ng gusali at numero ng kuwarto</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>なし</source>
        <translation>Wala</translation>
    </message>
</context>
<context>
    <name>StepMembers</name>
    <message>
        <location filename="../qml/screens/StepMembers.qml" line="+8"/>
        <source>一緒に引っ越す人はいますか？</source>
        <translation>May kasama ka bang lilipat?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>（係員が入力します）</source>
        <translation>(ilalagay ng staff)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>カードで確認</source>
        <translation>Nasuri gamit ang card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>スマートフォンで入力</source>
        <translation>Inilagay sa smartphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>転出の届出の情報</source>
        <translation>Mula sa notification ng paglipat palabas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードなし</source>
        <translation>Walang card</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>外す</source>
        <translation>Alisin</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>カードを持っている人を追加</source>
        <translation>Magdagdag ng taong may card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>その人のカードと暗証番号が必要です</source>
        <translation>Kailangan ang kanyang card at PIN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>カードがない人を追加</source>
        <translation>Magdagdag ng taong walang card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>係員があとで入力します</source>
        <translation>Ilalagay ng staff mamaya</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../qml/StepPage.qml" line="+12"/>
        <source>確認画面へ</source>
        <translation>Pumunta sa screen ng pagsusuri</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>次へ</source>
        <translation>Susunod</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>日付を選んでください。</source>
        <translation>Pumili ng petsa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>引っ越した日は、今日より後にできません。</source>
        <translation>Hindi maaaring lampas sa araw na ito ang petsa ng paglipat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>この郵便番号は見つかりません。番号を確かめてください。</source>
        <translation>Hindi nahanap ang postal code na ito. Pakisuri ang numero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住所を1つ選んでください。</source>
        <translation>Pumili ng isang address.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>番地を入力してください。</source>
        <translation>Ilagay ang numero ng bloke at bahay.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>国名を入力してください。</source>
        <translation>Ilagay ang bansa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>世帯主を選んでください。</source>
        <translation>Piliin ang puno ng sambahayan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全員の続柄を選んでください。</source>
        <translation>Piliin ang kaugnayan ng bawat isa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>すべての質問に答えてください。</source>
        <translation>Sagutin ang lahat ng tanong.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>入力を確かめてください。</source>
        <translation>Pakisuri ang inilagay mo.</translation>
    </message>
</context>
<context>
    <name>StepPostal</name>
    <message>
        <location filename="../qml/screens/StepPostal.qml" line="+8"/>
        <source>引っ越し先の郵便番号を入力してください</source>
        <translation>Ilagay ang postal code ng lilipatan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新しい住所の郵便番号を入力してください</source>
        <translation>Ilagay ang postal code ng bagong address</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>郵便番号がわからない</source>
        <translation>Hindi ko alam ang postal code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>都道府県と市区町村から選びます</source>
        <translation>Pumili ayon sa prefecture at lungsod</translation>
    </message>
</context>
<context>
    <name>StepRelated</name>
    <message>
        <location filename="../qml/screens/StepRelated.qml" line="+7"/>
        <source>ほかの手続きのための質問です</source>
        <translation>Mga tanong para sa iba pang proseso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>国民健康保険に入っていますか（入りますか）？</source>
        <translation>Kasali ka ba (sasali ka ba) sa National Health Insurance?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>障害者手帳を持っている人はいますか？</source>
        <translation>May tao bang may disability certificate (障害者手帳)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>犬を飼っていますか？</source>
        <translation>May alaga ka bang aso?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1で印鑑登録をしていますか？</source>
        <translation>May nakarehistro ka bang selyo (印鑑登録) sa %1?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>はい</source>
        <translation>Oo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>いいえ</source>
        <translation>Hindi</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/TopBar.qml" line="+74"/>
        <source>文字を元に戻す</source>
        <translation>Karaniwang laki ng teksto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文字を大きく</source>
        <translation>Mas malaking teksto</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>読み上げ</source>
        <translation>Basahin nang malakas</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>係員を呼びました</source>
        <translation>Natawag na ang staff</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>係員を呼ぶ</source>
        <translation>Tawagin ang staff</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>画面を下に寄せる</source>
        <translation>Ibaba ang screen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>白黒反転</source>
        <translation>Mataas na contrast</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>文字をもっと大きく</source>
        <translation>Mas malaki pang letra</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>やめる</source>
        <translation>Kanselahin</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../qml/screens/Welcome.qml" line="+31"/>
        <source>マイナンバーカードを置いてください</source>
        <translation>Pakilagay ang iyong My Number Card</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>カードの読み取りで、引っ越しの届出を書かずに作れます。</source>
        <translation>Basahin ang card at gawin ang notipikasyon ng paglipat nang hindi nagsusulat.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>言語を選んでください</source>
        <translation>Piliin ang wika</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>スマートフォンで入力した方</source>
        <translation>Nag-fill in ako sa smartphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>二次元コードを読み取ります</source>
        <translation>I-scan ang QR code</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>カードがない・暗証番号がわからない</source>
        <translation>Walang card / Hindi ko alam ang PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>係員がお手伝いします</source>
        <translation>Tutulungan ka ng staff</translation>
    </message>
</context>
</TS>
