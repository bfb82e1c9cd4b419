<#
.SYNOPSIS
  Switch the counter to an installed build (called by setup), or roll back to the previous one.

.DESCRIPTION
  switch-release.ps1 -Release 0.2.0-abc123   save database + key, point `current` at the build,
                                             run `kiosk db upgrade`; on failure point back.
  switch-release.ps1 -Rollback               point `current` back at `previous`.
  switch-release.ps1 -List                   the installed builds.

  A rollback does not change the database. When the newer build had upgraded the schema, the
  older one refuses it (`kiosk doctor` says so): restore the copy saved in
  data\backups\pre-<build> as docs/backup.md describes (data entered since is then lost).
#>
param(
  [string]$Release,
  [switch]$Rollback,
  [switch]$List
)
$ErrorActionPreference = "Stop"
$App = Split-Path -Parent $MyInvocation.MyCommand.Path
$Releases = Join-Path $App "releases"
$Current = Join-Path $App "current"
$Previous = Join-Path $App "previous"
$Config = Join-Path $env:ProgramData "kakanai-madoguchi\kiosk.toml"
$Data = Join-Path $env:ProgramData "kakanai-madoguchi\data"
$env:KIOSK_CONFIG = $Config

function Target($link) {
  if (Test-Path $link) { return (Get-Item $link).Target | Select-Object -First 1 }
  return $null
}

function Set-Junction($link, $target) {
  if (Test-Path $link) { cmd /c rmdir "$link" | Out-Null }
  New-Item -ItemType Junction -Path $link -Target $target | Out-Null
}

function Switch-To($target) {
  $old = Target $Current
  Set-Junction $Current $target
  if ($old -and ($old -ne $target)) { Set-Junction $Previous $old }
  return $old
}

if ($List) {
  $cur = Target $Current
  Get-ChildItem $Releases -Directory | Sort-Object CreationTime | ForEach-Object {
    if ($_.FullName -eq $cur) { "* " + $_.Name } else { "  " + $_.Name }
  }
  exit 0
}

Get-Process -Name kiosk -ErrorAction SilentlyContinue | Stop-Process -Force

if ($Rollback) {
  $prev = Target $Previous
  if (-not $prev) { Write-Error "no previous build to roll back to"; exit 1 }
  Switch-To $prev | Out-Null
  & (Join-Path $Current "kiosk.exe") doctor
  exit 0
}

if (-not $Release) { Write-Error "name the build: -Release <version-commit>"; exit 2 }
$target = Join-Path $Releases $Release
if (-not (Test-Path (Join-Path $target "kiosk.exe"))) { Write-Error "$target has no kiosk.exe"; exit 2 }

# Save the database and the key before the schema changes (SQLite; PostgreSQL: pg_dump, see docs).
$db = Join-Path $Data "kiosk.sqlite3"
if (Test-Path $db) {
  $saved = Join-Path $Data ("backups\pre-" + $Release)
  New-Item -ItemType Directory -Force -Path $saved | Out-Null
  Copy-Item $db $saved
  foreach ($extra in @("kiosk.sqlite3-wal", "data.key")) {
    $p = Join-Path $Data $extra
    if (Test-Path $p) { Copy-Item $p $saved }
  }
}

$old = Switch-To $target
& (Join-Path $Current "kiosk.exe") db upgrade
if ($LASTEXITCODE -ne 0) {
  if ($old) { Switch-To $old | Out-Null }
  Write-Error "the database upgrade failed; the previous build stays in use"
  exit 1
}
exit 0
