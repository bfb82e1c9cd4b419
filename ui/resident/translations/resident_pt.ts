<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="ja">
<context>
    <name>Blocked</name>
    <message>
        <location filename="../qml/screens/Blocked.qml" line="+9"/>
        <source>カードの表面の数字での読み取りがロックされています</source>
        <translation>A leitura com os números do cartão está bloqueada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>暗証番号がロックされています</source>
        <translation>O PIN está bloqueado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>表面の数字を何度も間違えたため、この方法では読み取れません。</source>
        <translation>Os números do cartão foram digitados errado muitas vezes; este modo não funciona mais.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このカードは、暗証番号を3回間違えたためロックされています。</source>
        <translation>Este cartão está bloqueado porque o PIN foi digitado errado 3 vezes.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ロックの解除（暗証番号の再設定）は、市区町村の窓口でできます。カードと、住所地の市区町村の窓口で本人確認を受けてください。</source>
        <translation>O desbloqueio (nova definição do PIN) pode ser feito no balcão da prefeitura. Leve o cartão e faça a confirmação de identidade na prefeitura da cidade onde você mora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>今日の届出は、係員がカードなしでお手伝いします。</source>
        <translation>Para a notificação de hoje, um funcionário vai ajudar você sem o cartão.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>係員を呼ぶ</source>
        <translation>Chamar um funcionário</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>カードの表面の数字で読み取る</source>
        <translation>Ler com os números do cartão</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>最初の画面に戻る</source>
        <translation>Voltar à primeira tela</translation>
    </message>
</context>
<context>
    <name>Btn</name>
    <message>
        <location filename="../qml/Btn.qml" line="+32"/>
        <source>選択中</source>
        <translation>selecionado</translation>
    </message>
</context>
<context>
    <name>CardFacePicture</name>
    <message>
        <location filename="../qml/CardFacePicture.qml" line="+13"/>
        <source>カードの表面の絵：生年月日、有効期限、セキュリティコードの場所</source>
        <translation>Desenho da frente do cartão: onde ficam a data de nascimento, a validade e o código de segurança</translation>
    </message>
</context>
<context>
    <name>CardPicture</name>
    <message>
        <location filename="../qml/CardPicture.qml" line="+12"/>
        <source>カードリーダーの上にカードを置く絵</source>
        <translation>Imagem: coloque o cartão sobre o leitor</translation>
    </message>
</context>
<context>
    <name>CodeB</name>
    <message>
        <location filename="../qml/screens/CodeB.qml" line="+51"/>
        <source>カードの表面の数字で読み取ります</source>
        <translation>Ler o cartão com os números da frente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>暗証番号のかわりに、カードの表面に書かれている数字を3つ入力します。</source>
        <translation>Em vez da senha (PIN), digite três números impressos na frente do cartão.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>決定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>次へ</source>
        <translation>Avançar</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>数字が違います。あと %n 回間違えると、この方法では読み取れなくなります。</source>
        <translation>
            <numerusform>Os números não estão certos. Com mais %n erro(s), este modo deixa de funcionar.</numerusform>
            <numerusform>Os números não estão certos. Com mais %n erro(s), este modo deixa de funcionar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>残り1回です。先に「確認して入力する」を押してください。</source>
        <translation>Resta só 1 tentativa. Primeiro toque em "Confirmar e digitar".</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生年月日を確かめてください。年はカードに書かれているとおりに入力します。</source>
        <translation>Confira a data de nascimento. Digite o ano exatamente como está no cartão.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有効期限の年（西暦4けた）を確かめてください。</source>
        <translation>Confira o ano da validade (4 dígitos).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>セキュリティコード（数字4けた）を確かめてください。</source>
        <translation>Confira o código de segurança (4 dígitos).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入力した数字を確かめてください。</source>
        <translation>Confira os números digitados.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードが離れました。カードを置き直してください。</source>
        <translation>O cartão saiu do lugar. Coloque o cartão de novo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードが置かれていません。</source>
        <translation>Não há cartão no leitor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>マイナンバーカードではないようです。</source>
        <translation>Este não parece ser um cartão My Number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードリーダーが使えません。係員をお呼びください。</source>
        <translation>O leitor de cartões não pode ser usado. Chame um funcionário.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>カードを読み取れませんでした。係員をお呼びください。</source>
        <translation>Não foi possível ler o cartão. Chame um funcionário.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>生年月日を入力してください。年はカードに書かれているとおりに入力します（「昭和55年」なら 55、「1998年」なら 1998）。</source>
        <translation>Digite a data de nascimento. O ano, exatamente como no cartão (昭和55年 → 55, 1998年 → 1998).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>「有効期限」の年（西暦4けた）を入力してください。</source>
        <translation>Digite o ano da validade (4 dígitos).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>顔写真の下にある、数字4けたのセキュリティコードを入力してください。</source>
        <translation>Digite o código de segurança de 4 dígitos abaixo da foto.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>間違えられる回数：あと %n 回</source>
        <translation>
            <numerusform>Tentativas restantes: %n</numerusform>
            <numerusform>Tentativas restantes: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>残り1回です。間違えると、この方法では読み取れなくなります。</source>
        <translation>Resta só 1 tentativa. Se errar, este modo deixa de funcionar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>確認して入力する</source>
        <translation>Confirmar e digitar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>入力せずに係員を呼ぶ</source>
        <translation>Chamar funcionário sem digitar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>年</source>
        <translation>Ano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>月</source>
        <translation>Mês</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日</source>
        <translation>Dia</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>有効期限の年</source>
        <translation>Ano da validade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>セキュリティコード</source>
        <translation>Código de segurança</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <location filename="../qml/FormSections.qml" line="+14"/>
        <location filename="../qml/screens/Confirm.qml" line="+11"/>
        <source>届出</source>
        <translation>Notificação</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>新しい住所</source>
        <translation>Novo endereço</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+1"/>
        <source>前の住所</source>
        <translation>Endereço anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>引っ越し先</source>
        <translation>Destino da mudança</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+1"/>
        <source>引っ越す人</source>
        <translation>Pessoas que se mudam</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>世帯</source>
        <translation>Família (domicílio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>ほかの手続き</source>
        <translation>Outros procedimentos</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../qml/screens/Confirm.qml" line="+3"/>
        <source>届出の種類</source>
        <translation>Tipo de notificação</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>引っ越しの日</source>
        <translation>Data da mudança</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>届出日</source>
        <translation>Data da notificação</translation>
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
        <translation>Endereço</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <location line="+4"/>
        <source>世帯主</source>
        <translation>Chefe da família</translation>
    </message>
    <message>
        <location line="-9"/>
        <location filename="../qml/screens/Confirm.qml" line="-3"/>
        <source>手続き</source>
        <translation>Procedimento</translation>
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
        <translation>Marido</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>子</source>
        <translation>Filho(a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+1"/>
        <source>父</source>
        <translation>Pai</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>母</source>
        <translation>Mãe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>兄</source>
        <translation>Irmão mais velho</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>弟</source>
        <translation>Irmão mais novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>姉</source>
        <translation>Irmã mais velha</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../qml/screens/Confirm.qml" line="+1"/>
        <source>妹</source>
        <translation>Irmã mais nova</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>同居人</source>
        <translation>Outro morador</translation>
    </message>
    <message>
        <location filename="../qml/screens/Confirm.qml" line="+0"/>
        <source>わからない（係員に相談）</source>
        <translation>Não sei (perguntar ao funcionário)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>転入届</source>
        <translation>Notificação de entrada (転入届)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>転居届</source>
        <translation>Mudança dentro da cidade (転居届)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>転出届</source>
        <translation>Notificação de saída (転出届)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>内容を確かめてください</source>
        <translation>Confira os dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>この内容で届出書を作ります。直すときは「直す」を押してください。</source>
        <translation>O formulário será feito com estes dados. Para corrigir, toque em "Corrigir".</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../qml/screens/ConfirmSections.qml" line="+10"/>
        <source>署名へ進む</source>
        <translation>Ir para a assinatura</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>直す</source>
        <translation>Corrigir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1を直す</source>
        <translation>Corrigir %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>（係員が入力します）</source>
        <translation>(o funcionário vai preencher)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>下に続きがあります（押すと進みます）</source>
        <translation>Há mais abaixo (toque para continuar)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>これで全部です。よければ「署名へ進む」を押してください。</source>
        <translation>Isso é tudo. Se estiver certo, toque em "Ir para a assinatura".</translation>
    </message>
    <message>
        <location filename="../qml/FormSections.qml" line="+71"/>
        <location filename="../qml/screens/Confirm.qml" line="-38"/>
        <source>カードで確認</source>
        <translation>Confirmado pelo cartão</translation>
    </message>
    <message>
        <location filename="../qml/screens/Confirm.qml" line="+6"/>
        <source>係員が確認します</source>
        <translation>O funcionário vai conferir</translation>
    </message>
</context>
<context>
    <name>ConfirmSections</name>
    <message>
        <location filename="../qml/screens/ConfirmSections.qml" line="-3"/>
        <source>内容を一つずつ確かめてください</source>
        <translation>Confira cada parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正しければ「確認しました」を押してください。すべて確かめると署名できます。</source>
        <translation>Se estiver certo, toque em “Está correto”. Depois de conferir tudo, você pode assinar.</translation>
    </message>
</context>
<context>
    <name>Done</name>
    <message>
        <location filename="../qml/screens/Done.qml" line="+8"/>
        <source>受け付けました</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>受付番号</source>
        <translation>Número de atendimento</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>番号を呼ばれるまで、お待ちください。係員が内容を確認します。</source>
        <translation>Aguarde até seu número ser chamado. O funcionário vai conferir os dados.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>残りの項目は係員が入力します。このままお待ちください。係員が受付番号をお伝えします。</source>
        <translation>Um funcionário vai preencher o restante. Aguarde aqui; o funcionário vai informar seu número de atendimento.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>届出日：%1</source>
        <translation>Data da notificação: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>カードをお取りください。</source>
        <translation>Retire o seu cartão.</translation>
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
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>関係</source>
        <translation>Relação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本人確認</source>
        <translation>Verificação de identidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>委任状</source>
        <translation>Procuração</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>世帯変更の区分</source>
        <translation>Tipo de alteração do agregado familiar</translation>
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
        <translation>Está correto</translation>
    </message>
</context>
<context>
    <name>Furigana</name>
    <message>
        <location filename="../qml/screens/Furigana.qml" line="+19"/>
        <source>%1 さんのお名前の読み方（フリガナ）を選んでください</source>
        <translation>Escolha como se lê o nome de %1 (furigana)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>お名前の読み方（フリガナ）を入力してください</source>
        <translation>Digite como se lê o seu nome (furigana)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>お名前の読み方（フリガナ）を選んでください</source>
        <translation>Escolha como se lê o seu nome (furigana)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住民票に載ります。カタカナで入力してください。</source>
        <translation>Ela constará do seu registro de residente. Digite-a em katakana.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住民票に載ります。合うものを押してください。</source>
        <translation>Ela constará do seu registro de residente. Toque na correta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>これで決定</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>名字と名前の読み方を、それぞれ選ぶか入力してください。</source>
        <translation>Escolha ou digite a leitura do sobrenome e do nome.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>読み方を選ぶか入力してください。</source>
        <translation>Escolha ou digite a leitura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>読み方は、カタカナかひらがなで入力してください。</source>
        <translation>Digite a leitura em katakana ou hiragana.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>読み方が長すぎます。</source>
        <translation>A leitura é longa demais.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>フリガナは、お名前を日本語でどう読むかをカタカナで書いたものです。</source>
        <translation>Furigana (フリガナ) é como o seu nome se lê em japonês, escrito em katakana.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>氏名</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名字（氏）</source>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>名前（名）</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>ほかの読み方を入力</source>
        <translation>Digitar outra leitura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>読み方を入力</source>
        <translation>Digitar a leitura</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>例：ヤマダ</source>
        <translation>Ex.: ヤマダ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>読み方（カタカナ）</source>
        <translation>Leitura (katakana)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>決定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>わからない</source>
        <translation>Não sei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>読み方は係員が入力します</source>
        <translation>Um funcionário digitará a leitura</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <location filename="../qml/screens/Guide.qml" line="+10"/>
        <source>引っ越し先は外国ですか？</source>
        <translation>Você vai se mudar para o exterior?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>外国から引っ越してきましたか？</source>
        <translation>Você veio do exterior?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>どの引っ越しですか？</source>
        <translation>Que tipo de mudança é?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>転居の届出になります</source>
        <translation>É uma notificação de mudança dentro da cidade (転居)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>転入の届出になります</source>
        <translation>É uma notificação de entrada (転入)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1の中で引っ越しました</source>
        <translation>Mudei dentro de %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ほかの市区町村や外国から、%1へ引っ越してきました</source>
        <translation>Mudei para %1 vindo de outra cidade ou do exterior</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1から、ほかの市区町村や外国へ引っ越します</source>
        <translation>Vou me mudar de %1 para outra cidade ou para o exterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>転出の届出になります</source>
        <translation>É uma notificação de saída (転出)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>どれでもない・わからない</source>
        <translation>Nenhuma destas / Não sei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>係員がお手伝いします</source>
        <translation>Um funcionário vai ajudar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>いいえ（日本国内）</source>
        <translation>Não (dentro do Japão)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>はい（外国）</source>
        <translation>Sim (exterior)</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <location filename="../qml/screens/Identity.qml" line="+10"/>
        <source>あなたの情報はこれで合っていますか？</source>
        <translation>Os seus dados estão corretos?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードから読み取りました。</source>
        <translation>Lidos do cartão.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>氏名</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住所</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生年月日</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>性別</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>男</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>女</source>
        <translation>Feminino</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>記載なし</source>
        <translation>Não consta</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>カードで確認</source>
        <translation>Confirmado pelo cartão</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>はい、合っています</source>
        <translation>Sim, estão corretos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>いいえ、違います</source>
        <translation>Não, estão errados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>係員がお手伝いします</source>
        <translation>Um funcionário vai ajudar</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../qml/Keypad.qml" line="+30"/>
        <location line="+2"/>
        <source>1字消す</source>
        <translation>Apagar um</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ハイフン</source>
        <translation>Hífen</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Main.qml" line="+54"/>
        <source>画面を下に寄せています</source>
        <translation>A tela está mais para baixo</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>係員を呼びました。このままお待ちください。入力した内容はそのまま残ります。</source>
        <translation>A equipe foi chamada. Aguarde aqui. Tudo o que você digitou fica guardado.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>カードを読み取っています。カードを動かさないでください。</source>
        <translation>Lendo o cartão. Não mexa no cartão.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>やめますか？</source>
        <translation>Deseja cancelar?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入力した内容はすべて消えます。</source>
        <translation>Tudo o que você digitou será apagado.</translation>
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
        <translation>O cartão foi retirado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ありがとうございました</source>
        <translation>Obrigado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>続けますか？</source>
        <translation>Deseja continuar?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>カードをもう一度置くと続けられます。</source>
        <translation>Coloque o cartão de novo para continuar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>まもなく最初の画面に戻ります。</source>
        <translation>Logo voltaremos à primeira tela.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>しばらく操作がありません。続けるときは画面に触れてください。</source>
        <translation>Faz algum tempo que não há toque. Toque na tela para continuar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>あと %1 秒で入力した内容を消します。</source>
        <translation>O que você digitou será apagado em %1 segundos.</translation>
    </message>
</context>
<context>
    <name>Mirror</name>
    <message>
        <location filename="../qml/screens/Mirror.qml" line="+7"/>
        <source>係員が入力しています</source>
        <translation>Um funcionário está preenchendo o formulário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入力した内容です。違うところがあれば係員に伝えてください。</source>
        <translation>Este é o conteúdo preenchido. Se algo estiver errado, avise o funcionário.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../qml/Page.qml" line="+13"/>
        <source>次へ</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>手順 %1 / %2</source>
        <translation>Passo %1 de %2</translation>
    </message>
    <message>
        <location line="+90"/>
        <location line="+1"/>
        <source>戻る</source>
        <translation>Voltar</translation>
    </message>
</context>
<context>
    <name>PaperSign</name>
    <message>
        <location filename="../qml/screens/PaperSign.qml" line="+7"/>
        <source>紙の届書に署名してください</source>
        <translation>Assine o formulário impresso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>係員が届書を印刷します。署名欄に手書きで署名してください。</source>
        <translation>Um funcionário vai imprimir o formulário. Assine à mão no campo de assinatura.</translation>
    </message>
</context>
<context>
    <name>Pin</name>
    <message>
        <location filename="../qml/screens/Pin.qml" line="+12"/>
        <source>ご家族のカードの暗証番号を入力してください</source>
        <translation>Digite o PIN do cartão do familiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>暗証番号（数字4けた）を入力してください</source>
        <translation>Digite o PIN (4 dígitos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードを受け取ったときに決めた、数字4けたの暗証番号です。</source>
        <translation>O PIN de 4 dígitos que você escolheu ao receber o cartão.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>暗証番号が違います。あと %n 回間違えるとカードがロックされます。</source>
        <translation>
            <numerusform>PIN errado. Se errar mais %n vez, o cartão será bloqueado.</numerusform>
            <numerusform>PIN errado. Se errar mais %n vezes, o cartão será bloqueado.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>残り1回です。先に「確認して入力する」を押してください。</source>
        <translation>Resta só 1 tentativa. Primeiro toque em "Confirmar e digitar".</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードが離れました。カードを置き直してください。</source>
        <translation>O cartão saiu do lugar. Coloque o cartão de novo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードが置かれていません。</source>
        <translation>Não há cartão no leitor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>マイナンバーカードではないようです。</source>
        <translation>Este não parece ser um cartão My Number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードリーダーが使えません。係員をお呼びください。</source>
        <translation>O leitor de cartões não pode ser usado. Chame um funcionário.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数字4けたで入力してください。</source>
        <translation>Digite 4 dígitos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>カードを読み取れませんでした。係員をお呼びください。</source>
        <translation>Não foi possível ler o cartão. Chame um funcionário.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>間違えられる回数：あと %n 回</source>
        <translation>
            <numerusform>Tentativas restantes: %n</numerusform>
            <numerusform>Tentativas restantes: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>3回続けて間違えるとカードがロックされ、市区町村の窓口での手続きが必要になります。</source>
        <translation>Se errar o PIN 3 vezes seguidas, o cartão é bloqueado e será preciso ir à prefeitura para desbloquear.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>残り1回です。間違えるとカードがロックされます。</source>
        <translation>Resta só 1 tentativa. Se errar, o cartão será bloqueado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>自信がないときは、入力せずに係員をお呼びください。</source>
        <translation>Se não tiver certeza, não digite: chame um funcionário.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>確認して入力する</source>
        <translation>Confirmar e digitar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>入力せずに係員を呼ぶ</source>
        <translation>Chamar funcionário sem digitar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>暗証番号がわからない</source>
        <translation>Não sei a senha (PIN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードの表面の数字で読み取ります</source>
        <translation>Ler o cartão com os números da frente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>スマートフォンで入力した方</source>
        <translation>Preenchi no smartphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>二次元コードを読み取ります</source>
        <translation>Ler o código QR</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>スマートフォンの内容を読み取りました。</source>
        <translation>As respostas do smartphone foram lidas.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>入力した数字：%1 けた</source>
        <translation>Dígitos digitados: %1</translation>
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
        <translation>Coloque o cartão da pessoa a adicionar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>今置いているカードを取ってから、追加する人のカードを置いてください。</source>
        <translation>Retire o cartão que está no leitor e coloque o cartão da pessoa a adicionar.</translation>
    </message>
</context>
<context>
    <name>Preentry</name>
    <message>
        <location filename="../qml/screens/Preentry.qml" line="+12"/>
        <source>読み取りました。マイナンバーカードを置いてください</source>
        <translation>Lido. Agora coloque o seu cartão My Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>スマートフォンの二次元コードを読み取ります</source>
        <translation>Leitura do código QR do smartphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>家で入力した内容を使って、届出を作ります。</source>
        <translation>O que preencheu em casa é usado para fazer a notificação.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>この窓口で使えるコードではありません。入力ページの最後に表示されたコードをかざしてください。</source>
        <translation>Este código não pode ser usado neste balcão. Mostre o código exibido no fim da página.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>コードを読み取れませんでした。もう一度かざしてください。</source>
        <translation>Não foi possível ler o código. Mostre-o novamente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>このコードの形式は、この窓口ではまだ読めません。係員をお呼びください。</source>
        <translation>Este balcão ainda não lê este tipo de código. Chame um funcionário.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>コードに個人番号のような数字が入っているため、使えません。係員をお呼びください。</source>
        <translation>O código contém um número parecido com o Número Individual e não pode ser usado. Chame um funcionário.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>コードの内容に誤りがあります。係員をお呼びください。</source>
        <translation>Há um erro no conteúdo do código. Chame um funcionário.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>カメラの映像</source>
        <translation>Imagem da câmera</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>この端末にはカメラがありません。</source>
        <translation>Este terminal não tem câmera.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>二次元コードを読み取り機にかざしてください。</source>
        <translation>Aproxime o código QR do leitor.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>スマートフォンに表示した二次元コードを、カメラに向けてください。読み取り機でも読み取れます。</source>
        <translation>Mostre o código QR do smartphone para a câmera. O leitor também o lê.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入力ページの最後に表示された二次元コードを使います。</source>
        <translation>Use o código QR exibido no fim da página.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>スマートフォンの内容を読み取りました。</source>
        <translation>As respostas do smartphone foram lidas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>このあとマイナンバーカードで本人を確かめます。カードの内容が、入力した内容より優先されます。</source>
        <translation>A seguir, o cartão My Number confirma quem você é. O que está no cartão prevalece sobre o que preencheu.</translation>
    </message>
</context>
<context>
    <name>Sign</name>
    <message>
        <location filename="../qml/screens/Sign.qml" line="+7"/>
        <source>指で署名してください</source>
        <translation>Assine com o dedo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>署名すると、この内容で届け出ます。</source>
        <translation>Ao assinar, você entrega a notificação com estes dados.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>署名欄に名前を書いてください。</source>
        <translation>Escreva o seu nome no campo de assinatura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>届出書に足りないところがあります。係員をお呼びください。</source>
        <translation>Falta algo no formulário. Chame um funcionário.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>書き直す</source>
        <translation>Escrever de novo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>この内容で届け出る</source>
        <translation>Entregar com estes dados</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../qml/SignaturePad.qml" line="+15"/>
        <source>署名欄: 指で名前を書いてください</source>
        <translation>Campo de assinatura: escreva seu nome com o dedo</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <location filename="../qml/screens/Staff.qml" line="+6"/>
        <source>係員がお手伝いします</source>
        <translation>Um funcionário vai ajudar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>このままお待ちください。係員がまいります。</source>
        <translation>Aguarde aqui. Um funcionário virá.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>本人確認の書類（在留カード、運転免許証など）をお持ちでしたら、ご用意ください。</source>
        <translation>Se tiver um documento de identidade (cartão de residente, carteira de motorista etc.), deixe-o pronto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>最初の画面に戻る</source>
        <translation>Voltar à primeira tela</translation>
    </message>
</context>
<context>
    <name>StepBanchi</name>
    <message>
        <location filename="../qml/screens/StepBanchi.qml" line="+7"/>
        <source>番地を入力してください</source>
        <translation>Digite o número do endereço (番地)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>番地</source>
        <translation>Número do endereço</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>例：1丁目2番3号なら 1-2-3</source>
        <translation>Exemplo: 1-chōme 2-ban 3-gō, digite 1-2-3</translation>
    </message>
</context>
<context>
    <name>StepBrowse</name>
    <message>
        <location filename="../qml/screens/StepBrowse.qml" line="+13"/>
        <source>都道府県を選んでください</source>
        <translation>Escolha a província (都道府県)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>市区町村を選んでください</source>
        <translation>Escolha a cidade (市区町村)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>町名を選んでください</source>
        <translation>Escolha o bairro (町名)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1行</source>
        <translation>Linha %1</translation>
    </message>
</context>
<context>
    <name>StepCandidates</name>
    <message>
        <location filename="../qml/screens/StepCandidates.qml" line="+7"/>
        <source>住所を選んでください</source>
        <translation>Escolha o endereço</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>この中にない</source>
        <translation>Não está nesta lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>都道府県と市区町村から選びます</source>
        <translation>Escolher pela província e cidade</translation>
    </message>
</context>
<context>
    <name>StepCountry</name>
    <message>
        <location filename="../qml/screens/StepCountry.qml" line="+8"/>
        <source>引っ越し先の国はどこですか？</source>
        <translation>Para qual país você vai?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>どこの国から引っ越してきましたか？</source>
        <translation>De qual país você veio?</translation>
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
        <translation>Endereço lá (se souber)</translation>
    </message>
</context>
<context>
    <name>StepDate</name>
    <message>
        <location filename="../qml/screens/StepDate.qml" line="+7"/>
        <source>引っ越す日（予定日）はいつですか？</source>
        <translation>Quando vai se mudar (data prevista)?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>引っ越した日はいつですか？</source>
        <translation>Quando você se mudou?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>和暦（令和）</source>
        <translation>Calendário japonês (Reiwa)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>西暦</source>
        <translation>Calendário ocidental</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>年</source>
        <translation>Ano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>月</source>
        <translation>Mês</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日</source>
        <translation>Dia</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1を1つ前に</source>
        <translation>%1 um para trás</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1を1つ後に</source>
        <translation>%1 um para frente</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>今日</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>昨日</source>
        <translation>Ontem</translation>
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
        <translation>Marido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>子</source>
        <translation>Filho(a)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>父</source>
        <translation>Pai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>母</source>
        <translation>Mãe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>兄</source>
        <translation>Irmão mais velho</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>弟</source>
        <translation>Irmão mais novo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>姉</source>
        <translation>Irmã mais velha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>妹</source>
        <translation>Irmã mais nova</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>同居人</source>
        <translation>Outro morador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>わからない（係員に相談）</source>
        <translation>Não sei (perguntar ao funcionário)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>追加した人 %1</source>
        <translation>Pessoa adicionada %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>世帯主はだれですか？</source>
        <translation>Quem é o chefe da família?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>ここにいない人</source>
        <translation>Alguém que não está aqui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>世帯主の名前は係員が確認します</source>
        <translation>O funcionário vai confirmar o nome do chefe da família</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 は世帯主から見て：</source>
        <translation>%1 é, em relação ao chefe da família:</translation>
    </message>
</context>
<context>
    <name>StepKatagaki</name>
    <message>
        <location filename="../qml/screens/StepKatagaki.qml" line="+8"/>
        <source>建物の名前と部屋番号を入力してください</source>
        <translation>Digite o nome do prédio e o número do apartamento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>一戸建てなど、建物の名前がないときは「なし」を押してください。</source>
        <translation>Se não houver nome de prédio (casa, por exemplo), toque em "Nenhum".</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>住民票に載るため、日本語（かな・漢字・数字）で入力してください。</source>
        <translation>Isto vai no seu registro de residente (住民票): digite em japonês (kana, kanji, números).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>建物の名前と部屋番号</source>
        <translation>Nome do prédio e número do apartamento</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>なし</source>
        <translation>Nenhum</translation>
    </message>
</context>
<context>
    <name>StepMembers</name>
    <message>
        <location filename="../qml/screens/StepMembers.qml" line="+8"/>
        <source>一緒に引っ越す人はいますか？</source>
        <translation>Alguém vai se mudar com você?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>（係員が入力します）</source>
        <translation>(o funcionário vai preencher)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>カードで確認</source>
        <translation>Confirmado pelo cartão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>スマートフォンで入力</source>
        <translation>Preenchido no smartphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>転出の届出の情報</source>
        <translation>Da notificação de mudança de saída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>カードなし</source>
        <translation>Sem cartão</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>外す</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>カードを持っている人を追加</source>
        <translation>Adicionar pessoa com cartão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>その人のカードと暗証番号が必要です</source>
        <translation>É preciso o cartão e o PIN dessa pessoa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>カードがない人を追加</source>
        <translation>Adicionar pessoa sem cartão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>係員があとで入力します</source>
        <translation>O funcionário preencherá depois</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../qml/StepPage.qml" line="+12"/>
        <source>確認画面へ</source>
        <translation>Ir para a tela de conferência</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>次へ</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>日付を選んでください。</source>
        <translation>Escolha uma data.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>引っ越した日は、今日より後にできません。</source>
        <translation>A data da mudança não pode ser depois de hoje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>この郵便番号は見つかりません。番号を確かめてください。</source>
        <translation>Este código postal não foi encontrado. Confira o número.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>住所を1つ選んでください。</source>
        <translation>Escolha um endereço.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>番地を入力してください。</source>
        <translation>Digite o número do endereço.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>国名を入力してください。</source>
        <translation>Digite o país.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>世帯主を選んでください。</source>
        <translation>Escolha o chefe da família.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全員の続柄を選んでください。</source>
        <translation>Escolha o parentesco de todos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>すべての質問に答えてください。</source>
        <translation>Responda a todas as perguntas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>入力を確かめてください。</source>
        <translation>Confira o que você digitou.</translation>
    </message>
</context>
<context>
    <name>StepPostal</name>
    <message>
        <location filename="../qml/screens/StepPostal.qml" line="+8"/>
        <source>引っ越し先の郵便番号を入力してください</source>
        <translation>Digite o código postal do destino</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>新しい住所の郵便番号を入力してください</source>
        <translation>Digite o código postal do novo endereço</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>郵便番号がわからない</source>
        <translation>Não sei o CEP (código postal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>都道府県と市区町村から選びます</source>
        <translation>Escolher pela província e cidade</translation>
    </message>
</context>
<context>
    <name>StepRelated</name>
    <message>
        <location filename="../qml/screens/StepRelated.qml" line="+7"/>
        <source>ほかの手続きのための質問です</source>
        <translation>Perguntas para outros procedimentos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>国民健康保険に入っていますか（入りますか）？</source>
        <translation>Você tem (terá) o Seguro Nacional de Saúde?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>障害者手帳を持っている人はいますか？</source>
        <translation>Alguém tem caderneta de deficiência (障害者手帳)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>犬を飼っていますか？</source>
        <translation>Você tem cachorro?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1で印鑑登録をしていますか？</source>
        <translation>Você tem carimbo registrado (印鑑登録) em %1?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>はい</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>いいえ</source>
        <translation>Não</translation>
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
        <translation>Texto maior</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>読み上げ</source>
        <translation>Ler em voz alta</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>係員を呼びました</source>
        <translation>Equipe chamada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>係員を呼ぶ</source>
        <translation>Chamar a equipe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>画面を下に寄せる</source>
        <translation>Tela mais baixa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>白黒反転</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>文字をもっと大きく</source>
        <translation>Letras ainda maiores</translation>
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
        <translation>Coloque o seu cartão My Number</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>カードの読み取りで、引っ越しの届出を書かずに作れます。</source>
        <translation>Com a leitura do cartão, você faz a notificação de mudança sem escrever.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>言語を選んでください</source>
        <translation>Escolha o idioma</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>スマートフォンで入力した方</source>
        <translation>Preenchi no smartphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>二次元コードを読み取ります</source>
        <translation>Ler o código QR</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>カードがない・暗証番号がわからない</source>
        <translation>Sem cartão / Não sei o PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>係員がお手伝いします</source>
        <translation>Um funcionário vai ajudar</translation>
    </message>
</context>
</TS>
