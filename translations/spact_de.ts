<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>EvaluateForm</name>
    <message>
        <source>The fresh action classifier</source>
        <translation>Der frische Aktionsklassifikator</translation>
    </message>
    <message>
        <source>The fresh attribute classifier</source>
        <translation>Der frische Attributklassifikator</translation>
    </message>
    <message>
        <source>Both fresh classifiers</source>
        <translation>Beide frischen Klassifikatoren</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
</context>
<context>
    <name>EventReader</name>
    <message>
        <source>&apos;%1&apos; line %2 is not a JSON object.</source>
        <translation>&apos;%1&apos;, Zeile %2 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Could not read &apos;%1&apos;: %2.</source>
        <translation>&apos;%1&apos; konnte nicht gelesen werden: %2.</translation>
    </message>
</context>
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
    <name>TrainForm</name>
    <message>
        <source>(empty: the paper&apos;s architecture)</source>
        <translation>(leer: die Architektur des Papers)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Data: clips, images, batches</source>
        <translation>Daten: Clips, Bilder, Batches</translation>
    </message>
    <message>
        <source>Network f_A: the anonymizer</source>
        <translation>Netz f_A: der Anonymisierer</translation>
    </message>
    <message>
        <source>Network f_T: the action branch</source>
        <translation>Netz f_T: der Aktionszweig</translation>
    </message>
    <message>
        <source>Network f_B: the privacy branch</source>
        <translation>Netz f_B: der Privatsphäre-Zweig</translation>
    </message>
    <message>
        <source>Network: the attribute monitor</source>
        <translation>Netz: der Attribut-Monitor</translation>
    </message>
    <message>
        <source>Initialisation before the game</source>
        <translation>Initialisierung vor dem Spiel</translation>
    </message>
    <message>
        <source>The minimax game</source>
        <translation>Das Minimax-Spiel</translation>
    </message>
    <message>
        <source>Validation, checkpoints, logging</source>
        <translation>Validierung, Checkpoints, Protokoll</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <source>The paper&apos;s configuration (CVPR 2022, preset paper): %1</source>
        <translation>Konfiguration des Papers (CVPR 2022, Vorgabe paper): %1</translation>
    </message>
    <message>
        <source>Allowed: %1 to %2</source>
        <translation>Erlaubt: %1 bis %2</translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation>Erlaubt: %1</translation>
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
    <name>spact::studio::EvaluateWorkspace</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Choose at least one method: a baseline or a model file.</source>
        <translation>Wählen Sie mindestens eine Methode: eine Vergleichsmethode oder eine Modelldatei.</translation>
    </message>
    <message>
        <source>The model file %1 does not exist.</source>
        <translation>Die Modelldatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Choose the action data: a folder, or synth:… for the synthetic benchmark.</source>
        <translation>Wählen Sie die Aktionsdaten: einen Ordner oder synth:… für den synthetischen Benchmark.</translation>
    </message>
    <message>
        <source>The data folder %1 does not exist.</source>
        <translation>Der Datenordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Choose an output folder.</source>
        <translation>Wählen Sie einen Ausgabeordner.</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Evaluating into %1…</source>
        <translation>Evaluiert nach %1…</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>Hält nach dem aktuellen Schritt an…</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Restzeit %1</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Finished: %1 rows. The report is in %2.</source>
        <translation>Fertig: %1 Zeilen. Der Bericht liegt in %2.</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Stopped. The finished rows are kept in %1/rows; Start resumes with them.</source>
        <translation>Angehalten. Die fertigen Zeilen bleiben in %1/rows; Start setzt mit ihnen fort.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>The evaluation failed: %1</source>
        <translation>Die Evaluation ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 holds no report.json: it is not a finished evaluation.</source>
        <translation>%1 enthält keine report.json: es ist keine abgeschlossene Evaluation.</translation>
    </message>
    <message>
        <source>%1/report.json is not an evaluation report.</source>
        <translation>%1/report.json ist kein Evaluationsbericht.</translation>
    </message>
    <message>
        <source>%1 rows, protocol %2, created %3.</source>
        <translation>%1 Zeilen, Protokoll %2, erstellt %3.</translation>
    </message>
    <message>
        <source>Open an Evaluation Folder</source>
        <translation>Evaluationsordner öffnen</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Export the Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 exportiert.</translation>
    </message>
    <message>
        <source>No report is shown.</source>
        <translation>Es wird kein Bericht angezeigt.</translation>
    </message>
    <message>
        <source>Unknown format %1.</source>
        <translation>Unbekanntes Format %1.</translation>
    </message>
    <message>
        <source>SPAct evaluation</source>
        <translation>SPAct-Evaluation</translation>
    </message>
    <message>
        <source>Protocol %1, created %2, folder %3</source>
        <translation>Protokoll %1, erstellt %2, Ordner %3</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Action top-1 %</source>
        <translation>Aktion Top-1 %</translation>
    </message>
    <message>
        <source>Privacy cMAP %</source>
        <translation>Privatsphäre cMAP %</translation>
    </message>
    <message>
        <source>Macro F1 %</source>
        <translation>Makro-F1 %</translation>
    </message>
    <message>
        <source>Trade-off: action top-1 against privacy cMAP</source>
        <translation>Abwägung: Aktion Top-1 gegen Privatsphäre cMAP</translation>
    </message>
    <message>
        <source>Per-attribute AP</source>
        <translation>AP je Attribut</translation>
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
    <message>
        <source>Report:</source>
        <translation>Bericht:</translation>
    </message>
    <message>
        <source>Write a privacy score report beside each output</source>
        <translation>Neben jeder Ausgabe einen Privatsphäre-Bericht schreiben</translation>
    </message>
    <message>
        <source>After each file, scores its source with the model&apos;s attribute classifier and f_T, original against anonymized (as spact score), and writes them to &lt;output&gt;.score.json. Needs a loaded model.</source>
        <translation>Bewertet nach jeder Datei deren Quelle mit dem Attribut-Klassifikator und f_T des Modells, Original gegen anonymisiert (wie spact score), und schreibt das Ergebnis nach &lt;output&gt;.score.json. Benötigt ein geladenes Modell.</translation>
    </message>
</context>
<context>
    <name>spact::studio::ExportQueue</name>
    <message>
        <source>A privacy score report needs a model with an attribute classifier: load one, or export without the report.</source>
        <translation>Ein Privatsphäre-Bericht braucht ein Modell mit Attribut-Klassifikator: Laden Sie eines, oder exportieren Sie ohne den Bericht.</translation>
    </message>
    <message>
        <source>%1 was exported, but its privacy score report could not be written: %2</source>
        <translation>%1 wurde exportiert, aber sein Privatsphäre-Bericht konnte nicht geschrieben werden: %2</translation>
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
    <message>
        <source>Privacy</source>
        <translation>Privatsphäre</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Evaluieren</translation>
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
    <name>spact::studio::PrivacyController</name>
    <message>
        <source>Anonymized with: %1</source>
        <translation>Anonymisiert mit: %1</translation>
    </message>
    <message>
        <source>%1, judged by its own classifiers</source>
        <translation>%1, beurteilt von seinen eigenen Klassifikatoren</translation>
    </message>
    <message>
        <source>%1, judged by the classifiers of %2</source>
        <translation>%1, beurteilt von den Klassifikatoren aus %2</translation>
    </message>
</context>
<context>
    <name>spact::studio::RunPresenter</name>
    <message>
        <source>f_A learns the identity</source>
        <translation>f_A lernt die Identität</translation>
    </message>
    <message>
        <source>f_T on raw clips</source>
        <translation>f_T auf Rohclips</translation>
    </message>
    <message>
        <source>f_B on raw images</source>
        <translation>f_B auf Rohbildern</translation>
    </message>
    <message>
        <source>the attribute monitor on raw images</source>
        <translation>der Attribut-Monitor auf Rohbildern</translation>
    </message>
    <message>
        <source>the minimax game</source>
        <translation>das Minimax-Spiel</translation>
    </message>
    <message>
        <source>Phase %1 of %2: %3</source>
        <translation>Phase %1 von %2: %3</translation>
    </message>
    <message>
        <source>f_A init</source>
        <translation>f_A-Init.</translation>
    </message>
    <message>
        <source>f_T init</source>
        <translation>f_T-Init.</translation>
    </message>
    <message>
        <source>f_B init</source>
        <translation>f_B-Init.</translation>
    </message>
    <message>
        <source>monitor init</source>
        <translation>Monitor-Init.</translation>
    </message>
    <message>
        <source>minimax</source>
        <translation>Minimax</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Started: preset %1, device %2, %3, seed %4.</source>
        <translation>Gestartet: Vorgabe %1, Gerät %2, %3, Seed %4.</translation>
    </message>
    <message>
        <source>Resumed at step %1 (%2, epoch %3).</source>
        <translation>Fortgesetzt bei Schritt %1 (%2, Epoche %3).</translation>
    </message>
    <message>
        <source>%1: %2 × %3 steps.</source>
        <translation>%1: %2 × %3 Schritte.</translation>
    </message>
    <message>
        <source>Epoch %1 of %2 · batch %3 of %4 · step %5</source>
        <translation>Epoche %1 von %2 · Batch %3 von %4 · Schritt %5</translation>
    </message>
    <message>
        <source>%1 clips/s</source>
        <translation>%1 Clips/s</translation>
    </message>
    <message>
        <source>%1 images/s</source>
        <translation>%1 Bilder/s</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Validation after minimax epoch %1: action top-1 %2 %, privacy cMAP %3.</source>
        <translation>Validierung nach Minimax-Epoche %1: Aktion Top-1 %2 %, Privatsphäre cMAP %3.</translation>
    </message>
    <message>
        <source>Validation on raw data (the reference): action top-1 %1 %, privacy cMAP %2.</source>
        <translation>Validierung auf Rohdaten (die Referenz): Aktion Top-1 %1 %, Privatsphäre cMAP %2.</translation>
    </message>
    <message>
        <source>Checkpoint at step %1 (the best so far).</source>
        <translation>Checkpoint bei Schritt %1 (der bisher beste).</translation>
    </message>
    <message>
        <source>Checkpoint at step %1.</source>
        <translation>Checkpoint bei Schritt %1.</translation>
    </message>
    <message>
        <source>After minimax epoch %1 (step %2)</source>
        <translation>Nach Minimax-Epoche %1 (Schritt %2)</translation>
    </message>
    <message>
        <source>Stopped at step %1 with a checkpoint; it can be resumed.</source>
        <translation>Bei Schritt %1 mit Checkpoint angehalten; der Lauf kann fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Finished after %1 steps.</source>
        <translation>Nach %1 Schritten abgeschlossen.</translation>
    </message>
    <message>
        <source>Phase ETA %1 (%2 s per step)</source>
        <translation>Phase fertig in %1 (%2 s pro Schritt)</translation>
    </message>
    <message>
        <source>epoch %1</source>
        <translation>Epoche %1</translation>
    </message>
    <message>
        <source>last (%1)</source>
        <translation>letzter (%1)</translation>
    </message>
</context>
<context>
    <name>spact::studio::TrainWorkspace</name>
    <message>
        <source>tiny (a CPU, minutes, the synthetic benchmark)</source>
        <translation>tiny (eine CPU, Minuten, der synthetische Benchmark)</translation>
    </message>
    <message>
        <source>paper (CVPR 2022: UCF101 + VISPR on a GPU)</source>
        <translation>paper (CVPR 2022: UCF101 + VISPR auf einer GPU)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU %1</source>
        <translation>CUDA-GPU %1</translation>
    </message>
    <message>
        <source>fp32</source>
        <translation>fp32</translation>
    </message>
    <message>
        <source>bf16 (CUDA)</source>
        <translation>bf16 (CUDA)</translation>
    </message>
    <message>
        <source>Synthetic benchmark (in memory)</source>
        <translation>Synthetischer Benchmark (im Speicher)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a file, not a data set folder.</source>
        <translation>&apos;%1&apos; ist eine Datei, kein Datensatz-Ordner.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist.</source>
        <translation>&apos;%1&apos; existiert nicht.</translation>
    </message>
    <message>
        <source>No videos here: the action data needs videos in class folders (UCF101, HMDB51 or &lt;split&gt;/&lt;class&gt;/&lt;video&gt;); found %1.</source>
        <translation>Hier sind keine Videos: Die Aktionsdaten brauchen Videos in Klassenordnern (UCF101, HMDB51 oder &lt;split&gt;/&lt;Klasse&gt;/&lt;Video&gt;); gefunden: %1.</translation>
    </message>
    <message>
        <source>The action data needs at least two classes; this %1 folder has %2.</source>
        <translation>Die Aktionsdaten brauchen mindestens zwei Klassen; dieser %1-Ordner hat %2.</translation>
    </message>
    <message>
        <source>No images here: the privacy data needs images (VISPR, or &lt;split&gt;/&lt;attribute&gt;/&lt;image&gt;); found %1.</source>
        <translation>Hier sind keine Bilder: Die Privatsphäre-Daten brauchen Bilder (VISPR oder &lt;split&gt;/&lt;Attribut&gt;/&lt;Bild&gt;); gefunden: %1.</translation>
    </message>
    <message>
        <source>The privacy data labels no attributes.</source>
        <translation>Die Privatsphäre-Daten benennen keine Attribute.</translation>
    </message>
    <message>
        <source>A run is training; a new one can start when it ends.</source>
        <translation>Ein Lauf trainiert; ein neuer kann beginnen, wenn er endet.</translation>
    </message>
    <message>
        <source>Choose a folder for the run.</source>
        <translation>Wählen Sie einen Ordner für den Lauf.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already holds a run: resume it from the Runs list, or choose another folder.</source>
        <translation>&apos;%1&apos; enthält bereits einen Lauf: Setzen Sie ihn in der Liste der Läufe fort, oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Ready: the initialisation, then 1 minimax epoch, on %1.</source>
        <translation>Bereit: die Initialisierung, dann 1 Minimax-Epoche, auf %1.</translation>
    </message>
    <message>
        <source>Ready: the initialisation, then %1 minimax epochs, on %2.</source>
        <translation>Bereit: die Initialisierung, dann %1 Minimax-Epochen, auf %2.</translation>
    </message>
    <message>
        <source>Cannot Resume</source>
        <translation>Fortsetzen nicht möglich</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not say which data the run trained on.</source>
        <translation>&apos;%1&apos; sagt nicht, mit welchen Daten der Lauf trainiert wurde.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no checkpoint to resume from.</source>
        <translation>&apos;%1&apos; hat keinen Checkpoint, von dem aus fortgesetzt werden kann.</translation>
    </message>
    <message>
        <source>Not a Training Run</source>
        <translation>Kein Trainingslauf</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a training run: it holds neither config.json nor events.jsonl.</source>
        <translation>&apos;%1&apos; ist kein Trainingslauf: Der Ordner enthält weder config.json noch events.jsonl.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>finished, step %1</source>
        <translation>abgeschlossen, Schritt %1</translation>
    </message>
    <message>
        <source>stopped at step %1</source>
        <translation>angehalten bei Schritt %1</translation>
    </message>
    <message>
        <source>failed at step %1</source>
        <translation>fehlgeschlagen bei Schritt %1</translation>
    </message>
    <message>
        <source>no events yet</source>
        <translation>noch keine Ereignisse</translation>
    </message>
    <message>
        <source>training, step %1</source>
        <translation>trainiert, Schritt %1</translation>
    </message>
    <message>
        <source>training elsewhere, step %1</source>
        <translation>trainiert anderswo, Schritt %1</translation>
    </message>
    <message>
        <source>interrupted at step %1</source>
        <translation>unterbrochen bei Schritt %1</translation>
    </message>
    <message>
        <source>top-1 %1 %, cMAP %2</source>
        <translation>Top-1 %1 %, cMAP %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Export Checkpoint</source>
        <translation>Checkpoint exportieren</translation>
    </message>
    <message>
        <source>SPAct models (*.spact)</source>
        <translation>SPAct-Modelle (*.spact)</translation>
    </message>
    <message>
        <source>Exported the checkpoint to %1.</source>
        <translation>Checkpoint nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not copy &apos;%1&apos; to &apos;%2&apos;: %3.</source>
        <translation>&apos;%1&apos; konnte nicht nach &apos;%2&apos; kopiert werden: %3.</translation>
    </message>
    <message>
        <source>Could not write &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>A Run Is Training</source>
        <translation>Ein Lauf trainiert</translation>
    </message>
    <message>
        <source>The run in &apos;%1&apos; is still training. Stop it now with a checkpoint (it can be resumed later), or keep it training in the background until it ends?</source>
        <translation>Der Lauf in &apos;%1&apos; trainiert noch. Jetzt mit einem Checkpoint anhalten (er kann später fortgesetzt werden), oder im Hintergrund weitertrainieren, bis er endet?</translation>
    </message>
    <message>
        <source>Stop with Checkpoint</source>
        <translation>Mit Checkpoint anhalten</translation>
    </message>
    <message>
        <source>Keep Training</source>
        <translation>Weitertrainieren</translation>
    </message>
    <message>
        <source>Choose the action data.</source>
        <translation>Wählen Sie die Aktionsdaten.</translation>
    </message>
    <message>
        <source>Choose the privacy data.</source>
        <translation>Wählen Sie die Privatsphäre-Daten.</translation>
    </message>
    <message>
        <source>Looking at the action data…</source>
        <translation>Die Aktionsdaten werden angesehen …</translation>
    </message>
    <message>
        <source>Looking at the privacy data…</source>
        <translation>Die Privatsphäre-Daten werden angesehen …</translation>
    </message>
    <message>
        <source>The action data cannot be used (see above).</source>
        <translation>Die Aktionsdaten können nicht verwendet werden (siehe oben).</translation>
    </message>
    <message>
        <source>The privacy data cannot be used (see above).</source>
        <translation>Die Privatsphäre-Daten können nicht verwendet werden (siehe oben).</translation>
    </message>
</context>
<context>
    <name>spact::widgets::ConfigForm</name>
    <message>
        <source>Enter a whole number.</source>
        <translation>Geben Sie eine ganze Zahl ein.</translation>
    </message>
    <message>
        <source>Enter a number, such as 0.5 or 1e-4.</source>
        <translation>Geben Sie eine Zahl ein, etwa 0.5 oder 1e-4.</translation>
    </message>
    <message>
        <source>%1 is not possible: it must be between %2 and %3.</source>
        <translation>%1 ist nicht möglich: Der Wert muss zwischen %2 und %3 liegen.</translation>
    </message>
    <message>
        <source>%1 is not possible: it must be at least %2.</source>
        <translation>%1 ist nicht möglich: Der Wert muss mindestens %2 sein.</translation>
    </message>
    <message>
        <source>%1 is not possible: it must be at most %2.</source>
        <translation>%1 ist nicht möglich: Der Wert darf höchstens %2 sein.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>spact::widgets::DataPicker</name>
    <message>
        <source>Choose a Data Set Folder</source>
        <translation>Datensatz-Ordner wählen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a folder, or type synth for the built-in synthetic benchmark.</source>
        <translation>Wählen Sie einen Ordner, oder geben Sie synth für den eingebauten synthetischen Benchmark ein.</translation>
    </message>
    <message>
        <source>Looking at the data set…</source>
        <translation>Der Datensatz wird angesehen …</translation>
    </message>
    <message>
        <source>1 class</source>
        <translation>1 Klasse</translation>
    </message>
    <message>
        <source>%1 classes</source>
        <translation>%1 Klassen</translation>
    </message>
    <message>
        <source>%1 videos</source>
        <translation>%1 Videos</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 Bilder</translation>
    </message>
    <message>
        <source>1 attribute</source>
        <translation>1 Attribut</translation>
    </message>
    <message>
        <source>%1 attributes</source>
        <translation>%1 Attribute</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (split %2):</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (Split %2):</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>Attributes: %1</source>
        <translation>Attribute: %1</translation>
    </message>
    <message>
        <source>Missing or unreadable files: %1</source>
        <translation>Fehlende oder unlesbare Dateien: %1</translation>
    </message>
    <message>
        <source>Classes: %1</source>
        <translation>Klassen: %1</translation>
    </message>
</context>
<context>
    <name>spact::widgets::EvaluatePage</name>
    <message>
        <source>No report shown.</source>
        <translation>Kein Bericht angezeigt.</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Bericht: %1</translation>
    </message>
    <message>
        <source>Choose Model Files</source>
        <translation>Modelldateien wählen</translation>
    </message>
    <message>
        <source>SPAct models (*.spact);;All files (*)</source>
        <translation>SPAct-Modelle (*.spact);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the Output Folder</source>
        <translation>Ausgabeordner wählen</translation>
    </message>
    <message>
        <source>Models: the anonymizer f_A of each file gets a row</source>
        <translation>Modelle: der Anonymisierer f_A jeder Datei erhält eine Zeile</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Baselines</source>
        <translation>Vergleichsmethoden</translation>
    </message>
    <message>
        <source>Protocol and data</source>
        <translation>Protokoll und Daten</translation>
    </message>
    <message>
        <source>Known actions and attributes</source>
        <translation>Bekannte Aktionen und Attribute</translation>
    </message>
    <message>
        <source>Novel actions and attributes</source>
        <translation>Neue Aktionen und Attribute</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>Protokoll:</translation>
    </message>
    <message>
        <source>Action data:</source>
        <translation>Aktionsdaten:</translation>
    </message>
    <message>
        <source>Privacy data:</source>
        <translation>Privatsphäredaten:</translation>
    </message>
    <message>
        <source>Folder, or synth:… for the synthetic benchmark</source>
        <translation>Ordner oder synth:… für den synthetischen Benchmark</translation>
    </message>
    <message>
        <source>Empty: the action data labels the attributes</source>
        <translation>Leer: die Aktionsdaten tragen die Attribute</translation>
    </message>
    <message>
        <source>Budget of the fresh target models</source>
        <translation>Budget der frischen Zielmodelle</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Finished rows are kept; starting again resumes.</source>
        <translation>Fertige Zeilen bleiben erhalten; ein neuer Start setzt fort.</translation>
    </message>
    <message>
        <source>Open Report Folder…</source>
        <translation>Berichtsordner öffnen…</translation>
    </message>
    <message>
        <source>Export HTML…</source>
        <translation>HTML exportieren…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
</context>
<context>
    <name>spact::widgets::EvaluationResults</name>
    <message>
        <source>raw data</source>
        <translation>Rohdaten</translation>
    </message>
    <message>
        <source>anonymizer</source>
        <translation>Anonymisierer</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Vergleichsmethode</translation>
    </message>
    <message>
        <source>Raw data</source>
        <translation>Rohdaten</translation>
    </message>
    <message>
        <source>Baselines</source>
        <translation>Vergleichsmethoden</translation>
    </message>
    <message>
        <source>Anonymizers (f_A)</source>
        <translation>Anonymisierer (f_A)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Action top-1 %</source>
        <translation>Aktion Top-1 %</translation>
    </message>
    <message>
        <source>Privacy cMAP %</source>
        <translation>Privatsphäre cMAP %</translation>
    </message>
    <message>
        <source>Macro F1 %</source>
        <translation>Makro-F1 %</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Trade-off: action top-1 (higher is better) against privacy cMAP (lower is better)</source>
        <translation>Abwägung: Aktion Top-1 (höher ist besser) gegen Privatsphäre cMAP (niedriger ist besser)</translation>
    </message>
    <message>
        <source>Per-attribute AP (lower: less private information)</source>
        <translation>AP je Attribut (niedriger: weniger private Information)</translation>
    </message>
    <message>
        <source>AP %</source>
        <translation>AP %</translation>
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
    <name>spact::widgets::PrivacyPanel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Top-1 kept: %1</source>
        <translation>Top-1 bleibt: %1</translation>
    </message>
    <message>
        <source>Top-1 changed: %1 → %2</source>
        <translation>Top-1 geändert: %1 → %2</translation>
    </message>
    <message>
        <source>This clip: %1–%2 s</source>
        <translation>Dieser Clip: %1–%2 s</translation>
    </message>
    <message>
        <source>This clip: not scored yet</source>
        <translation>Dieser Clip: noch nicht bewertet</translation>
    </message>
    <message>
        <source>This clip</source>
        <translation>Dieser Clip</translation>
    </message>
    <message>
        <source>Open a video to see what the attribute classifier still finds after anonymization.</source>
        <translation>Öffnen Sie ein Video, um zu sehen, was der Attribut-Klassifikator nach der Anonymisierung noch erkennt.</translation>
    </message>
    <message>
        <source>Privacy scores need a model with an attribute classifier. Baselines such as blur have none of their own: open a SPAct model (File ▸ Open Model…) and its classifiers will judge the baseline&apos;s output.</source>
        <translation>Privatsphäre-Werte brauchen ein Modell mit Attribut-Klassifikator. Basisverfahren wie Weichzeichnen haben keinen eigenen: Öffnen Sie ein SPAct-Modell (Datei ▸ Modell öffnen …), dann beurteilen dessen Klassifikatoren die Ausgabe des Basisverfahrens.</translation>
    </message>
    <message>
        <source>This model carries no attribute classifier: privacy scores need one. Open a model trained with an attribute classifier (and f_T for the action top-5).</source>
        <translation>Dieses Modell enthält keinen Attribut-Klassifikator: Privatsphäre-Werte brauchen einen. Öffnen Sie ein Modell, das mit einem Attribut-Klassifikator (und f_T für die Top-5 der Handlungen) trainiert wurde.</translation>
    </message>
    <message>
        <source>Scoring the video… %1</source>
        <translation>Das Video wird bewertet … %1</translation>
    </message>
    <message>
        <source>Could not score the video: %1</source>
        <translation>Das Video konnte nicht bewertet werden: %1</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Anonymized</source>
        <translation>Anonymisiert</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <source>Each attribute&apos;s probability: solid after anonymization, dashed in the original. Click to go to that moment.</source>
        <translation>Die Wahrscheinlichkeit jedes Attributs: durchgezogen nach der Anonymisierung, gestrichelt im Original. Klicken Sie, um zu diesem Zeitpunkt zu springen.</translation>
    </message>
    <message>
        <source>How likely the attribute classifier finds each private attribute in this clip</source>
        <translation>Wie wahrscheinlich der Attribut-Klassifikator jedes private Attribut in diesem Clip erkennt</translation>
    </message>
    <message>
        <source>Action top-5, this clip</source>
        <translation>Handlung Top-5, dieser Clip</translation>
    </message>
    <message>
        <source>This model carries no attribute classifier: privacy scores need one.</source>
        <translation>Dieses Modell enthält keinen Attribut-Klassifikator: Privatsphäre-Werte brauchen einen.</translation>
    </message>
    <message>
        <source>This model carries no action classifier (f_T): no action top-5.</source>
        <translation>Dieses Modell enthält keinen Handlungs-Klassifikator (f_T): keine Top-5 der Handlungen.</translation>
    </message>
    <message>
        <source>Segments scored: %1</source>
        <translation>Bewertete Abschnitte: %1</translation>
    </message>
    <message>
        <source>(solid: anonymized, dashed: original)</source>
        <translation>(durchgezogen: anonymisiert, gestrichelt: Original)</translation>
    </message>
    <message>
        <source>Over the video</source>
        <translation>Über das ganze Video</translation>
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
    <name>spact::widgets::RunBrowser</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Open Training Run</source>
        <translation>Trainingslauf öffnen</translation>
    </message>
    <message>
        <source>★ best</source>
        <translation>★ bester</translation>
    </message>
    <message>
        <source>Training runs</source>
        <translation>Trainingsläufe</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Latest validation</source>
        <translation>Letzte Validierung</translation>
    </message>
    <message>
        <source>Open Run…</source>
        <translation>Lauf öffnen …</translation>
    </message>
    <message>
        <source>Open a run folder (one started here or with spact train) to see its curves</source>
        <translation>Einen Lauf-Ordner öffnen (hier oder mit spact train gestartet), um seine Kurven zu sehen</translation>
    </message>
    <message>
        <source>Remove from List</source>
        <translation>Aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Forget this run here; its folder is not touched</source>
        <translation>Diesen Lauf hier vergessen; sein Ordner bleibt unberührt</translation>
    </message>
    <message>
        <source>Resume Run</source>
        <translation>Lauf fortsetzen</translation>
    </message>
    <message>
        <source>Continue the selected run from its last checkpoint</source>
        <translation>Den gewählten Lauf ab seinem letzten Checkpoint fortsetzen</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>Checkpoints</translation>
    </message>
    <message>
        <source>Checkpoints of %1</source>
        <translation>Checkpoints von %1</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Action top-1</source>
        <translation>Top-1</translation>
    </message>
    <message>
        <source>Privacy cMAP</source>
        <translation>cMAP</translation>
    </message>
    <message>
        <source>Use as Current Model</source>
        <translation>Als aktuelles Modell verwenden</translation>
    </message>
    <message>
        <source>Anonymize with this checkpoint&apos;s f_A on the Compare page</source>
        <translation>Auf der Seite Vergleichen mit dem f_A dieses Checkpoints anonymisieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Copy this checkpoint (.spact) to a file of your choice</source>
        <translation>Diesen Checkpoint (.spact) in eine Datei Ihrer Wahl kopieren</translation>
    </message>
</context>
<context>
    <name>spact::widgets::TrainPage</name>
    <message>
        <source>New Run</source>
        <translation>Neuer Lauf</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
</context>
<context>
    <name>spact::widgets::TrainSetupView</name>
    <message>
        <source>Choose a Folder for the Run</source>
        <translation>Ordner für den Lauf wählen</translation>
    </message>
    <message>
        <source>Action data:</source>
        <translation>Aktionsdaten:</translation>
    </message>
    <message>
        <source>UCF101, HMDB51 or a class-folder set; or synth</source>
        <translation>UCF101, HMDB51 oder ein Satz mit Klassenordnern; oder synth</translation>
    </message>
    <message>
        <source>Videos whose classes f_T learns (the paper: UCF101 split 1)</source>
        <translation>Videos, deren Klassen f_T lernt (im Paper: UCF101 Split 1)</translation>
    </message>
    <message>
        <source>Privacy data:</source>
        <translation>Privatsphäre-Daten:</translation>
    </message>
    <message>
        <source>VISPR or a class-folder image set; or synth</source>
        <translation>VISPR oder ein Bildersatz mit Klassenordnern; oder synth</translation>
    </message>
    <message>
        <source>Images for the self-supervised privacy branch f_B and the attribute monitor (the paper: VISPR)</source>
        <translation>Bilder für den selbstüberwachten Privatsphäre-Zweig f_B und den Attribut-Monitor (im Paper: VISPR)</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Vorgabe:</translation>
    </message>
    <message>
        <source>Starting values for every hyper-parameter below</source>
        <translation>Startwerte für jeden Hyperparameter unten</translation>
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
        <source>bf16 autocast needs CUDA; on the CPU training runs in fp32</source>
        <translation>bf16-Autocast braucht CUDA; auf der CPU wird in fp32 trainiert</translation>
    </message>
    <message>
        <source>Run folder:</source>
        <translation>Lauf-Ordner:</translation>
    </message>
    <message>
        <source>config.json, events.jsonl, checkpoints/ and samples/ go here; it must not hold a run yet</source>
        <translation>config.json, events.jsonl, checkpoints/ und samples/ kommen hierher; der Ordner darf noch keinen Lauf enthalten</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Hyper-parameters</source>
        <translation>Hyperparameter</translation>
    </message>
    <message>
        <source>Start Training</source>
        <translation>Training starten</translation>
    </message>
</context>
<context>
    <name>spact::widgets::TrainingCurves</name>
    <message>
        <source>epoch %1</source>
        <translation>Epoche %1</translation>
    </message>
    <message>
        <source>L_A (anonymizer)</source>
        <translation>L_A (Anonymisierer)</translation>
    </message>
    <message>
        <source>L_T (action)</source>
        <translation>L_T (Aktion)</translation>
    </message>
    <message>
        <source>L_B (privacy)</source>
        <translation>L_B (Privatsphäre)</translation>
    </message>
    <message>
        <source>Losses per step</source>
        <translation>Verluste pro Schritt</translation>
    </message>
    <message>
        <source>(faint: as logged)</source>
        <translation>(blass: wie protokolliert)</translation>
    </message>
    <message>
        <source>Smoothing %1</source>
        <translation>Glättung %1</translation>
    </message>
    <message>
        <source>Weight of the moving average drawn over the logged losses</source>
        <translation>Gewicht des gleitenden Mittels über den protokollierten Verlusten</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Validation per epoch</source>
        <translation>Validierung pro Epoche</translation>
    </message>
    <message>
        <source>action top-1</source>
        <translation>Aktion Top-1</translation>
    </message>
    <message>
        <source>privacy cMAP</source>
        <translation>Privatsphäre cMAP</translation>
    </message>
    <message>
        <source>(dashed: raw data)</source>
        <translation>(gestrichelt: Rohdaten)</translation>
    </message>
    <message>
        <source>minimax epoch</source>
        <translation>Minimax-Epoche</translation>
    </message>
    <message>
        <source>Privacy AP per attribute</source>
        <translation>Privatsphäre-AP pro Attribut</translation>
    </message>
    <message>
        <source>raw data</source>
        <translation>Rohdaten</translation>
    </message>
    <message>
        <source>anonymized (latest epoch)</source>
        <translation>anonymisiert (letzte Epoche)</translation>
    </message>
    <message>
        <source>Trade-off</source>
        <translation>Abwägung</translation>
    </message>
    <message>
        <source>epochs (click one to pick its checkpoint)</source>
        <translation>Epochen (Klick wählt ihren Checkpoint)</translation>
    </message>
    <message>
        <source>privacy cMAP, % (lower is more private)</source>
        <translation>Privatsphäre cMAP, % (niedriger ist privater)</translation>
    </message>
    <message>
        <source>action top-1, %</source>
        <translation>Aktion Top-1, %</translation>
    </message>
</context>
<context>
    <name>spact::widgets::TrainingMonitor</name>
    <message>
        <source>No run</source>
        <translation>Kein Lauf</translation>
    </message>
    <message>
        <source>Start a run, or open one from the Runs list.</source>
        <translation>Starten Sie einen Lauf, oder öffnen Sie einen aus der Liste der Läufe.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startet …</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Trainiert</translation>
    </message>
    <message>
        <source>Pausing after this step…</source>
        <translation>Pause nach diesem Schritt …</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Stopping: writing a checkpoint…</source>
        <translation>Hält an: Checkpoint wird geschrieben …</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Stopped (can be resumed)</source>
        <translation>Angehalten (kann fortgesetzt werden)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Training in another process (followed)</source>
        <translation>Trainiert in einem anderen Prozess (wird verfolgt)</translation>
    </message>
    <message>
        <source>Interrupted (can be resumed)</source>
        <translation>Unterbrochen (kann fortgesetzt werden)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause after the step under way; nothing is lost</source>
        <translation>Nach dem laufenden Schritt pausieren; nichts geht verloren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop after the step under way and write a checkpoint to resume from</source>
        <translation>Nach dem laufenden Schritt anhalten und einen Checkpoint zum Fortsetzen schreiben</translation>
    </message>
    <message>
        <source>Samples: original (top) and anonymized (bottom)</source>
        <translation>Beispiele: Original (oben) und anonymisiert (unten)</translation>
    </message>
    <message>
        <source>The anonymizer&apos;s samples appear after each validation.</source>
        <translation>Die Beispiele des Anonymisierers erscheinen nach jeder Validierung.</translation>
    </message>
    <message>
        <source>Run log</source>
        <translation>Lauf-Protokoll</translation>
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
