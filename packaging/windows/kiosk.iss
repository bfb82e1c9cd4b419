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
;   after switching, `kiosk db upgrade` runs, then `kiosk doctor` (its report is shown);
; - KIOSK_CONFIG is set machine-wide so every `kiosk` command finds the configuration.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef Commit
  #define Commit "local"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\kiosk"
#endif
#define Release AppVersion + "-" + Commit

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
Filename: "{cmd}"; Parameters: "/k ""{app}\current\kiosk.exe"" doctor"; Description: "kiosk doctor を実行する (動作確認)"; Flags: postinstall skipifsilent

[UninstallRun]
Filename: "{cmd}"; Parameters: "/c rmdir ""{app}\current"" & rmdir ""{app}\previous"""; Flags: runhidden; RunOnceId: "RemoveJunctions"
