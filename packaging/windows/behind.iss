; Inno Setup 6 script: per-user installer for Behind (no administrator rights).
;
; Build the onedir first (see packaging/README.md), then from the repo root:
;
;   iscc packaging\windows\behind.iss
;   iscc /DAppVersion=0.1.0 /DSourceDir=C:\path\to\dist\behind-desktop packaging\windows\behind.iss
;
; Output: dist\Behind-<version>-setup.exe
;
; Installs into %LOCALAPPDATA%\Programs\Behind ({userpf}), writes only to HKCU,
; and offers "Start Behind when I log in" as an optional task: the value
; "Behind" under HKCU\Software\Microsoft\Windows\CurrentVersion\Run - the
; same value the app's own start-at-login setting reads and writes
; (behind_desktop.autostart.WindowsRunKey). Uninstalling removes that value
; (and the matching StartupApproved entry) whoever wrote it, but never the
; user's data in %APPDATA%\behind-desktop.

#ifndef SourceDir
  #define SourceDir AddBackslash(SourcePath) + "..\..\dist\behind-desktop"
#endif
#ifndef IconFile
  #define IconFile AddBackslash(SourcePath) + "..\..\build\icons\behind.ico"
#endif
#define AppExe "behind-desktop.exe"
#ifndef AppVersion
  ; The version resource behind.spec writes into the exe (from __version__).
  #define AppVersion GetVersionNumbersString(SourceDir + "\" + AppExe)
#endif
#define RunKey "Software\Microsoft\Windows\CurrentVersion\Run"
#define ApprovedKey "Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"

[Setup]
; Never change AppId: it ties upgrades and the uninstaller to earlier installs.
AppId={{1682031B-E82D-43FF-96C8-29523306A943}
AppName=Behind
AppVersion={#AppVersion}
AppVerName=Behind {#AppVersion}
AppPublisher=The Behind contributors
AppComments=A gentle tray companion for trainees who always feel behind.
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
DefaultDirName={userpf}\Behind
DefaultGroupName=Behind
DisableProgramGroupPage=yes
DisableDirPage=auto
DisableReadyPage=yes
UsePreviousTasks=yes
OutputDir={#AddBackslash(SourcePath)}..\..\dist
OutputBaseFilename=Behind-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName=Behind
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
; Close a running Behind (Restart Manager) before replacing its files.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "startatlogin"; Description: "Start Behind when I log in"; GroupDescription: "Options:"
Name: "desktopicon"; Description: "Create a desktop shortcut"; GroupDescription: "Options:"; Flags: unchecked

[Files]
; A portable marker (and portable data) must never end up in an installed copy.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Excludes: "\behind-portable,\data\*"; \
    Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: files; Name: "{app}\behind-portable"

[Icons]
Name: "{group}\Behind"; Filename: "{app}\{#AppExe}"; AppUserModelID: "org.behind.desktop"
Name: "{userdesktop}\Behind"; Filename: "{app}\{#AppExe}"; AppUserModelID: "org.behind.desktop"; Tasks: desktopicon

[Registry]
; Written only when the task is chosen; "uninsdeletevalue" removes it again.
; Not choosing it on an upgrade leaves the value alone: the user may have
; turned start-at-login on from inside Behind since.
Root: HKCU; Subkey: "{#RunKey}"; ValueType: string; ValueName: "Behind"; \
    ValueData: """{app}\{#AppExe}"""; Flags: uninsdeletevalue; Tasks: startatlogin

[Run]
Filename: "{app}\{#AppExe}"; Description: "Start Behind now"; Flags: nowait postinstall skipifsilent

[UninstallRun]
; Behind is a tray app with no main window to close: end it so its files can go.
Filename: "{sys}\taskkill.exe"; Parameters: "/F /IM {#AppExe}"; Flags: runhidden; \
    RunOnceId: "StopBehind"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  { The app's own setting may have written the value even without the task. }
  if CurUninstallStep = usPostUninstall then
  begin
    RegDeleteValue(HKEY_CURRENT_USER, '{#RunKey}', 'Behind');
    RegDeleteValue(HKEY_CURRENT_USER, '{#ApprovedKey}', 'Behind');
  end;
end;
