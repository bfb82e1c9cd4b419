<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="ja">
<context>
    <name>Blocked</name>
    <message>
        <location filename="../qml/screens/Blocked.qml" line="+9"/>
        <source>カードの表面の数字での読み取りがロックされています</source>
        <translation>Cách đọc bằng các số trên mặt thẻ đã bị khóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>暗証番号がロックされています</source>
        <translation>Mã PIN đã bị khóa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>表面の数字を何度も間違えたため、この方法では読み取れません。</source>
        <translation>Đã nhập sai các số trên mặt thẻ quá nhiều lần nên không thể đọc bằng cách này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このカードは、暗証番号を3回間違えたためロックされています。</source>
        <translation>Thẻ này đã bị khóa vì nhập sai mã PIN 3 lần.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ロックの解除（暗証番号の再設定）は、市区町村の窓口でできます。カードと、住所地の市区町村の窓口で本人確認を受けてください。</source>
        <translation>Có thể mở khóa (đặt lại mã PIN) tại quầy của văn phòng thành phố. Hãy mang thẻ đến văn phòng nơi bạn sống để được xác nhận danh tính.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>今日の届出は、係員がカードなしでお手伝いします。</source>
        <translation>Hôm nay nhân viên sẽ giúp bạn làm thủ tục mà không cần thẻ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>係員を呼ぶ</source>
        <translation>Gọi nhân viên</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>カードの表面の数字で読み取る</source>
        <translation>Đọc bằng các số trên mặt thẻ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>最初の画面に戻る</source>
        <translation>Về màn hình đầu tiên</translation>
    </message>
</context>
<context>
    <name>Btn</name>
    <message>
        <location filename="../qml/Btn.qml" line="+32"/>
        <source>選択中</source>
        <translation>đã chọn</translation>
    </message>
</context>
<context>
    <name>CardFacePicture</name>
    <message>
        <location filename="../qml/CardFacePicture.qml" line="+13"/>
        <source>カードの表面の絵：生年月日、有効期限、セキュリティコードの場所</source>
        <translation>Hình mặt trước thẻ: vị trí ngày sinh, hạn sử dụng và mã bảo mật</translation>
    </message>
</context>
<context>
    <name>CardPicture</name>
    <message>
        <location filename="../qml/CardPicture.qml" line="+12"/>
        <source>カードリーダーの上にカードを置く絵</source>
        <translation>Hình: đặt thẻ lên đầu đọc thẻ</translation>
    </message>
</context>
<context>
    <name>CodeB</name>
    <message>
        <location filename="../qml/screens/CodeB.qml" line="+51"/>
        <source>カードの表面の数字で読み取ります</source>
        <translation>Đọc thẻ bằng các số trên mặt trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>暗証番号のかわりに、カードの表面に書かれている数字を3つ入力します。</source>
        <translation>Thay cho mã PIN, bạn nhập 3 con số in trên mặt trước thẻ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>決定</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>次へ</source>
        <translation>Tiếp</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>数字が違います。あと %n 回間違えると、この方法では読み取れなくなります。</source>
        <translation>
            <numerusform>Các số không đúng. Nếu sai thêm %n lần, sẽ không thể đọc bằng cách này.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>残り1回です。先に「確認して入力する」を押してください。</source>
        <translation>Chỉ còn 1 lần. Trước tiên hãy nhấn "Xác nhận và nhập".</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生年月日を確かめてください。年はカードに書かれているとおりに入力します。</source>
        <translation>Vui lòng kiểm tra ngày sinh. Nhập năm đúng như in trên thẻ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有効期限の年（西暦4けた）を確かめてください。</source>
        <translation>Vui lòng kiểm tra năm hết hạn (4 chữ số).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>セキュリティコード（数字4けた）を確かめてください。</source>
        <translation>Vui lòng kiểm tra mã bảo mật (4 chữ số).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入力した数字を確かめてください。</source>
        <translation>Vui lòng kiểm tra các số đã nhập.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードが離れました。カードを置き直してください。</source>
        <translation>Thẻ đã rời khỏi đầu đọc. Vui lòng đặt lại thẻ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードが置かれていません。</source>
        <translation>Không có thẻ trên đầu đọc.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>マイナンバーカードではないようです。</source>
        <translation>Đây có vẻ không phải thẻ My Number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードリーダーが使えません。係員をお呼びください。</source>
        <translation>Không dùng được đầu đọc thẻ. Vui lòng gọi nhân viên.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>カードを読み取れませんでした。係員をお呼びください。</source>
        <translation>Không đọc được thẻ. Vui lòng gọi nhân viên.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>生年月日を入力してください。年はカードに書かれているとおりに入力します（「昭和55年」なら 55、「1998年」なら 1998）。</source>
        <translation>Nhập ngày sinh. Nhập năm đúng như in trên thẻ (昭和55年 thì nhập 55, 1998年 thì nhập 1998).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>「有効期限」の年（西暦4けた）を入力してください。</source>
        <translation>Nhập năm hết hạn (4 chữ số).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>顔写真の下にある、数字4けたのセキュリティコードを入力してください。</source>
        <translation>Nhập mã bảo mật 4 chữ số in dưới ảnh chân dung.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>間違えられる回数：あと %n 回</source>
        <translation>
            <numerusform>Số lần còn được nhập sai: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>残り1回です。間違えると、この方法では読み取れなくなります。</source>
        <translation>Chỉ còn 1 lần. Nếu sai, sẽ không thể đọc bằng cách này.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>確認して入力する</source>
        <translation>Xác nhận và nhập</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>入力せずに係員を呼ぶ</source>
        <translation>Gọi nhân viên, không nhập</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>年</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>月</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>有効期限の年</source>
        <translation>Năm hết hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>セキュリティコード</source>
        <translation>Mã bảo mật</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <location filename="../qml/FormSections.qml" line="+14"/>
        <location filename="../qml/screens/Confirm.qml" line="+11"/>
        <source>届出</source>
        <translation>Khai báo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>新しい住所</source>
        <translation>Địa chỉ mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+1"/>
        <source>前の住所</source>
        <translation>Địa chỉ cũ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>引っ越し先</source>
        <translation>Nơi chuyển đến</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+1"/>
        <source>引っ越す人</source>
        <translation>Người chuyển nhà</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>世帯</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>ほかの手続き</source>
        <translation>Thủ tục khác</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../qml/screens/Confirm.qml" line="+3"/>
        <source>届出の種類</source>
        <translation>Loại khai báo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>引っ越しの日</source>
        <translation>Ngày chuyển nhà</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>届出日</source>
        <translation>Ngày khai báo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+1"/>
        <source>郵便番号</source>
        <translation>Mã bưu điện</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>住所</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <location line="+4"/>
        <source>世帯主</source>
        <translation>Chủ hộ</translation>
    </message>
    <message>
        <location line="-9"/>
        <location filename="../qml/screens/Confirm.qml" line="-3"/>
        <source>手続き</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../qml/screens/Confirm.qml" line="+3"/>
        <source>妻</source>
        <translation>Vợ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>夫</source>
        <translation>Chồng</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>子</source>
        <translation>Con</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+1"/>
        <source>父</source>
        <translation>Cha</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>母</source>
        <translation>Mẹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>兄</source>
        <translation>Anh trai</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>弟</source>
        <translation>Em trai</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>姉</source>
        <translation>Chị gái</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../qml/screens/Confirm.qml" line="+1"/>
        <source>妹</source>
        <translation>Em gái</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>同居人</source>
        <translation>Người ở cùng</translation>
    </message>
    <message>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>わからない（係員に相談）</source>
        <translation>Không rõ (hỏi nhân viên)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>転入届</source>
        <translation>Khai báo chuyển đến (転入届)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>転居届</source>
        <translation>Khai báo chuyển chỗ ở trong thành phố (転居届)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>転出届</source>
        <translation>Khai báo chuyển đi (転出届)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>内容を確かめてください</source>
        <translation>Vui lòng kiểm tra nội dung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>この内容で届出書を作ります。直すときは「直す」を押してください。</source>
        <translation>Tờ khai sẽ được lập với nội dung này. Muốn sửa, hãy nhấn "Sửa".</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../qml/screens/ConfirmSections.qml" line="+10"/>
        <source>署名へ進む</source>
        <translation>Tiếp tục để ký</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>直す</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1を直す</source>
        <translation>Sửa %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>（係員が入力します）</source>
        <translation>(nhân viên sẽ nhập)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>下に続きがあります（押すと進みます）</source>
        <translation>Còn nữa ở bên dưới (nhấn để xem tiếp)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>これで全部です。よければ「署名へ進む」を押してください。</source>
        <translation>Đó là tất cả. Nếu đúng, hãy nhấn "Tiếp tục để ký".</translation>
    </message>
    <message>
        <location filename="../qml/FormSections.qml" line="+71"/>
        <location filename="../qml/screens/Confirm.qml" line="-38"/>
        <source>カードで確認</source>
        <translation>Đã xác nhận bằng thẻ</translation>
    </message>
    <message>
        <location filename="../qml/screens/Confirm.qml" line="+6"/>
        <source>係員が確認します</source>
        <translation>Nhân viên sẽ kiểm tra</translation>
    </message>
</context>
<context>
    <name>ConfirmSections</name>
    <message>
        <location filename="../qml/screens/ConfirmSections.qml" line="-3"/>
        <source>内容を一つずつ確かめてください</source>
        <translation>Hãy kiểm tra từng phần</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正しければ「確認しました」を押してください。すべて確かめると署名できます。</source>
        <translation>Nếu đúng, hãy nhấn “Đã kiểm tra”. Khi đã kiểm tra tất cả, bạn có thể ký.</translation>
    </message>
</context>
<context>
    <name>Done</name>
    <message>
        <location filename="../qml/screens/Done.qml" line="+8"/>
        <source>受け付けました</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>受付番号</source>
        <translation>Số tiếp nhận</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>番号を呼ばれるまで、お待ちください。係員が内容を確認します。</source>
        <translation>Vui lòng chờ đến khi số của bạn được gọi. Nhân viên sẽ kiểm tra nội dung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>残りの項目は係員が入力します。このままお待ちください。係員が受付番号をお伝えします。</source>
        <translation>Nhân viên sẽ nhập các mục còn lại. Vui lòng chờ tại đây; nhân viên sẽ cho bạn biết số tiếp nhận.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>届出日：%1</source>
        <translation>Ngày khai báo: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>カードをお取りください。</source>
        <translation>Vui lòng lấy lại thẻ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>終わる</source>
        <translation>Kết thúc</translation>
    </message>
</context>
<context>
    <name>FormSections</name>
    <message>
        <location filename="../qml/FormSections.qml" line="-94"/>
        <source>届出人</source>
        <translation>Người khai báo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>区分</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>氏名</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>関係</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人確認</source>
        <translation>Xác minh danh tính</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>委任状</source>
        <translation>Giấy ủy quyền</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>世帯変更の区分</source>
        <translation>Loại thay đổi hộ</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>確認済み</source>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>確認しました</source>
        <translation>Đã kiểm tra</translation>
    </message>
</context>
<context>
    <name>Furigana</name>
    <message>
        <location filename="../qml/screens/Furigana.qml" line="+19"/>
        <source>%1 さんのお名前の読み方（フリガナ）を選んでください</source>
        <translation>Hãy chọn cách đọc tên của %1 (furigana)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>お名前の読み方（フリガナ）を入力してください</source>
        <translation>Hãy nhập cách đọc tên của bạn (furigana)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>お名前の読み方（フリガナ）を選んでください</source>
        <translation>Hãy chọn cách đọc tên của bạn (furigana)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住民票に載ります。カタカナで入力してください。</source>
        <translation>Cách đọc này được ghi vào phiếu cư trú. Hãy nhập bằng chữ katakana.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住民票に載ります。合うものを押してください。</source>
        <translation>Cách đọc này được ghi vào phiếu cư trú. Hãy chạm vào cách đọc đúng.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>これで決定</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>名字と名前の読み方を、それぞれ選ぶか入力してください。</source>
        <translation>Hãy chọn hoặc nhập cách đọc cho cả họ và tên.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>読み方を選ぶか入力してください。</source>
        <translation>Hãy chọn hoặc nhập cách đọc.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>読み方は、カタカナかひらがなで入力してください。</source>
        <translation>Hãy nhập cách đọc bằng katakana hoặc hiragana.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>読み方が長すぎます。</source>
        <translation>Cách đọc quá dài.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>フリガナは、お名前を日本語でどう読むかをカタカナで書いたものです。</source>
        <translation>Furigana (フリガナ) là cách đọc tên của bạn bằng tiếng Nhật, viết bằng chữ katakana.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>氏名</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名字（氏）</source>
        <translation>Họ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>名前（名）</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>ほかの読み方を入力</source>
        <translation>Nhập cách đọc khác</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>読み方を入力</source>
        <translation>Nhập cách đọc</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>例：ヤマダ</source>
        <translation>Ví dụ: ヤマダ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>読み方（カタカナ）</source>
        <translation>Cách đọc (katakana)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>決定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>わからない</source>
        <translation>Tôi không biết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>読み方は係員が入力します</source>
        <translation>Nhân viên sẽ nhập cách đọc</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <location filename="../qml/screens/Guide.qml" line="+10"/>
        <source>引っ越し先は外国ですか？</source>
        <translation>Bạn chuyển ra nước ngoài phải không?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>外国から引っ越してきましたか？</source>
        <translation>Bạn chuyển đến từ nước ngoài phải không?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>どの引っ越しですか？</source>
        <translation>Bạn chuyển nhà theo hình thức nào?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>転居の届出になります</source>
        <translation>Đây là khai báo chuyển chỗ ở (転居)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>転入の届出になります</source>
        <translation>Đây là khai báo chuyển đến (転入)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1の中で引っ越しました</source>
        <translation>Tôi đã chuyển nhà trong %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ほかの市区町村や外国から、%1へ引っ越してきました</source>
        <translation>Tôi đã chuyển đến %1 từ thành phố khác hoặc từ nước ngoài</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1から、ほかの市区町村や外国へ引っ越します</source>
        <translation>Tôi sẽ chuyển từ %1 đến thành phố khác hoặc ra nước ngoài</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>転出の届出になります</source>
        <translation>Đây là khai báo chuyển đi (転出)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>どれでもない・わからない</source>
        <translation>Không phải các trường hợp trên / Không rõ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>係員がお手伝いします</source>
        <translation>Nhân viên sẽ giúp bạn</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>いいえ（日本国内）</source>
        <translation>Không (trong Nhật Bản)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>はい（外国）</source>
        <translation>Có (nước ngoài)</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <location filename="../qml/screens/Identity.qml" line="+10"/>
        <source>あなたの情報はこれで合っていますか？</source>
        <translation>Thông tin của bạn có đúng không?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードから読み取りました。</source>
        <translation>Đã đọc từ thẻ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>氏名</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住所</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生年月日</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>性別</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>男</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>女</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>記載なし</source>
        <translation>Không ghi</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>カードで確認</source>
        <translation>Đã xác nhận bằng thẻ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>はい、合っています</source>
        <translation>Có, đúng</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>いいえ、違います</source>
        <translation>Không, sai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>係員がお手伝いします</source>
        <translation>Nhân viên sẽ giúp bạn</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../qml/Keypad.qml" line="+30"/>
        <location line="+2"/>
        <source>1字消す</source>
        <translation>Xóa một ký tự</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ハイフン</source>
        <translation>Gạch nối</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="+54"/>
        <source>画面を下に寄せています</source>
        <translation>Màn hình đã được dời xuống dưới</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>係員を呼びました。このままお待ちください。入力した内容はそのまま残ります。</source>
        <translation>Đã gọi nhân viên. Vui lòng chờ tại đây. Nội dung đã nhập vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>カードを読み取っています。カードを動かさないでください。</source>
        <translation>Đang đọc thẻ. Vui lòng không di chuyển thẻ.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>やめますか？</source>
        <translation>Bạn muốn hủy?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入力した内容はすべて消えます。</source>
        <translation>Toàn bộ nội dung đã nhập sẽ bị xóa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>やめる</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>続ける</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>カードが外れました</source>
        <translation>Thẻ đã bị lấy ra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ありがとうございました</source>
        <translation>Xin cảm ơn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>続けますか？</source>
        <translation>Bạn có muốn tiếp tục không?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>カードをもう一度置くと続けられます。</source>
        <translation>Đặt lại thẻ để tiếp tục.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>まもなく最初の画面に戻ります。</source>
        <translation>Sắp quay về màn hình đầu tiên.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>しばらく操作がありません。続けるときは画面に触れてください。</source>
        <translation>Đã lâu không có thao tác. Chạm vào màn hình để tiếp tục.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>あと %1 秒で入力した内容を消します。</source>
        <translation>Nội dung đã nhập sẽ bị xóa sau %1 giây.</translation>
    </message>
</context>
<context>
    <name>Mirror</name>
    <message>
        <location filename="../qml/screens/Mirror.qml" line="+7"/>
        <source>係員が入力しています</source>
        <translation>Nhân viên đang nhập thông tin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入力した内容です。違うところがあれば係員に伝えてください。</source>
        <translation>Đây là nội dung đã nhập. Nếu có chỗ sai, hãy báo cho nhân viên.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../qml/Page.qml" line="+13"/>
        <source>次へ</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>手順 %1 / %2</source>
        <translation>Bước %1 / %2</translation>
    </message>
    <message>
        <location line="+90"/>
        <location line="+1"/>
        <source>戻る</source>
        <translation>Quay lại</translation>
    </message>
</context>
<context>
    <name>PaperSign</name>
    <message>
        <location filename="../qml/screens/PaperSign.qml" line="+7"/>
        <source>紙の届書に署名してください</source>
        <translation>Hãy ký vào tờ khai đã in</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>係員が届書を印刷します。署名欄に手書きで署名してください。</source>
        <translation>Nhân viên sẽ in tờ khai. Hãy ký tay vào ô chữ ký.</translation>
    </message>
</context>
<context>
    <name>Pin</name>
    <message>
        <location filename="../qml/screens/Pin.qml" line="+12"/>
        <source>ご家族のカードの暗証番号を入力してください</source>
        <translation>Nhập mã PIN thẻ của người nhà</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>暗証番号（数字4けた）を入力してください</source>
        <translation>Nhập mã PIN (4 chữ số)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードを受け取ったときに決めた、数字4けたの暗証番号です。</source>
        <translation>Mã PIN 4 chữ số bạn đã đặt khi nhận thẻ.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>暗証番号が違います。あと %n 回間違えるとカードがロックされます。</source>
        <translation>
            <numerusform>Sai mã PIN. Nếu sai thêm %n lần nữa, thẻ sẽ bị khóa.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>残り1回です。先に「確認して入力する」を押してください。</source>
        <translation>Chỉ còn 1 lần. Trước tiên hãy nhấn "Xác nhận và nhập".</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードが離れました。カードを置き直してください。</source>
        <translation>Thẻ đã rời khỏi đầu đọc. Vui lòng đặt lại thẻ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードが置かれていません。</source>
        <translation>Không có thẻ trên đầu đọc.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>マイナンバーカードではないようです。</source>
        <translation>Đây có vẻ không phải thẻ My Number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードリーダーが使えません。係員をお呼びください。</source>
        <translation>Không dùng được đầu đọc thẻ. Vui lòng gọi nhân viên.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数字4けたで入力してください。</source>
        <translation>Vui lòng nhập 4 chữ số.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>カードを読み取れませんでした。係員をお呼びください。</source>
        <translation>Không đọc được thẻ. Vui lòng gọi nhân viên.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>間違えられる回数：あと %n 回</source>
        <translation>
            <numerusform>Số lần còn được nhập sai: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>3回続けて間違えるとカードがロックされ、市区町村の窓口での手続きが必要になります。</source>
        <translation>Nếu nhập sai 3 lần liên tiếp, thẻ sẽ bị khóa và bạn phải đến văn phòng thành phố để làm thủ tục.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>残り1回です。間違えるとカードがロックされます。</source>
        <translation>Chỉ còn 1 lần. Nếu sai, thẻ sẽ bị khóa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>自信がないときは、入力せずに係員をお呼びください。</source>
        <translation>Nếu không chắc chắn, đừng nhập mà hãy gọi nhân viên.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>確認して入力する</source>
        <translation>Xác nhận và nhập</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>入力せずに係員を呼ぶ</source>
        <translation>Gọi nhân viên, không nhập</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>暗証番号がわからない</source>
        <translation>Tôi không biết mã PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードの表面の数字で読み取ります</source>
        <translation>Đọc thẻ bằng các số trên mặt trước</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>スマートフォンで入力した方</source>
        <translation>Đã nhập trên điện thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>二次元コードを読み取ります</source>
        <translation>Quét mã QR</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>スマートフォンの内容を読み取りました。</source>
        <translation>Đã đọc nội dung từ điện thoại.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>入力した数字：%1 けた</source>
        <translation>Đã nhập: %1 chữ số</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>決定</source>
        <translation>Xác nhận</translation>
    </message>
</context>
<context>
    <name>PlaceMember</name>
    <message>
        <location filename="../qml/screens/PlaceMember.qml" line="+6"/>
        <source>追加する人のカードを置いてください</source>
        <translation>Đặt thẻ của người cần thêm</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>今置いているカードを取ってから、追加する人のカードを置いてください。</source>
        <translation>Lấy thẻ đang đặt ra, rồi đặt thẻ của người cần thêm.</translation>
    </message>
</context>
<context>
    <name>Preentry</name>
    <message>
        <location filename="../qml/screens/Preentry.qml" line="+12"/>
        <source>読み取りました。マイナンバーカードを置いてください</source>
        <translation>Đã đọc. Vui lòng đặt thẻ My Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>スマートフォンの二次元コードを読み取ります</source>
        <translation>Quét mã QR trên điện thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>家で入力した内容を使って、届出を作ります。</source>
        <translation>Tờ khai được lập từ nội dung bạn đã nhập ở nhà.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>この窓口で使えるコードではありません。入力ページの最後に表示されたコードをかざしてください。</source>
        <translation>Mã này không dùng được tại quầy này. Vui lòng đưa mã hiện ở cuối trang nhập.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>コードを読み取れませんでした。もう一度かざしてください。</source>
        <translation>Không đọc được mã. Vui lòng đưa lại một lần nữa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このコードの形式は、この窓口ではまだ読めません。係員をお呼びください。</source>
        <translation>Quầy này chưa đọc được loại mã này. Vui lòng gọi nhân viên.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>コードに個人番号のような数字が入っているため、使えません。係員をお呼びください。</source>
        <translation>Mã có chứa số giống Mã số cá nhân nên không dùng được. Vui lòng gọi nhân viên.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>コードの内容に誤りがあります。係員をお呼びください。</source>
        <translation>Nội dung mã có lỗi. Vui lòng gọi nhân viên.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>カメラの映像</source>
        <translation>Hình ảnh camera</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>この端末にはカメラがありません。</source>
        <translation>Máy này không có camera.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>二次元コードを読み取り機にかざしてください。</source>
        <translation>Vui lòng đưa mã QR vào máy quét.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>スマートフォンに表示した二次元コードを、カメラに向けてください。読み取り機でも読み取れます。</source>
        <translation>Hãy hướng mã QR trên điện thoại vào camera. Máy quét cũng đọc được.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入力ページの最後に表示された二次元コードを使います。</source>
        <translation>Dùng mã QR hiện ở cuối trang nhập.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>スマートフォンの内容を読み取りました。</source>
        <translation>Đã đọc nội dung từ điện thoại.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>このあとマイナンバーカードで本人を確かめます。カードの内容が、入力した内容より優先されます。</source>
        <translation>Tiếp theo, thẻ My Number sẽ xác nhận bạn là ai. Thông tin trên thẻ được ưu tiên hơn nội dung đã nhập.</translation>
    </message>
</context>
<context>
    <name>Sign</name>
    <message>
        <location filename="../qml/screens/Sign.qml" line="+7"/>
        <source>指で署名してください</source>
        <translation>Vui lòng ký bằng ngón tay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>署名すると、この内容で届け出ます。</source>
        <translation>Khi ký, bạn sẽ nộp khai báo với nội dung này.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>署名欄に名前を書いてください。</source>
        <translation>Vui lòng viết tên vào ô chữ ký.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>届出書に足りないところがあります。係員をお呼びください。</source>
        <translation>Tờ khai còn thiếu thông tin. Vui lòng gọi nhân viên.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>書き直す</source>
        <translation>Viết lại</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>この内容で届け出る</source>
        <translation>Nộp với nội dung này</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../qml/SignaturePad.qml" line="+15"/>
        <source>署名欄: 指で名前を書いてください</source>
        <translation>Ô chữ ký: viết tên bằng ngón tay</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <location filename="../qml/screens/Staff.qml" line="+6"/>
        <source>係員がお手伝いします</source>
        <translation>Nhân viên sẽ giúp bạn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>このままお待ちください。係員がまいります。</source>
        <translation>Vui lòng chờ tại đây. Nhân viên sẽ đến.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>本人確認の書類（在留カード、運転免許証など）をお持ちでしたら、ご用意ください。</source>
        <translation>Nếu có giấy tờ tùy thân (thẻ cư trú, bằng lái xe...), vui lòng chuẩn bị sẵn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>最初の画面に戻る</source>
        <translation>Về màn hình đầu tiên</translation>
    </message>
</context>
<context>
    <name>StepBanchi</name>
    <message>
        <location filename="../qml/screens/StepBanchi.qml" line="+7"/>
        <source>番地を入力してください</source>
        <translation>Nhập số nhà (番地)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>番地</source>
        <translation>Số nhà</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>例：1丁目2番3号なら 1-2-3</source>
        <translation>Ví dụ: 1-chōme 2-ban 3-gō thì nhập 1-2-3</translation>
    </message>
</context>
<context>
    <name>StepBrowse</name>
    <message>
        <location filename="../qml/screens/StepBrowse.qml" line="+13"/>
        <source>都道府県を選んでください</source>
        <translation>Chọn tỉnh (都道府県)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>市区町村を選んでください</source>
        <translation>Chọn thành phố, quận, thị trấn hoặc làng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>町名を選んでください</source>
        <translation>Chọn tên khu phố (町名)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1行</source>
        <translation>Hàng %1</translation>
    </message>
</context>
<context>
    <name>StepCandidates</name>
    <message>
        <location filename="../qml/screens/StepCandidates.qml" line="+7"/>
        <source>住所を選んでください</source>
        <translation>Chọn địa chỉ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>この中にない</source>
        <translation>Không có trong danh sách này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>都道府県と市区町村から選びます</source>
        <translation>Chọn theo tỉnh và thành phố</translation>
    </message>
</context>
<context>
    <name>StepCountry</name>
    <message>
        <location filename="../qml/screens/StepCountry.qml" line="+8"/>
        <source>引っ越し先の国はどこですか？</source>
        <translation>Bạn chuyển đến nước nào?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>どこの国から引っ越してきましたか？</source>
        <translation>Bạn chuyển đến từ nước nào?</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>国名</source>
        <translation>Tên nước</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>現地の住所（わかれば）</source>
        <translation>Địa chỉ ở đó (nếu biết)</translation>
    </message>
</context>
<context>
    <name>StepDate</name>
    <message>
        <location filename="../qml/screens/StepDate.qml" line="+7"/>
        <source>引っ越す日（予定日）はいつですか？</source>
        <translation>Bạn sẽ chuyển nhà ngày nào (dự kiến)?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>引っ越した日はいつですか？</source>
        <translation>Bạn đã chuyển nhà ngày nào?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>和暦（令和）</source>
        <translation>Lịch Nhật (Reiwa)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>西暦</source>
        <translation>Dương lịch</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>年</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>月</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1を1つ前に</source>
        <translation>Lùi %1 một đơn vị</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1を1つ後に</source>
        <translation>Tăng %1 một đơn vị</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>今日</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>昨日</source>
        <translation>Hôm qua</translation>
    </message>
</context>
<context>
    <name>StepHousehold</name>
    <message>
        <location filename="../qml/screens/StepHousehold.qml" line="+9"/>
        <source>妻</source>
        <translation>Vợ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>夫</source>
        <translation>Chồng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>子</source>
        <translation>Con</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>父</source>
        <translation>Cha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>母</source>
        <translation>Mẹ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>兄</source>
        <translation>Anh trai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>弟</source>
        <translation>Em trai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>姉</source>
        <translation>Chị gái</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>妹</source>
        <translation>Em gái</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>同居人</source>
        <translation>Người ở cùng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>わからない（係員に相談）</source>
        <translation>Không rõ (hỏi nhân viên)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>追加した人 %1</source>
        <translation>Người được thêm %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>世帯主はだれですか？</source>
        <translation>Ai là chủ hộ?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>ここにいない人</source>
        <translation>Người không có ở đây</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>世帯主の名前は係員が確認します</source>
        <translation>Nhân viên sẽ xác nhận tên chủ hộ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 は世帯主から見て：</source>
        <translation>Quan hệ của %1 với chủ hộ:</translation>
    </message>
</context>
<context>
    <name>StepKatagaki</name>
    <message>
        <location filename="../qml/screens/StepKatagaki.qml" line="+8"/>
        <source>建物の名前と部屋番号を入力してください</source>
        <translation>Nhập tên tòa nhà và số phòng</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>一戸建てなど、建物の名前がないときは「なし」を押してください。</source>
        <translation>Nếu không có tên tòa nhà (ví dụ nhà riêng), hãy nhấn "Không có".</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>住民票に載るため、日本語（かな・漢字・数字）で入力してください。</source>
        <translation>Nội dung này ghi vào phiếu cư trú (住民票), nên hãy nhập bằng tiếng Nhật (kana, kanji, số).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>建物の名前と部屋番号</source>
        <translation>Tên tòa nhà và số phòng</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>なし</source>
        <translation>Không có</translation>
    </message>
</context>
<context>
    <name>StepMembers</name>
    <message>
        <location filename="../qml/screens/StepMembers.qml" line="+8"/>
        <source>一緒に引っ越す人はいますか？</source>
        <translation>Có ai chuyển nhà cùng bạn không?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>（係員が入力します）</source>
        <translation>(nhân viên sẽ nhập)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>カードで確認</source>
        <translation>Đã xác nhận bằng thẻ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>スマートフォンで入力</source>
        <translation>Đã nhập trên điện thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>転出の届出の情報</source>
        <translation>Từ thông tin khai chuyển đi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードなし</source>
        <translation>Không có thẻ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>外す</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>カードを持っている人を追加</source>
        <translation>Thêm người có thẻ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>その人のカードと暗証番号が必要です</source>
        <translation>Cần thẻ và mã PIN của người đó</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>カードがない人を追加</source>
        <translation>Thêm người không có thẻ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>係員があとで入力します</source>
        <translation>Nhân viên sẽ nhập sau</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../qml/StepPage.qml" line="+12"/>
        <source>確認画面へ</source>
        <translation>Đến màn hình kiểm tra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>次へ</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>日付を選んでください。</source>
        <translation>Vui lòng chọn ngày.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>引っ越した日は、今日より後にできません。</source>
        <translation>Ngày chuyển nhà không được sau hôm nay.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>この郵便番号は見つかりません。番号を確かめてください。</source>
        <translation>Không tìm thấy mã bưu điện này. Vui lòng kiểm tra lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住所を1つ選んでください。</source>
        <translation>Vui lòng chọn một địa chỉ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>番地を入力してください。</source>
        <translation>Vui lòng nhập số nhà.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>国名を入力してください。</source>
        <translation>Vui lòng nhập tên nước.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>世帯主を選んでください。</source>
        <translation>Vui lòng chọn chủ hộ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全員の続柄を選んでください。</source>
        <translation>Vui lòng chọn quan hệ của mọi người.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>すべての質問に答えてください。</source>
        <translation>Vui lòng trả lời tất cả câu hỏi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>入力を確かめてください。</source>
        <translation>Vui lòng kiểm tra nội dung đã nhập.</translation>
    </message>
</context>
<context>
    <name>StepPostal</name>
    <message>
        <location filename="../qml/screens/StepPostal.qml" line="+8"/>
        <source>引っ越し先の郵便番号を入力してください</source>
        <translation>Nhập mã bưu điện nơi chuyển đến</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新しい住所の郵便番号を入力してください</source>
        <translation>Nhập mã bưu điện của địa chỉ mới</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>郵便番号がわからない</source>
        <translation>Tôi không biết mã bưu điện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>都道府県と市区町村から選びます</source>
        <translation>Chọn theo tỉnh và thành phố</translation>
    </message>
</context>
<context>
    <name>StepRelated</name>
    <message>
        <location filename="../qml/screens/StepRelated.qml" line="+7"/>
        <source>ほかの手続きのための質問です</source>
        <translation>Câu hỏi cho các thủ tục khác</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>国民健康保険に入っていますか（入りますか）？</source>
        <translation>Bạn có (sẽ) tham gia Bảo hiểm Y tế Quốc dân không?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>障害者手帳を持っている人はいますか？</source>
        <translation>Có ai có sổ người khuyết tật (障害者手帳) không?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>犬を飼っていますか？</source>
        <translation>Bạn có nuôi chó không?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1で印鑑登録をしていますか？</source>
        <translation>Bạn có đăng ký con dấu (印鑑登録) ở %1 không?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>はい</source>
        <translation>Có</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>いいえ</source>
        <translation>Không</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/TopBar.qml" line="+74"/>
        <source>文字を元に戻す</source>
        <translation>Cỡ chữ bình thường</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文字を大きく</source>
        <translation>Chữ lớn hơn</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>読み上げ</source>
        <translation>Đọc to</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>係員を呼びました</source>
        <translation>Đã gọi nhân viên</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>係員を呼ぶ</source>
        <translation>Gọi nhân viên</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>画面を下に寄せる</source>
        <translation>Dời màn hình xuống</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>白黒反転</source>
        <translation>Tương phản cao</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>文字をもっと大きく</source>
        <translation>Chữ to hơn nữa</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>やめる</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../qml/screens/Welcome.qml" line="+31"/>
        <source>マイナンバーカードを置いてください</source>
        <translation>Vui lòng đặt thẻ My Number</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>カードの読み取りで、引っ越しの届出を書かずに作れます。</source>
        <translation>Đọc thẻ để làm khai báo chuyển nhà mà không cần viết.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>言語を選んでください</source>
        <translation>Chọn ngôn ngữ</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>スマートフォンで入力した方</source>
        <translation>Đã nhập trên điện thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>二次元コードを読み取ります</source>
        <translation>Quét mã QR</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>カードがない・暗証番号がわからない</source>
        <translation>Không có thẻ / Không nhớ mã PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>係員がお手伝いします</source>
        <translation>Nhân viên sẽ giúp bạn</translation>
    </message>
</context>
</TS>
