<#
.SYNOPSIS
  Build the Windows counter: the PyInstaller bundle (dist\kiosk) and the setup program
  (dist\kiosk-<version>-windows-x64-setup.exe). Run from the repository root in PowerShell.

.DESCRIPTION
  Needs: Python 3.11 x64 (python.org), Git, Inno Setup 6 (ISCC.exe on PATH or in its default
  folder). Creates .venv-win, installs the project and PyInstaller, builds, prints the bundle
  size, then compiles packaging\windows\kiosk.iss.
#>
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent (Split-Path -Parent $PSScriptRoot))

if (-not (Test-Path .venv-win)) { py -3.11 -m venv .venv-win }
$py = ".venv-win\Scripts\python.exe"
& $py -m pip install --upgrade pip
& $py -m pip install -e ".[backoffice]" "pyinstaller>=6.10,<7"

$version = & $py -c "import kiosk; print(kiosk.__version__)"
$commit = (git rev-parse --short=12 HEAD).Trim()
$started = Get-Date
& $py -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build\pyinstaller packaging\kiosk.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
$info = @{ version = $version; commit = $commit; built_at = (Get-Date).ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ"); platform = "windows-x64" }
$info | ConvertTo-Json | Set-Content -Encoding utf8 dist\kiosk\_internal\build-info.json
$bytes = (Get-ChildItem dist\kiosk -Recurse -File | Measure-Object Length -Sum).Sum
"build: finished in {0:N0} s; bundle size {1:N0} MiB" -f ((Get-Date) - $started).TotalSeconds, ($bytes / 1MB)
# The data packs (reading dictionary, postal data: forms\datapacks.py) go beside the builds, in
# {app}\data, not into the program bundle.
if (Test-Path dist\data) { Remove-Item -Recurse -Force dist\data }
& $py -c "import sys; from pathlib import Path; from forms.datapacks import assemble_all; [print('build: data pack', p.name, p.version) for p in assemble_all(Path('dist/data'))]"
if ($LASTEXITCODE -ne 0) { throw "the data packs could not be made" }

$iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" "/DCommit=$commit" "/DBundleDir=..\..\dist\kiosk" "/DDataDir=..\..\dist\data" packaging\windows\kiosk.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
