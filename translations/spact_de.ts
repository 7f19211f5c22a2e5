<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>MediaRows</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Bit rate</source>
        <translation>Bitrate</translation>
    </message>
    <message>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <source>Video stream %1</source>
        <translation>Videostream %1</translation>
    </message>
    <message>
        <source>Audio stream %1</source>
        <translation>Audiostream %1</translation>
    </message>
    <message>
        <source>Other stream %1</source>
        <translation>Anderer Stream %1</translation>
    </message>
    <message>
        <source>Codec</source>
        <translation>Codec</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source>Pixel format</source>
        <translation>Pixelformat</translation>
    </message>
    <message>
        <source>%1 frames/s</source>
        <translation>%1 Bilder/s</translation>
    </message>
    <message>
        <source>(variable)</source>
        <translation>(variabel)</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>Bildrate</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Drehung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1° clockwise</source>
        <translation>%1° im Uhrzeigersinn</translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>Abtastrate</translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
</context>
<context>
    <name>spact::studio::CompareEngine</name>
    <message>
        <source>&apos;%1&apos; has no picture that can be decoded.</source>
        <translation>„%1“ enthält kein Bild, das sich dekodieren lässt.</translation>
    </message>
</context>
<context>
    <name>spact::studio::ComparePage</name>
    <message>
        <source>&amp;Play/Pause</source>
        <translation>&amp;Wiedergabe/Pause</translation>
    </message>
    <message>
        <source>Play &amp;Backward (Faster)</source>
        <translation>&amp;Rückwärts abspielen (schneller)</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Play &amp;Forward (Faster)</source>
        <translation>&amp;Vorwärts abspielen (schneller)</translation>
    </message>
    <message>
        <source>Pre&amp;vious Frame</source>
        <translation>&amp;Vorheriges Bild</translation>
    </message>
    <message>
        <source>&amp;Next Frame</source>
        <translation>&amp;Nächstes Bild</translation>
    </message>
    <message>
        <source>Go to &amp;Start</source>
        <translation>Zum &amp;Anfang</translation>
    </message>
    <message>
        <source>Go to &amp;End</source>
        <translation>Zum &amp;Ende</translation>
    </message>
    <message>
        <source>Side by Side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Show the original and the anonymized video side by side</source>
        <translation>Original und anonymisiertes Video nebeneinander zeigen</translation>
    </message>
    <message>
        <source>Split View</source>
        <translation>Geteilte Ansicht</translation>
    </message>
    <message>
        <source>Show one picture split by a line you can drag</source>
        <translation>Ein Bild zeigen, geteilt durch eine verschiebbare Linie</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole picture</source>
        <translation>Das ganze Bild zeigen</translation>
    </message>
    <message>
        <source>Zoom (mouse wheel; drag to pan)</source>
        <translation>Zoom (Mausrad; ziehen zum Verschieben)</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Anonymized: %1</source>
        <translation>Anonymisiert: %1</translation>
    </message>
    <message>
        <source>Open a video with File ▸ Open, or drop a video file here.</source>
        <translation>Öffnen Sie ein Video über Datei ▸ Öffnen, oder ziehen Sie eine Videodatei hierher.</translation>
    </message>
</context>
<context>
    <name>spact::studio::ExportDialog</name>
    <message>
        <source>Model (none loaded)</source>
        <translation>Modell (keines geladen)</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mkv *.avi *.mov *.webm *.m4v *.mpg *.mpeg *.wmv *.flv *.ts);;All files (*)</source>
        <translation>Videos (*.mp4 *.mkv *.avi *.mov *.webm *.m4v *.mpg *.mpeg *.wmv *.flv *.ts);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add Videos</source>
        <translation>Videos hinzufügen</translation>
    </message>
    <message>
        <source>Add a Folder of Videos</source>
        <translation>Ordner mit Videos hinzufügen</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Matroska video (*.mkv)</source>
        <translation>Matroska-Video (*.mkv)</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4-Video (*.mp4)</translation>
    </message>
    <message>
        <source>Export Into Folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <translation>Export wird vorbereitet…</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>Exportiert: %1</translation>
    </message>
    <message>
        <source>already done: %1</source>
        <translation>bereits erledigt: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cancelled: %1</source>
        <translation>abgebrochen: %1</translation>
    </message>
    <message>
        <source>Export finished.</source>
        <translation>Export abgeschlossen.</translation>
    </message>
    <message>
        <source>Export Anonymized Videos</source>
        <translation>Anonymisierte Videos exportieren</translation>
    </message>
    <message>
        <source>Videos:</source>
        <translation>Videos:</translation>
    </message>
    <message>
        <source>Codec:</source>
        <translation>Codec:</translation>
    </message>
    <message>
        <source>Quality (CRF):</source>
        <translation>Qualität (CRF):</translation>
    </message>
    <message>
        <source>Audio:</source>
        <translation>Audio:</translation>
    </message>
    <message>
        <source>Output size:</source>
        <translation>Ausgabegröße:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>Warteschlange:</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>H.264 (MP4)</source>
        <translation>H.264 (MP4)</translation>
    </message>
    <message>
        <source>FFV1, lossless (MKV)</source>
        <translation>FFV1, verlustfrei (MKV)</translation>
    </message>
    <message>
        <source>0 is lossless, 18 visually lossless, 51 the smallest file</source>
        <translation>0 ist verlustfrei, 18 visuell verlustfrei, 51 die kleinste Datei</translation>
    </message>
    <message>
        <source>Keep the audio</source>
        <translation>Ton beibehalten</translation>
    </message>
    <message>
        <source>%1 pixels high</source>
        <translation>%1 Pixel hoch</translation>
    </message>
    <message>
        <source>Same as the source</source>
        <translation>Wie die Quelle</translation>
    </message>
    <message>
        <source>A file for one video, a folder for several</source>
        <translation>Eine Datei für ein Video, ein Ordner für mehrere</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Start Export</source>
        <translation>Export starten</translation>
    </message>
    <message>
        <source>Cancel All</source>
        <translation>Alle abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>spact::studio::MainWindow</name>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Log &amp;Level</source>
        <translation>Protokoll&amp;stufe</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open a video file</source>
        <translation>Eine Videodatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About SPAct Studio</source>
        <translation>Ü&amp;ber SPAct Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>%1 — SPAct Studio</source>
        <translation>%1 — SPAct Studio</translation>
    </message>
    <message>
        <source>SPAct Studio</source>
        <translation>SPAct Studio</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mkv *.avi *.mov *.webm *.m4v *.mpg *.mpeg *.wmv *.flv *.ts);;All files (*)</source>
        <translation>Videos (*.mp4 *.mkv *.avi *.mov *.webm *.m4v *.mpg *.mpeg *.wmv *.flv *.ts);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Video</source>
        <translation>Video öffnen</translation>
    </message>
    <message>
        <source>%1: %2 × %3, %4 frames/s, %5</source>
        <translation>%1: %2 × %3, %4 Bilder/s, %5</translation>
    </message>
    <message>
        <source>%1: audio only, %2</source>
        <translation>%1: nur Audio, %2</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation>Die Datei konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>not in this build</source>
        <translation>in diesem Build nicht enthalten</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SPAct Studio %1&lt;/h3&gt;&lt;p&gt;Privacy-preserving action recognition: a learned anonymizer removes private attributes from video while keeping what an action recogniser needs (Dave, Chen and Shah, &lt;i&gt;SPAct: Self-supervised Privacy Preservation for Action Recognition&lt;/i&gt;, CVPR 2022).&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;LibTorch&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;FFmpeg&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;OpenCV&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;CUDA&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;%7&lt;/td&gt;&lt;td&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SPAct Studio %1&lt;/h3&gt;&lt;p&gt;Handlungserkennung mit Schutz der Privatsphäre: Ein gelernter Anonymisierer entfernt private Merkmale aus Videos und bewahrt dabei, was eine Handlungserkennung braucht (Dave, Chen und Shah, &lt;i&gt;SPAct: Self-supervised Privacy Preservation for Action Recognition&lt;/i&gt;, CVPR 2022).&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;LibTorch&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;FFmpeg&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;OpenCV&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;CUDA&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;%7&lt;/td&gt;&lt;td&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>usable (%n device(s))</source>
        <translation>
            <numerusform>nutzbar (%n Gerät)</numerusform>
            <numerusform>nutzbar (%n Geräte)</numerusform>
        </translation>
    </message>
    <message>
        <source>not usable</source>
        <translation>nicht nutzbar</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>About SPAct Studio</source>
        <translation>Über SPAct Studio</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>In use: %1</source>
        <translation>Aktiv: %1</translation>
    </message>
    <message>
        <source>Could not use the model</source>
        <translation>Das Modell konnte nicht verwendet werden</translation>
    </message>
    <message>
        <source>Playback stopped</source>
        <translation>Wiedergabe angehalten</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <source>Open &amp;Model…</source>
        <translation>&amp;Modell öffnen …</translation>
    </message>
    <message>
        <source>Load an anonymizer model to compare with the original</source>
        <translation>Ein Anonymisierungsmodell laden, um es mit dem Original zu vergleichen</translation>
    </message>
    <message>
        <source>Anonymizer</source>
        <translation>Anonymisierer</translation>
    </message>
    <message>
        <source>Models (*.spact *.pth *.pt *.safetensors *.ckpt);;All files (*)</source>
        <translation>Modelle (*.spact *.pth *.pt *.safetensors *.ckpt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation>Modell öffnen</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen …</translation>
    </message>
    <message>
        <source>Preparing %1…</source>
        <translation>%1 wird vorbereitet …</translation>
    </message>
    <message>
        <source>Wheel, drag</source>
        <translation>Mausrad, Ziehen</translation>
    </message>
    <message>
        <source>Zoom and pan both pictures together</source>
        <translation>Beide Bilder gemeinsam zoomen und verschieben</translation>
    </message>
    <message>
        <source>Export finished: %1 exported, %2 failed</source>
        <translation>Export abgeschlossen: %1 exportiert, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export anonymized copies of videos or folders</source>
        <translation>Anonymisierte Kopien von Videos oder Ordnern exportieren</translation>
    </message>
</context>
<context>
    <name>spact::studio::ModelManager</name>
    <message>
        <source>not a network SPAct Studio builds</source>
        <translation>kein Netz, das SPAct Studio aufbaut</translation>
    </message>
    <message>
        <source>%1, width %2</source>
        <translation>%1, Breite %2</translation>
    </message>
    <message>
        <source>, channels %1→%2</source>
        <translation>, Kanäle %1→%2</translation>
    </message>
    <message>
        <source>, classes %1</source>
        <translation>, Klassen %1</translation>
    </message>
    <message>
        <source>, projection to %1</source>
        <translation>, Projektion auf %1</translation>
    </message>
    <message>
        <source>, attributes %1</source>
        <translation>, Attribute %1</translation>
    </message>
    <message>
        <source>Action top-1</source>
        <translation>Aktion Top-1</translation>
    </message>
    <message>
        <source>Privacy cMAP</source>
        <translation>Privatsphäre cMAP</translation>
    </message>
    <message>
        <source>Privacy macro F1</source>
        <translation>Privatsphäre Makro-F1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Models (*.spact *.pth *.pt *.safetensors *.ckpt);;All files (*)</source>
        <translation>Modelle (*.spact *.pth *.pt *.safetensors *.ckpt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation>Modell öffnen</translation>
    </message>
    <message>
        <source>Models (*.pth *.pt *.safetensors *.ckpt *.spact);;All files (*)</source>
        <translation>Modelle (*.pth *.pt *.safetensors *.ckpt *.spact);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Model</source>
        <translation>Modell importieren</translation>
    </message>
    <message>
        <source>Save as SPAct Model</source>
        <translation>Als SPAct-Modell speichern</translation>
    </message>
    <message>
        <source>SPAct models (*.spact)</source>
        <translation>SPAct-Modelle (*.spact)</translation>
    </message>
    <message>
        <source>not recorded (imported from %1)</source>
        <translation>nicht vermerkt (importiert aus %1)</translation>
    </message>
</context>
<context>
    <name>spact::widgets::ExportQueueView</name>
    <message>
        <source>%1
→ %2</source>
        <translation>%1
→ %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Wird exportiert</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Already done</source>
        <translation>Bereits erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel this file; the others go on</source>
        <translation>Diese Datei abbrechen; die anderen laufen weiter</translation>
    </message>
</context>
<context>
    <name>spact::widgets::ModelManagerView</name>
    <message>
        <source>(and %1 more)</source>
        <translation>(und %1 weitere)</translation>
    </message>
    <message>
        <source>%1 parameters</source>
        <translation>%1 Parameter</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netze</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>TorchScript anonymizer</source>
        <translation>TorchScript-Anonymisierer</translation>
    </message>
    <message>
        <source>Input resolution</source>
        <translation>Eingabeauflösung</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht vermerkt</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>Trainiert mit</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine vermerkt</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>This file holds no anonymizer (f_A); it cannot be used for anonymization.</source>
        <translation>Diese Datei enthält keinen Anonymisierer (f_A); sie kann nicht zur Anonymisierung verwendet werden.</translation>
    </message>
    <message>
        <source>This model cannot be read</source>
        <translation>Dieses Modell kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Recent models</source>
        <translation>Zuletzt verwendete Modelle</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Show the card of a .spact, .pth, .safetensors or TorchScript file</source>
        <translation>Die Modellkarte einer .spact-, .pth-, .safetensors- oder TorchScript-Datei zeigen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Convert a PyTorch, safetensors or TorchScript file to a .spact model</source>
        <translation>Eine PyTorch-, safetensors- oder TorchScript-Datei in ein .spact-Modell umwandeln</translation>
    </message>
    <message>
        <source>Use for Anonymization</source>
        <translation>Zur Anonymisierung verwenden</translation>
    </message>
    <message>
        <source>Remove from List</source>
        <translation>Aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Open or import a model to see its card.</source>
        <translation>Öffnen oder importieren Sie ein Modell, um seine Karte zu sehen.</translation>
    </message>
</context>
<context>
    <name>spact::widgets::ModelPanel</name>
    <message>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <source>Identity (raw)</source>
        <translation>Identität (unverändert)</translation>
    </message>
    <message>
        <source>Blur</source>
        <translation>Weichzeichnen</translation>
    </message>
    <message>
        <source>Pixelation</source>
        <translation>Verpixeln</translation>
    </message>
    <message>
        <source>Down-sampling ×2</source>
        <translation>Herunterskalieren ×2</translation>
    </message>
    <message>
        <source>Down-sampling ×4</source>
        <translation>Herunterskalieren ×4</translation>
    </message>
    <message>
        <source>Face blur</source>
        <translation>Gesichter weichzeichnen</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Auflösung:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <source>Precision:</source>
        <translation>Genauigkeit:</translation>
    </message>
    <message>
        <source>Open Model…</source>
        <translation>Modell öffnen …</translation>
    </message>
    <message>
        <source>Load an anonymizer from a .spact, .pth, .safetensors or TorchScript file</source>
        <translation>Einen Anonymisierer aus einer .spact-, .pth-, .safetensors- oder TorchScript-Datei laden</translation>
    </message>
    <message>
        <source>Model (none loaded)</source>
        <translation>Modell (keines geladen)</translation>
    </message>
    <message>
        <source>%1 px (shorter side)</source>
        <translation>%1 px (kürzere Seite)</translation>
    </message>
    <message>
        <source>Original size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <source>No usable CUDA device</source>
        <translation>Kein nutzbares CUDA-Gerät</translation>
    </message>
</context>
<context>
    <name>spact::widgets::PropertyPanel</name>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>spact::widgets::TransportBar</name>
    <message>
        <source>Frame %1 / %2</source>
        <translation>Bild %1 / %2</translation>
    </message>
    <message>
        <source>No video</source>
        <translation>Kein Video</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Leertaste)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Abspielen (Leertaste)</translation>
    </message>
    <message>
        <source>Previous frame (Left)</source>
        <translation>Vorheriges Bild (Links)</translation>
    </message>
    <message>
        <source>Next frame (Right)</source>
        <translation>Nächstes Bild (Rechts)</translation>
    </message>
    <message>
        <source>Drag to scrub through the video</source>
        <translation>Ziehen, um durch das Video zu spulen</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Wiedergabegeschwindigkeit</translation>
    </message>
</context>
</TS>
