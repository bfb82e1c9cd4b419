<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="ja">
<context>
    <name>PreEntry</name>
    <message>
        <source>引っ越しの届出の事前入力</source>
        <translation>Khai trước thông báo chuyển nhà</translation>
    </message>
    <message>
        <source>窓口に来る前に、スマートフォンで質問に答えておくと、窓口での手続きが早く終わります。</source>
        <translation>Nếu trả lời các câu hỏi trên điện thoại trước khi đến, thủ tục tại quầy sẽ xong nhanh hơn.</translation>
    </message>
    <message>
        <source>入力した内容はこのスマートフォンの中だけで使い、どこにも送信しません。最後に表示されるQRコードを窓口で見せてください。</source>
        <translation>Nội dung bạn nhập chỉ được dùng trên điện thoại này và không được gửi đi đâu cả. Cuối cùng sẽ hiện ra một mã QR: hãy xuất trình mã đó tại quầy.</translation>
    </message>
    <message>
        <source>はじめる</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>窓口には、マイナンバーカードと暗証番号（数字4けた）を持ってきてください。</source>
        <translation>Hãy mang thẻ My Number và mã PIN của thẻ (4 chữ số) đến quầy.</translation>
    </message>
    <message>
        <source>窓口でご相談ください。</source>
        <translation>Vui lòng hỏi tại quầy.</translation>
    </message>
    <message>
        <source>あなたの氏名と生年月日を入力してください</source>
        <translation>Nhập họ tên và ngày sinh của bạn</translation>
    </message>
    <message>
        <source>窓口でマイナンバーカードを読み取ると、カードの内容が優先されます。</source>
        <translation>Khi thẻ My Number được đọc tại quầy, thông tin trên thẻ sẽ được ưu tiên.</translation>
    </message>
    <message>
        <source>氏（名字）</source>
        <translation>Họ (氏)</translation>
    </message>
    <message>
        <source>名（名前）</source>
        <translation>Tên (名)</translation>
    </message>
    <message>
        <source>氏のフリガナ</source>
        <translation>Họ viết bằng kana (フリガナ)</translation>
    </message>
    <message>
        <source>名のフリガナ</source>
        <translation>Tên viết bằng kana (フリガナ)</translation>
    </message>
    <message>
        <source>ひらがなかカタカナで入力してください。</source>
        <translation>Hãy nhập bằng hiragana hoặc katakana.</translation>
    </message>
    <message>
        <source>一緒に引っ越す人を追加</source>
        <translation>Thêm người chuyển nhà cùng bạn</translation>
    </message>
    <message>
        <source>一緒に引っ越す人 %1</source>
        <translation>Người chuyển nhà cùng bạn %1</translation>
    </message>
    <message>
        <source>あなた</source>
        <translation>Bạn</translation>
    </message>
    <message>
        <source>氏名を入力してください。</source>
        <translation>Vui lòng nhập họ tên.</translation>
    </message>
    <message>
        <source>引越しワンストップサービスの申請番号をお持ちですか？</source>
        <translation>Bạn có số đơn của Dịch vụ chuyển nhà một cửa (引越しワンストップサービス) không?</translation>
    </message>
    <message>
        <source>マイナポータルで転出届を出した方は、申請番号を入力してください。ない方は、そのまま「%1」を押してください。</source>
        <translation>Nếu bạn đã nộp thông báo chuyển đi trên Mynaportal, hãy nhập số đơn. Nếu không có, hãy nhấn "%1".</translation>
    </message>
    <message>
        <source>申請番号</source>
        <translation>Số đơn</translation>
    </message>
    <message>
        <source>QRコードを作る</source>
        <translation>Tạo mã QR</translation>
    </message>
    <message>
        <source>窓口でこのQRコードを見せてください</source>
        <translation>Hãy xuất trình mã QR này tại quầy</translation>
    </message>
    <message>
        <source>このQRコードには入力した内容が入っています。ほかの人に見せたり、送ったりしないでください。</source>
        <translation>Mã QR này chứa nội dung bạn đã nhập. Đừng cho người khác xem hoặc gửi cho người khác.</translation>
    </message>
    <message>
        <source>最初からやり直す</source>
        <translation>Làm lại từ đầu</translation>
    </message>
    <message>
        <source>入力した内容をすべて消して、最初に戻りますか？</source>
        <translation>Xóa toàn bộ nội dung đã nhập và quay lại từ đầu?</translation>
    </message>
    <message>
        <source>（未入力）</source>
        <translation>(chưa nhập)</translation>
    </message>
    <message>
        <source>郵便番号（7けた）</source>
        <translation>Mã bưu điện (7 chữ số)</translation>
    </message>
    <message>
        <source>郵便番号のデータを読み込めませんでした。通信を確かめて、もう一度押してください。</source>
        <translation>Không tải được dữ liệu mã bưu điện. Hãy kiểm tra kết nối rồi nhấn lại.</translation>
    </message>
    <message>
        <source>このブラウザでは使えません。新しいブラウザで開いてください。</source>
        <translation>Không dùng được trình duyệt này. Hãy mở trang bằng trình duyệt mới hơn.</translation>
    </message>
</context>
</TS>
