; Inno Setup script of the 書かない窓口 counter for Windows 10/11 x64 (Inno Setup 6.2 or later).
;
; Built by build-windows.ps1 after PyInstaller, which passes the version and commit:
;   ISCC.exe /DAppVersion=0.1.0 /DCommit=abc123 /DBundleDir=..\..\dist\kiosk packaging\windows\kiosk.iss
;
; What it does, mirroring packaging/linux/install.sh:
; - each build goes to its own folder, {app}\releases\<version>-<commit>; the folder
;   {app}\current is a directory junction to the build in use, {app}\previous to the one before
;   (switch-release.ps1 moves them; `switch-release.ps1 -Rollback` goes back);
; - the configuration (C:\ProgramData\kakanai-madoguchi\kiosk.toml) is written once and never
;   replaced or uninstalled; the data folder (database, data key, logs) is never touched by
;   setup or uninstall;
; - before switching, the database and key are saved to data\backups\pre-<build>;
;   after switching, `kiosk db upgrade` runs;
; - on a first install a wizard page asks for the municipality (name and 6-digit
;   全国地方公共団体コード, check digit verified here and against Japan Post's data by
;   `kiosk config set-municipality`) and the first administrator (職員ID, display name); a
;   console window then runs `kiosk staff first-admin`, which asks the administrator's password
;   and shows the authenticator (TOTP) as a QR code to scan, then asks for a code from it;
;   unattended: setup.exe /SILENT /MUNICIPALITYNAME=清瀬市 /MUNICIPALITYCODE=132217
;   /ADMIN=admin01 /ADMINNAME=管理者 (the console window still asks the password);
; - then `kiosk doctor` (its report is shown);
; - KIOSK_CONFIG is set machine-wide so every `kiosk` command finds the configuration (the
;   commands setup runs itself are given --config, as the new variable reaches only programs
;   started later).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef Commit
  #define Commit "local"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\kiosk"
#endif
#ifndef DataDir
  #define DataDir "..\..\dist\data"
#endif
#define Release AppVersion + "-" + Commit
#define ConfigFile "{commonappdata}\kakanai-madoguchi\kiosk.toml"

[Setup]
AppId={{6B1C5E2A-7A53-4D8E-9C1F-0B7E3E9A4D21}
AppName=書かない窓口 (kakanai-madoguchi)
AppVersion={#AppVersion}
AppVerName=書かない窓口 {#AppVersion} ({#Commit})
AppPublisher=The kakanai-madoguchi contributors
DefaultDirName={autopf}\kakanai-madoguchi
DisableDirPage=yes
DefaultGroupName=書かない窓口
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin
OutputDir=..\..\dist
OutputBaseFilename=kiosk-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesEnvironment=yes
CloseApplications=force
UninstallDisplayName=書かない窓口 (kakanai-madoguchi)

[Languages]
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Dirs]
; The data folder: readable by administrators and the counter's account only (build-windows.md
; step "Shell Launcher" grants the kiosk account; nothing here grants Users).
Name: "{commonappdata}\kakanai-madoguchi"; Flags: uninsneveruninstall
Name: "{commonappdata}\kakanai-madoguchi\data"; Flags: uninsneveruninstall
Name: "{app}\releases\{#Release}"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}\releases\{#Release}"; Flags: ignoreversion recursesubdirs createallsubdirs
; The data packs (reading dictionary, postal data), shared by the builds in {app}\releases.
Source: "{#DataDir}\*"; DestDir: "{app}\data"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "switch-release.ps1"; DestDir: "{app}"; Flags: ignoreversion
Source: "kiosk.toml.template"; DestDir: "{commonappdata}\kakanai-madoguchi"; DestName: "kiosk.toml"; Flags: onlyifdoesntexist uninsneveruninstall

[Registry]
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; ValueType: string; ValueName: "KIOSK_CONFIG"; ValueData: "{commonappdata}\kakanai-madoguchi\kiosk.toml"; Flags: uninsdeletevalue

[Icons]
Name: "{group}\書かない窓口 (counter)"; Filename: "{app}\current\kioskw.exe"; Parameters: "run"
Name: "{group}\kiosk doctor"; Filename: "{cmd}"; Parameters: "/k ""{app}\current\kiosk.exe"" doctor"

[Run]
; Save the data, switch the `current` junction, upgrade the schema (rolls back on failure).
Filename: "powershell.exe"; Parameters: "-NoProfile -ExecutionPolicy Bypass -File ""{app}\switch-release.ps1"" -Release ""{#Release}"""; StatusMsg: "データベースを更新しています…"; Flags: runhidden waituntilterminated
; The municipality (first install only); a console stays open when the command refuses.
Filename: "{cmd}"; Parameters: "/c """"{app}\current\kiosk.exe"" --config ""{#ConfigFile}"" config set-municipality --name ""{code:MunicipalityName}"" --code ""{code:MunicipalityCode}"" || pause"""; StatusMsg: "市区町村を設定しています…"; Flags: waituntilterminated; Check: MunicipalityGiven
; The first administrator: password and authenticator QR code in a console window.
Filename: "{cmd}"; Parameters: "/c """"{app}\current\kiosk.exe"" --config ""{#ConfigFile}"" staff first-admin --login ""{code:AdminLogin}"" --name ""{code:AdminName}"" & pause"""; StatusMsg: "最初の管理者を作成しています…"; Flags: waituntilterminated
Filename: "{cmd}"; Parameters: "/k """"{app}\current\kiosk.exe"" --config ""{#ConfigFile}"" doctor"""; Description: "kiosk doctor を実行する (動作確認)"; Flags: postinstall skipifsilent

[UninstallRun]
Filename: "{cmd}"; Parameters: "/c rmdir ""{app}\current"" & rmdir ""{app}\previous"""; Flags: runhidden; RunOnceId: "RemoveJunctions"

[Code]
var
  SetupPage: TInputQueryWizardPage;

function ConfigText(): String;
var
  Text: AnsiString;
begin
  Result := '';
  if LoadStringFromFile(ExpandConstant('{#ConfigFile}'), Text) then
    Result := String(Text);
end;

{ The municipality is set once `kiosk config set-municipality` has written its code. }
function NeedsMunicipality(): Boolean;
begin
  Result := Pos('code = "', ConfigText()) = 0;
end;

{ 全国地方公共団体コード: 6 digits; weights 6,5,4,3,2 on the first five, remainder modulo 11,
  the check digit is the last digit of 11 - remainder (as forms/lgcode.py). }
function LgCodeValid(Code: String): Boolean;
var
  I, Sum: Integer;
begin
  Result := False;
  if Length(Code) <> 6 then Exit;
  for I := 1 to 6 do
    if (Code[I] < '0') or (Code[I] > '9') then Exit;
  Sum := 0;
  for I := 1 to 5 do
    Sum := Sum + (Ord(Code[I]) - Ord('0')) * (7 - I);
  Result := (Ord(Code[6]) - Ord('0')) = ((11 - (Sum mod 11)) mod 10);
end;

function Trimmed(Index: Integer): String;
begin
  Result := Trim(SetupPage.Values[Index]);
end;

{ Set it when this install asks for it and an answer was given (a silent install without
  /MUNICIPALITYNAME leaves it to `kiosk doctor` to report). }
function MunicipalityGiven(): Boolean;
begin
  Result := NeedsMunicipality() and (Trimmed(0) <> '');
end;

function MunicipalityName(Param: String): String;
begin
  Result := Trimmed(0);
end;

function MunicipalityCode(Param: String): String;
begin
  Result := Trimmed(1);
end;

function AdminLogin(Param: String): String;
begin
  Result := Trimmed(2);
  if Result = '' then Result := 'admin';
end;

function AdminName(Param: String): String;
begin
  Result := Trimmed(3);
  if Result = '' then Result := '管理者';
end;

procedure InitializeWizard();
begin
  SetupPage := CreateInputQueryPage(wpWelcome,
    '窓口の設定 (first set-up)',
    '市区町村と最初の管理者',
    '市区町村名と全国地方公共団体コード (6桁、検査数字を含む)、最初の管理者の職員IDと表示名を入力してください。' +
    'パスワードと認証アプリ (QRコード) は、インストールの最後に開くウィンドウで設定します。');
  SetupPage.Add('市区町村名 (例: 清瀬市):', False);
  SetupPage.Add('全国地方公共団体コード (例: 132217):', False);
  SetupPage.Add('管理者の職員ID (例: admin):', False);
  SetupPage.Add('管理者の表示名:', False);
  SetupPage.Values[0] := ExpandConstant('{param:MUNICIPALITYNAME|}');
  SetupPage.Values[1] := ExpandConstant('{param:MUNICIPALITYCODE|}');
  SetupPage.Values[2] := ExpandConstant('{param:ADMIN|admin}');
  SetupPage.Values[3] := ExpandConstant('{param:ADMINNAME|管理者}');
end;

function ShouldSkipPage(PageID: Integer): Boolean;
begin
  Result := (PageID = SetupPage.ID) and not NeedsMunicipality();
end;

function NextButtonClick(CurPageID: Integer): Boolean;
var
  Name: String;
  Last: String;
begin
  Result := True;
  if CurPageID <> SetupPage.ID then Exit;
  Name := Trimmed(0);
  Last := Copy(Name, Length(Name), 1);
  if (Name = '') or ((Last <> '市') and (Last <> '区') and (Last <> '町') and (Last <> '村')) then
  begin
    MsgBox('市区町村名を「…市」「…区」「…町」「…村」の形で入力してください。', mbError, MB_OK);
    Result := False;
  end
  else if not LgCodeValid(Trimmed(1)) then
  begin
    MsgBox('全国地方公共団体コードは検査数字を含む6桁の数字です (例: 清瀬市 132217)。', mbError, MB_OK);
    Result := False;
  end;
end;
