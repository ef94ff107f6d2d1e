; Inno Setup 6 script: a per-machine (or per-user) installer for the PyInstaller bundle.
; Build on Windows from the repository root, after the bundle (see installer/README.md):
;   iscc /DAppVersion=0.1.0 installer\windows\netplanner.iss
; The version comes from netplanner.__version__; the README's command passes it in.
; Output: build\installer\NetPlanner-<version>-setup.exe

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z installer\windows\netplanner.iss
#endif
#define Root "..\.."

[Setup]
; AppId identifies the app for upgrades and uninstall: never change it.
AppId={{444478D0-60A1-4FA7-8542-6D8263ED2B94}
AppName=NetPlanner
AppVersion={#AppVersion}
AppPublisher=NetPlanner team
DefaultDirName={autopf}\NetPlanner
DefaultGroupName=NetPlanner
DisableProgramGroupPage=yes
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern
SetupIconFile={#Root}\resources\icons\netplanner.ico
UninstallDisplayIcon={app}\netplanner.exe
OutputDir={#Root}\build\installer
OutputBaseFilename=NetPlanner-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\build\installer\dist\netplanner\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\NetPlanner"; Filename: "{app}\netplanner.exe"
Name: "{autodesktop}\NetPlanner"; Filename: "{app}\netplanner.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\netplanner.exe"; Description: "{cm:LaunchProgram,NetPlanner}"; Flags: nowait postinstall skipifsilent
