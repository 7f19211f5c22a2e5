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
