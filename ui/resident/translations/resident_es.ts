<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="ja">
<context>
    <name>Blocked</name>
    <message>
        <location filename="../qml/screens/Blocked.qml" line="+9"/>
        <source>カードの表面の数字での読み取りがロックされています</source>
        <translation>La lectura con los números de la tarjeta está bloqueada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>暗証番号がロックされています</source>
        <translation>El PIN está bloqueado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>表面の数字を何度も間違えたため、この方法では読み取れません。</source>
        <translation>Los números de la tarjeta se introdujeron mal demasiadas veces; este método ya no funciona.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このカードは、暗証番号を3回間違えたためロックされています。</source>
        <translation>Esta tarjeta está bloqueada porque el PIN se introdujo mal 3 veces.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ロックの解除（暗証番号の再設定）は、市区町村の窓口でできます。カードと、住所地の市区町村の窓口で本人確認を受けてください。</source>
        <translation>El desbloqueo (nuevo PIN) se hace en la ventanilla de la municipalidad. Lleve la tarjeta y verifique su identidad en la municipalidad de la ciudad donde vive.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>今日の届出は、係員がカードなしでお手伝いします。</source>
        <translation>Para el trámite de hoy, el personal le ayudará sin la tarjeta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>係員を呼ぶ</source>
        <translation>Llamar al personal</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>カードの表面の数字で読み取る</source>
        <translation>Leer con los números de la tarjeta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>最初の画面に戻る</source>
        <translation>Volver a la primera pantalla</translation>
    </message>
</context>
<context>
    <name>Btn</name>
    <message>
        <location filename="../qml/Btn.qml" line="+32"/>
        <source>選択中</source>
        <translation>seleccionado</translation>
    </message>
</context>
<context>
    <name>CardFacePicture</name>
    <message>
        <location filename="../qml/CardFacePicture.qml" line="+13"/>
        <source>カードの表面の絵：生年月日、有効期限、セキュリティコードの場所</source>
        <translation>Dibujo del frente de la tarjeta: dónde están la fecha de nacimiento, la fecha de vencimiento y el código de seguridad</translation>
    </message>
</context>
<context>
    <name>CardPicture</name>
    <message>
        <location filename="../qml/CardPicture.qml" line="+12"/>
        <source>カードリーダーの上にカードを置く絵</source>
        <translation>Imagen: ponga la tarjeta sobre el lector</translation>
    </message>
</context>
<context>
    <name>CodeB</name>
    <message>
        <location filename="../qml/screens/CodeB.qml" line="+51"/>
        <source>カードの表面の数字で読み取ります</source>
        <translation>Leer la tarjeta con los números del frente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>暗証番号のかわりに、カードの表面に書かれている数字を3つ入力します。</source>
        <translation>En lugar del PIN, introduzca tres números impresos en el frente de la tarjeta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>決定</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>次へ</source>
        <translation>Siguiente</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>数字が違います。あと %n 回間違えると、この方法では読み取れなくなります。</source>
        <translation>
            <numerusform>Los números no son correctos. Con %n error(es) más, este método dejará de funcionar.</numerusform>
            <numerusform>Los números no son correctos. Con %n error(es) más, este método dejará de funcionar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>残り1回です。先に「確認して入力する」を押してください。</source>
        <translation>Solo queda 1 intento. Pulse primero "Confirmar e introducir".</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生年月日を確かめてください。年はカードに書かれているとおりに入力します。</source>
        <translation>Revise la fecha de nacimiento. Escriba el año tal como aparece en la tarjeta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有効期限の年（西暦4けた）を確かめてください。</source>
        <translation>Revise el año de vencimiento (4 cifras).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>セキュリティコード（数字4けた）を確かめてください。</source>
        <translation>Revise el código de seguridad (4 cifras).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入力した数字を確かめてください。</source>
        <translation>Revise los números introducidos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードが離れました。カードを置き直してください。</source>
        <translation>La tarjeta se ha movido. Vuelva a ponerla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードが置かれていません。</source>
        <translation>No hay ninguna tarjeta en el lector.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>マイナンバーカードではないようです。</source>
        <translation>No parece una tarjeta My Number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードリーダーが使えません。係員をお呼びください。</source>
        <translation>No se puede usar el lector de tarjetas. Llame al personal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>カードを読み取れませんでした。係員をお呼びください。</source>
        <translation>No se pudo leer la tarjeta. Llame al personal.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>生年月日を入力してください。年はカードに書かれているとおりに入力します（「昭和55年」なら 55、「1998年」なら 1998）。</source>
        <translation>Escriba su fecha de nacimiento. El año, tal como aparece en la tarjeta (昭和55年 → 55, 1998年 → 1998).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>「有効期限」の年（西暦4けた）を入力してください。</source>
        <translation>Escriba el año de vencimiento (4 cifras).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>顔写真の下にある、数字4けたのセキュリティコードを入力してください。</source>
        <translation>Escriba el código de seguridad de 4 cifras que está debajo de la foto.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>間違えられる回数：あと %n 回</source>
        <translation>
            <numerusform>Intentos restantes: %n</numerusform>
            <numerusform>Intentos restantes: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>残り1回です。間違えると、この方法では読み取れなくなります。</source>
        <translation>Solo queda 1 intento. Si falla, este método dejará de funcionar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>確認して入力する</source>
        <translation>Confirmar e introducir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>入力せずに係員を呼ぶ</source>
        <translation>Llamar al personal sin introducir</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>年</source>
        <translation>Año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>月</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>有効期限の年</source>
        <translation>Año de vencimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>セキュリティコード</source>
        <translation>Código de seguridad</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <location filename="../qml/FormSections.qml" line="+14"/>
        <location filename="../qml/screens/Confirm.qml" line="+11"/>
        <source>届出</source>
        <translation>Notificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>新しい住所</source>
        <translation>Nueva dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+1"/>
        <source>前の住所</source>
        <translation>Dirección anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>引っ越し先</source>
        <translation>Destino de la mudanza</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+1"/>
        <source>引っ越す人</source>
        <translation>Personas que se mudan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>世帯</source>
        <translation>Hogar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>ほかの手続き</source>
        <translation>Otros trámites</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../qml/screens/Confirm.qml" line="+3"/>
        <source>届出の種類</source>
        <translation>Tipo de notificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>引っ越しの日</source>
        <translation>Fecha de la mudanza</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>届出日</source>
        <translation>Fecha de presentación</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+1"/>
        <source>郵便番号</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>住所</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <location line="+4"/>
        <source>世帯主</source>
        <translation>Cabeza de familia</translation>
    </message>
    <message>
        <location line="-9"/>
        <location filename="../qml/screens/Confirm.qml" line="-3"/>
        <source>手続き</source>
        <translation>Trámite</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../qml/screens/Confirm.qml" line="+3"/>
        <source>妻</source>
        <translation>Esposa</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>夫</source>
        <translation>Esposo</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>子</source>
        <translation>Hijo(a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+1"/>
        <source>父</source>
        <translation>Padre</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>母</source>
        <translation>Madre</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>兄</source>
        <translation>Hermano mayor</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>弟</source>
        <translation>Hermano menor</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>姉</source>
        <translation>Hermana mayor</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../qml/screens/Confirm.qml" line="+1"/>
        <source>妹</source>
        <translation>Hermana menor</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>同居人</source>
        <translation>Otro conviviente</translation>
    </message>
    <message>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>わからない（係員に相談）</source>
        <translation>No lo sé (consultar al personal)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>転入届</source>
        <translation>Notificación de llegada (転入届)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>転居届</source>
        <translation>Cambio de domicilio en la ciudad (転居届)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>転出届</source>
        <translation>Notificación de salida (転出届)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>内容を確かめてください</source>
        <translation>Compruebe los datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>この内容で届出書を作ります。直すときは「直す」を押してください。</source>
        <translation>El formulario se hará con estos datos. Para cambiar algo, pulse "Corregir".</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../qml/screens/ConfirmSections.qml" line="+10"/>
        <source>署名へ進む</source>
        <translation>Ir a la firma</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>直す</source>
        <translation>Corregir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1を直す</source>
        <translation>Corregir %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>（係員が入力します）</source>
        <translation>(lo rellenará el personal)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>下に続きがあります（押すと進みます）</source>
        <translation>Hay más abajo (toque para seguir)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>これで全部です。よければ「署名へ進む」を押してください。</source>
        <translation>Eso es todo. Si está bien, toque "Ir a la firma".</translation>
    </message>
    <message>
        <location filename="../qml/FormSections.qml" line="+71"/>
        <location filename="../qml/screens/Confirm.qml" line="-38"/>
        <source>カードで確認</source>
        <translation>Comprobado con la tarjeta</translation>
    </message>
    <message>
        <location filename="../qml/screens/Confirm.qml" line="+6"/>
        <source>係員が確認します</source>
        <translation>El personal lo comprobará</translation>
    </message>
</context>
<context>
    <name>ConfirmSections</name>
    <message>
        <location filename="../qml/screens/ConfirmSections.qml" line="-3"/>
        <source>内容を一つずつ確かめてください</source>
        <translation>Compruebe cada parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正しければ「確認しました」を押してください。すべて確かめると署名できます。</source>
        <translation>Si es correcto, pulse «Es correcto». Cuando lo haya comprobado todo, podrá firmar.</translation>
    </message>
</context>
<context>
    <name>Done</name>
    <message>
        <location filename="../qml/screens/Done.qml" line="+8"/>
        <source>受け付けました</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>受付番号</source>
        <translation>Número de atención</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>番号を呼ばれるまで、お待ちください。係員が内容を確認します。</source>
        <translation>Espere hasta que llamen su número. El personal comprobará los datos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>残りの項目は係員が入力します。このままお待ちください。係員が受付番号をお伝えします。</source>
        <translation>El personal rellenará lo que falta. Espere aquí; el personal le dará su número de atención.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>届出日：%1</source>
        <translation>Fecha de la notificación: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>カードをお取りください。</source>
        <translation>Retire su tarjeta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>終わる</source>
        <translation>Terminar</translation>
    </message>
</context>
<context>
    <name>FormSections</name>
    <message>
        <location filename="../qml/FormSections.qml" line="-94"/>
        <source>届出人</source>
        <translation>Declarante</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>区分</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>氏名</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>関係</source>
        <translation>Relación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人確認</source>
        <translation>Verificación de identidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>委任状</source>
        <translation>Carta poder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>世帯変更の区分</source>
        <translation>Tipo de cambio del hogar</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>確認済み</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+2"/>
        <source>確認しました</source>
        <translation>Es correcto</translation>
    </message>
</context>
<context>
    <name>Furigana</name>
    <message>
        <location filename="../qml/screens/Furigana.qml" line="+19"/>
        <source>%1 さんのお名前の読み方（フリガナ）を選んでください</source>
        <translation>Elija cómo se lee el nombre de %1 (furigana)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>お名前の読み方（フリガナ）を入力してください</source>
        <translation>Escriba cómo se lee su nombre (furigana)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>お名前の読み方（フリガナ）を選んでください</source>
        <translation>Elija cómo se lee su nombre (furigana)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住民票に載ります。カタカナで入力してください。</source>
        <translation>Figurará en su registro de residente. Escríbala en katakana.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住民票に載ります。合うものを押してください。</source>
        <translation>Figurará en su registro de residente. Toque la correcta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>これで決定</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>名字と名前の読み方を、それぞれ選ぶか入力してください。</source>
        <translation>Elija o escriba la lectura del apellido y del nombre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>読み方を選ぶか入力してください。</source>
        <translation>Elija o escriba la lectura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>読み方は、カタカナかひらがなで入力してください。</source>
        <translation>Escriba la lectura en katakana o hiragana.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>読み方が長すぎます。</source>
        <translation>La lectura es demasiado larga.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>フリガナは、お名前を日本語でどう読むかをカタカナで書いたものです。</source>
        <translation>El furigana (フリガナ) es cómo se lee su nombre en japonés, escrito en katakana.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>氏名</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名字（氏）</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>名前（名）</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>ほかの読み方を入力</source>
        <translation>Escribir otra lectura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>読み方を入力</source>
        <translation>Escribir la lectura</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>例：ヤマダ</source>
        <translation>Ej.: ヤマダ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>読み方（カタカナ）</source>
        <translation>Lectura (katakana)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>決定</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>わからない</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>読み方は係員が入力します</source>
        <translation>Un empleado escribirá la lectura</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <location filename="../qml/screens/Guide.qml" line="+10"/>
        <source>引っ越し先は外国ですか？</source>
        <translation>¿Se muda al extranjero?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>外国から引っ越してきましたか？</source>
        <translation>¿Viene del extranjero?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>どの引っ越しですか？</source>
        <translation>¿Qué tipo de mudanza es?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>転居の届出になります</source>
        <translation>Es una notificación de cambio de domicilio en la ciudad (転居)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>転入の届出になります</source>
        <translation>Es una notificación de llegada (転入)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1の中で引っ越しました</source>
        <translation>Me mudé dentro de %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ほかの市区町村や外国から、%1へ引っ越してきました</source>
        <translation>Me mudé a %1 desde otra municipalidad o desde el extranjero</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1から、ほかの市区町村や外国へ引っ越します</source>
        <translation>Me mudo de %1 a otra municipalidad o al extranjero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>転出の届出になります</source>
        <translation>Es una notificación de salida (転出)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>どれでもない・わからない</source>
        <translation>Ninguna de estas / No lo sé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>係員がお手伝いします</source>
        <translation>El personal le ayudará</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>いいえ（日本国内）</source>
        <translation>No (dentro de Japón)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>はい（外国）</source>
        <translation>Sí (extranjero)</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <location filename="../qml/screens/Identity.qml" line="+10"/>
        <source>あなたの情報はこれで合っていますか？</source>
        <translation>¿Son correctos sus datos?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードから読み取りました。</source>
        <translation>Leídos de la tarjeta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>氏名</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住所</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生年月日</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>性別</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>男</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>女</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>記載なし</source>
        <translation>No consta</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>カードで確認</source>
        <translation>Comprobado con la tarjeta</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>はい、合っています</source>
        <translation>Sí, son correctos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>いいえ、違います</source>
        <translation>No, no lo son</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>係員がお手伝いします</source>
        <translation>El personal le ayudará</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../qml/Keypad.qml" line="+30"/>
        <location line="+2"/>
        <source>1字消す</source>
        <translation>Borrar uno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ハイフン</source>
        <translation>Guion</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="+54"/>
        <source>画面を下に寄せています</source>
        <translation>La pantalla está más abajo</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>係員を呼びました。このままお待ちください。入力した内容はそのまま残ります。</source>
        <translation>Se ha llamado al personal. Espere aquí. Lo que ha introducido se conserva.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>カードを読み取っています。カードを動かさないでください。</source>
        <translation>Leyendo la tarjeta. No mueva la tarjeta.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>やめますか？</source>
        <translation>¿Quiere cancelar?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入力した内容はすべて消えます。</source>
        <translation>Se borrará todo lo que ha introducido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>やめる</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>続ける</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>カードが外れました</source>
        <translation>Se ha retirado la tarjeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ありがとうございました</source>
        <translation>Gracias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>続けますか？</source>
        <translation>¿Quiere continuar?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>カードをもう一度置くと続けられます。</source>
        <translation>Vuelva a poner la tarjeta para continuar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>まもなく最初の画面に戻ります。</source>
        <translation>Pronto volverá la primera pantalla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>しばらく操作がありません。続けるときは画面に触れてください。</source>
        <translation>Hace un rato que no toca la pantalla. Tóquela para continuar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>あと %1 秒で入力した内容を消します。</source>
        <translation>Lo introducido se borrará en %1 segundos.</translation>
    </message>
</context>
<context>
    <name>Mirror</name>
    <message>
        <location filename="../qml/screens/Mirror.qml" line="+7"/>
        <source>係員が入力しています</source>
        <translation>Un empleado está rellenando el formulario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入力した内容です。違うところがあれば係員に伝えてください。</source>
        <translation>Esto es lo que se ha escrito. Si algo no es correcto, dígaselo al empleado.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../qml/Page.qml" line="+13"/>
        <source>次へ</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>手順 %1 / %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <location line="+90"/>
        <location line="+1"/>
        <source>戻る</source>
        <translation>Atrás</translation>
    </message>
</context>
<context>
    <name>PaperSign</name>
    <message>
        <location filename="../qml/screens/PaperSign.qml" line="+7"/>
        <source>紙の届書に署名してください</source>
        <translation>Firme el formulario impreso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>係員が届書を印刷します。署名欄に手書きで署名してください。</source>
        <translation>Un empleado imprimirá el formulario. Fírmelo a mano en la casilla de firma.</translation>
    </message>
</context>
<context>
    <name>Pin</name>
    <message>
        <location filename="../qml/screens/Pin.qml" line="+12"/>
        <source>ご家族のカードの暗証番号を入力してください</source>
        <translation>Introduzca el PIN de la tarjeta de su familiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>暗証番号（数字4けた）を入力してください</source>
        <translation>Introduzca su PIN (4 cifras)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードを受け取ったときに決めた、数字4けたの暗証番号です。</source>
        <translation>El PIN de 4 cifras que eligió al recibir la tarjeta.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>暗証番号が違います。あと %n 回間違えるとカードがロックされます。</source>
        <translation>
            <numerusform>PIN incorrecto. Si falla %n vez más, la tarjeta se bloqueará.</numerusform>
            <numerusform>PIN incorrecto. Si falla %n veces más, la tarjeta se bloqueará.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>残り1回です。先に「確認して入力する」を押してください。</source>
        <translation>Solo queda 1 intento. Pulse primero "Confirmar e introducir".</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードが離れました。カードを置き直してください。</source>
        <translation>La tarjeta se ha movido. Vuelva a ponerla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードが置かれていません。</source>
        <translation>No hay ninguna tarjeta en el lector.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>マイナンバーカードではないようです。</source>
        <translation>No parece una tarjeta My Number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードリーダーが使えません。係員をお呼びください。</source>
        <translation>No se puede usar el lector de tarjetas. Llame al personal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数字4けたで入力してください。</source>
        <translation>Introduzca 4 cifras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>カードを読み取れませんでした。係員をお呼びください。</source>
        <translation>No se pudo leer la tarjeta. Llame al personal.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>間違えられる回数：あと %n 回</source>
        <translation>
            <numerusform>Intentos restantes: %n</numerusform>
            <numerusform>Intentos restantes: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>3回続けて間違えるとカードがロックされ、市区町村の窓口での手続きが必要になります。</source>
        <translation>Si se equivoca 3 veces seguidas, la tarjeta se bloquea y tendrá que ir a la municipalidad para desbloquearla.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>残り1回です。間違えるとカードがロックされます。</source>
        <translation>Solo queda 1 intento. Si falla, la tarjeta se bloqueará.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>自信がないときは、入力せずに係員をお呼びください。</source>
        <translation>Si no está seguro, no lo introduzca: llame al personal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>確認して入力する</source>
        <translation>Confirmar e introducir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>入力せずに係員を呼ぶ</source>
        <translation>Llamar al personal sin introducir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>暗証番号がわからない</source>
        <translation>No sé mi PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードの表面の数字で読み取ります</source>
        <translation>Leer la tarjeta con los números del frente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>スマートフォンで入力した方</source>
        <translation>Lo rellené en el móvil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>二次元コードを読み取ります</source>
        <translation>Leer el código QR</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>スマートフォンの内容を読み取りました。</source>
        <translation>Se han leído las respuestas del móvil.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>入力した数字：%1 けた</source>
        <translation>Cifras introducidas: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>決定</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>PlaceMember</name>
    <message>
        <location filename="../qml/screens/PlaceMember.qml" line="+6"/>
        <source>追加する人のカードを置いてください</source>
        <translation>Ponga la tarjeta de la persona que quiere añadir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>今置いているカードを取ってから、追加する人のカードを置いてください。</source>
        <translation>Retire la tarjeta que está en el lector y ponga la de la persona que quiere añadir.</translation>
    </message>
</context>
<context>
    <name>Preentry</name>
    <message>
        <location filename="../qml/screens/Preentry.qml" line="+12"/>
        <source>読み取りました。マイナンバーカードを置いてください</source>
        <translation>Leído. Ahora ponga su tarjeta My Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>スマートフォンの二次元コードを読み取ります</source>
        <translation>Lectura del código QR del móvil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>家で入力した内容を使って、届出を作ります。</source>
        <translation>Lo que rellenó en casa se usa para hacer la notificación.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>この窓口で使えるコードではありません。入力ページの最後に表示されたコードをかざしてください。</source>
        <translation>Este código no sirve en esta ventanilla. Muestre el código que aparece al final de la página.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>コードを読み取れませんでした。もう一度かざしてください。</source>
        <translation>No se pudo leer el código. Vuelva a mostrarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このコードの形式は、この窓口ではまだ読めません。係員をお呼びください。</source>
        <translation>Esta ventanilla aún no lee este tipo de código. Llame al personal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>コードに個人番号のような数字が入っているため、使えません。係員をお呼びください。</source>
        <translation>El código contiene un número parecido al Número Individual y no se puede usar. Llame al personal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>コードの内容に誤りがあります。係員をお呼びください。</source>
        <translation>Hay un error en el contenido del código. Llame al personal.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>カメラの映像</source>
        <translation>Imagen de la cámara</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>この端末にはカメラがありません。</source>
        <translation>Este terminal no tiene cámara.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>二次元コードを読み取り機にかざしてください。</source>
        <translation>Acerque el código QR al lector.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>スマートフォンに表示した二次元コードを、カメラに向けてください。読み取り機でも読み取れます。</source>
        <translation>Muestre el código QR del móvil a la cámara. El lector también lo lee.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入力ページの最後に表示された二次元コードを使います。</source>
        <translation>Use el código QR que aparece al final de la página.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>スマートフォンの内容を読み取りました。</source>
        <translation>Se han leído las respuestas del móvil.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>このあとマイナンバーカードで本人を確かめます。カードの内容が、入力した内容より優先されます。</source>
        <translation>Después, la tarjeta My Number confirma quién es usted. Lo que dice la tarjeta prevalece sobre lo que rellenó.</translation>
    </message>
</context>
<context>
    <name>Sign</name>
    <message>
        <location filename="../qml/screens/Sign.qml" line="+7"/>
        <source>指で署名してください</source>
        <translation>Firme con el dedo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>署名すると、この内容で届け出ます。</source>
        <translation>Al firmar, presenta la notificación con estos datos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>署名欄に名前を書いてください。</source>
        <translation>Escriba su nombre en el recuadro de firma.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>届出書に足りないところがあります。係員をお呼びください。</source>
        <translation>Falta algo en el formulario. Llame al personal.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>書き直す</source>
        <translation>Volver a escribir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>この内容で届け出る</source>
        <translation>Presentar con estos datos</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../qml/SignaturePad.qml" line="+15"/>
        <source>署名欄: 指で名前を書いてください</source>
        <translation>Recuadro de firma: escriba su nombre con el dedo</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <location filename="../qml/screens/Staff.qml" line="+6"/>
        <source>係員がお手伝いします</source>
        <translation>El personal le ayudará</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>このままお待ちください。係員がまいります。</source>
        <translation>Espere aquí, por favor. Vendrá un miembro del personal.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>本人確認の書類（在留カード、運転免許証など）をお持ちでしたら、ご用意ください。</source>
        <translation>Si tiene un documento de identidad (tarjeta de residencia, permiso de conducir, etc.), téngalo preparado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>最初の画面に戻る</source>
        <translation>Volver a la primera pantalla</translation>
    </message>
</context>
<context>
    <name>StepBanchi</name>
    <message>
        <location filename="../qml/screens/StepBanchi.qml" line="+7"/>
        <source>番地を入力してください</source>
        <translation>Introduzca el número de la dirección (番地)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>番地</source>
        <translation>Número de la dirección</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>例：1丁目2番3号なら 1-2-3</source>
        <translation>Ejemplo: para 1-chōme 2-ban 3-gō, escriba 1-2-3</translation>
    </message>
</context>
<context>
    <name>StepBrowse</name>
    <message>
        <location filename="../qml/screens/StepBrowse.qml" line="+13"/>
        <source>都道府県を選んでください</source>
        <translation>Elija la prefectura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>市区町村を選んでください</source>
        <translation>Elija la municipalidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>町名を選んでください</source>
        <translation>Elija el barrio (町名)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1行</source>
        <translation>Fila %1</translation>
    </message>
</context>
<context>
    <name>StepCandidates</name>
    <message>
        <location filename="../qml/screens/StepCandidates.qml" line="+7"/>
        <source>住所を選んでください</source>
        <translation>Elija su dirección</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>この中にない</source>
        <translation>No está en esta lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>都道府県と市区町村から選びます</source>
        <translation>Elegir por prefectura y municipalidad</translation>
    </message>
</context>
<context>
    <name>StepCountry</name>
    <message>
        <location filename="../qml/screens/StepCountry.qml" line="+8"/>
        <source>引っ越し先の国はどこですか？</source>
        <translation>¿A qué país se muda?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>どこの国から引っ越してきましたか？</source>
        <translation>¿De qué país viene?</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>国名</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>現地の住所（わかれば）</source>
        <translation>Dirección allí (si la sabe)</translation>
    </message>
</context>
<context>
    <name>StepDate</name>
    <message>
        <location filename="../qml/screens/StepDate.qml" line="+7"/>
        <source>引っ越す日（予定日）はいつですか？</source>
        <translation>¿Cuándo se mudará (fecha prevista)?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>引っ越した日はいつですか？</source>
        <translation>¿Cuándo se mudó?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>和暦（令和）</source>
        <translation>Calendario japonés (Reiwa)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>西暦</source>
        <translation>Calendario occidental</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>年</source>
        <translation>Año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>月</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1を1つ前に</source>
        <translation>%1 uno atrás</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1を1つ後に</source>
        <translation>%1 uno adelante</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>今日</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>昨日</source>
        <translation>Ayer</translation>
    </message>
</context>
<context>
    <name>StepHousehold</name>
    <message>
        <location filename="../qml/screens/StepHousehold.qml" line="+9"/>
        <source>妻</source>
        <translation>Esposa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>夫</source>
        <translation>Esposo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>子</source>
        <translation>Hijo(a)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>父</source>
        <translation>Padre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>母</source>
        <translation>Madre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>兄</source>
        <translation>Hermano mayor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>弟</source>
        <translation>Hermano menor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>姉</source>
        <translation>Hermana mayor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>妹</source>
        <translation>Hermana menor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>同居人</source>
        <translation>Otro conviviente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>わからない（係員に相談）</source>
        <translation>No lo sé (consultar al personal)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>追加した人 %1</source>
        <translation>Persona añadida %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>世帯主はだれですか？</source>
        <translation>¿Quién es el cabeza de familia?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>ここにいない人</source>
        <translation>Alguien que no está aquí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>世帯主の名前は係員が確認します</source>
        <translation>El personal comprobará el nombre del cabeza de familia</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 は世帯主から見て：</source>
        <translation>%1 es, respecto al cabeza de familia:</translation>
    </message>
</context>
<context>
    <name>StepKatagaki</name>
    <message>
        <location filename="../qml/screens/StepKatagaki.qml" line="+8"/>
        <source>建物の名前と部屋番号を入力してください</source>
        <translation>Introduzca el nombre del edificio y el número de departamento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>一戸建てなど、建物の名前がないときは「なし」を押してください。</source>
        <translation>Si no hay nombre de edificio (una casa, por ejemplo), pulse "Ninguno".</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>住民票に載るため、日本語（かな・漢字・数字）で入力してください。</source>
        <translation>Esto va en su registro de residente (住民票): escríbalo en japonés (kana, kanji, números).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>建物の名前と部屋番号</source>
        <translation>Nombre del edificio y número de departamento</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>なし</source>
        <translation>Ninguno</translation>
    </message>
</context>
<context>
    <name>StepMembers</name>
    <message>
        <location filename="../qml/screens/StepMembers.qml" line="+8"/>
        <source>一緒に引っ越す人はいますか？</source>
        <translation>¿Alguien se muda con usted?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>（係員が入力します）</source>
        <translation>(lo rellenará el personal)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>カードで確認</source>
        <translation>Comprobado con la tarjeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>スマートフォンで入力</source>
        <translation>Rellenado en el móvil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>転出の届出の情報</source>
        <translation>De la notificación de traslado de salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードなし</source>
        <translation>Sin tarjeta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>外す</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>カードを持っている人を追加</source>
        <translation>Añadir a alguien con tarjeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>その人のカードと暗証番号が必要です</source>
        <translation>Se necesita su tarjeta y su PIN</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>カードがない人を追加</source>
        <translation>Añadir a alguien sin tarjeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>係員があとで入力します</source>
        <translation>El personal lo rellenará después</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../qml/StepPage.qml" line="+12"/>
        <source>確認画面へ</source>
        <translation>Ir a la pantalla de comprobación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>次へ</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>日付を選んでください。</source>
        <translation>Elija una fecha.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>引っ越した日は、今日より後にできません。</source>
        <translation>La fecha de la mudanza no puede ser posterior a hoy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>この郵便番号は見つかりません。番号を確かめてください。</source>
        <translation>No se encontró este código postal. Compruebe el número.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住所を1つ選んでください。</source>
        <translation>Elija una dirección.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>番地を入力してください。</source>
        <translation>Introduzca el número de la dirección.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>国名を入力してください。</source>
        <translation>Introduzca el país.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>世帯主を選んでください。</source>
        <translation>Elija el cabeza de familia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全員の続柄を選んでください。</source>
        <translation>Elija el parentesco de todos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>すべての質問に答えてください。</source>
        <translation>Responda a todas las preguntas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>入力を確かめてください。</source>
        <translation>Compruebe lo que ha introducido.</translation>
    </message>
</context>
<context>
    <name>StepPostal</name>
    <message>
        <location filename="../qml/screens/StepPostal.qml" line="+8"/>
        <source>引っ越し先の郵便番号を入力してください</source>
        <translation>Introduzca el código postal del destino</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新しい住所の郵便番号を入力してください</source>
        <translation>Introduzca el código postal de su nueva dirección</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>郵便番号がわからない</source>
        <translation>No sé el código postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>都道府県と市区町村から選びます</source>
        <translation>Elegir por prefectura y municipalidad</translation>
    </message>
</context>
<context>
    <name>StepRelated</name>
    <message>
        <location filename="../qml/screens/StepRelated.qml" line="+7"/>
        <source>ほかの手続きのための質問です</source>
        <translation>Preguntas para otros trámites</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>国民健康保険に入っていますか（入りますか）？</source>
        <translation>¿Está (estará) en el Seguro Nacional de Salud?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>障害者手帳を持っている人はいますか？</source>
        <translation>¿Alguien tiene certificado de discapacidad (障害者手帳)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>犬を飼っていますか？</source>
        <translation>¿Tiene perro?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1で印鑑登録をしていますか？</source>
        <translation>¿Tiene un sello registrado (印鑑登録) en %1?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>はい</source>
        <translation>Sí</translation>
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
        <translation>Texto normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文字を大きく</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>読み上げ</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>係員を呼びました</source>
        <translation>Personal llamado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>係員を呼ぶ</source>
        <translation>Llamar al personal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>画面を下に寄せる</source>
        <translation>Pantalla más baja</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>白黒反転</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>文字をもっと大きく</source>
        <translation>Letra aún más grande</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>やめる</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../qml/screens/Welcome.qml" line="+31"/>
        <source>マイナンバーカードを置いてください</source>
        <translation>Ponga su tarjeta My Number</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>カードの読み取りで、引っ越しの届出を書かずに作れます。</source>
        <translation>Lea su tarjeta y haga la notificación de mudanza sin escribir.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>言語を選んでください</source>
        <translation>Elija el idioma</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>スマートフォンで入力した方</source>
        <translation>Lo rellené en el móvil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>二次元コードを読み取ります</source>
        <translation>Leer el código QR</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>カードがない・暗証番号がわからない</source>
        <translation>Sin tarjeta / No sé mi PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>係員がお手伝いします</source>
        <translation>El personal le ayudará</translation>
    </message>
</context>
</TS>
