<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>EvaluateForm</name>
    <message>
        <source>The fresh action classifier</source>
        <translation>新训练的动作分类器</translation>
    </message>
    <message>
        <source>The fresh attribute classifier</source>
        <translation>新训练的属性分类器</translation>
    </message>
    <message>
        <source>Both fresh classifiers</source>
        <translation>两个新训练的分类器</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>键：%1</translation>
    </message>
</context>
<context>
    <name>EventReader</name>
    <message>
        <source>&apos;%1&apos; line %2 is not a JSON object.</source>
        <translation>“%1”第 %2 行不是 JSON 对象。</translation>
    </message>
    <message>
        <source>Could not read &apos;%1&apos;: %2.</source>
        <translation>无法读取“%1”：%2。</translation>
    </message>
</context>
<context>
    <name>MediaRows</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>容器格式</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Bit rate</source>
        <translation>码率</translation>
    </message>
    <message>
        <source>%1 kbit/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <source>Video stream %1</source>
        <translation>视频流 %1</translation>
    </message>
    <message>
        <source>Audio stream %1</source>
        <translation>音频流 %1</translation>
    </message>
    <message>
        <source>Other stream %1</source>
        <translation>其他流 %1</translation>
    </message>
    <message>
        <source>Codec</source>
        <translation>编解码器</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Pixel format</source>
        <translation>像素格式</translation>
    </message>
    <message>
        <source>%1 frames/s</source>
        <translation>%1 帧/秒</translation>
    </message>
    <message>
        <source>(variable)</source>
        <translation>（可变）</translation>
    </message>
    <message>
        <source>Frame rate</source>
        <translation>帧率</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>帧数</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>旋转</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1° clockwise</source>
        <translation>顺时针 %1°</translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>采样率</translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>声道</translation>
    </message>
</context>
<context>
    <name>TrainForm</name>
    <message>
        <source>(empty: the paper&apos;s architecture)</source>
        <translation>（空：论文的架构）</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Data: clips, images, batches</source>
        <translation>数据：片段、图像、批次</translation>
    </message>
    <message>
        <source>Network f_A: the anonymizer</source>
        <translation>网络 f_A：匿名化器</translation>
    </message>
    <message>
        <source>Network f_T: the action branch</source>
        <translation>网络 f_T：动作分支</translation>
    </message>
    <message>
        <source>Network f_B: the privacy branch</source>
        <translation>网络 f_B：隐私分支</translation>
    </message>
    <message>
        <source>Network: the attribute monitor</source>
        <translation>网络：属性监视器</translation>
    </message>
    <message>
        <source>Initialisation before the game</source>
        <translation>博弈前的初始化</translation>
    </message>
    <message>
        <source>The minimax game</source>
        <translation>极小极大博弈</translation>
    </message>
    <message>
        <source>Validation, checkpoints, logging</source>
        <translation>验证、检查点、日志</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>键：%1</translation>
    </message>
    <message>
        <source>The paper&apos;s configuration (CVPR 2022, preset paper): %1</source>
        <translation>论文的配置（CVPR 2022，预设 paper）：%1</translation>
    </message>
    <message>
        <source>Allowed: %1 to %2</source>
        <translation>允许：%1 至 %2</translation>
    </message>
    <message>
        <source>Allowed: %1</source>
        <translation>允许：%1</translation>
    </message>
</context>
<context>
    <name>spact::studio::CompareEngine</name>
    <message>
        <source>&apos;%1&apos; has no picture that can be decoded.</source>
        <translation>“%1”中没有可以解码的画面。</translation>
    </message>
</context>
<context>
    <name>spact::studio::ComparePage</name>
    <message>
        <source>&amp;Play/Pause</source>
        <translation>播放/暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Play &amp;Backward (Faster)</source>
        <translation>倒放（加速）(&amp;B)</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>暂停(&amp;U)</translation>
    </message>
    <message>
        <source>Play &amp;Forward (Faster)</source>
        <translation>正放（加速）(&amp;F)</translation>
    </message>
    <message>
        <source>Pre&amp;vious Frame</source>
        <translation>上一帧(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Next Frame</source>
        <translation>下一帧(&amp;N)</translation>
    </message>
    <message>
        <source>Go to &amp;Start</source>
        <translation>跳到开头(&amp;S)</translation>
    </message>
    <message>
        <source>Go to &amp;End</source>
        <translation>跳到结尾(&amp;E)</translation>
    </message>
    <message>
        <source>Side by Side</source>
        <translation>并排</translation>
    </message>
    <message>
        <source>Show the original and the anonymized video side by side</source>
        <translation>并排显示原始视频和匿名化视频</translation>
    </message>
    <message>
        <source>Split View</source>
        <translation>分割视图</translation>
    </message>
    <message>
        <source>Show one picture split by a line you can drag</source>
        <translation>显示一幅由可拖动分割线分开的画面</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Show the whole picture</source>
        <translation>显示完整画面</translation>
    </message>
    <message>
        <source>Zoom (mouse wheel; drag to pan)</source>
        <translation>缩放（鼠标滚轮；拖动以平移）</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原始</translation>
    </message>
    <message>
        <source>Anonymized: %1</source>
        <translation>匿名化：%1</translation>
    </message>
    <message>
        <source>Open a video with File ▸ Open, or drop a video file here.</source>
        <translation>通过“文件 ▸ 打开”打开视频，或将视频文件拖放到此处。</translation>
    </message>
</context>
<context>
    <name>spact::studio::EvaluateWorkspace</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>Choose at least one method: a baseline or a model file.</source>
        <translation>请至少选择一种方法：一个基线或一个模型文件。</translation>
    </message>
    <message>
        <source>The model file %1 does not exist.</source>
        <translation>模型文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Choose the action data: a folder, or synth:… for the synthetic benchmark.</source>
        <translation>请选择动作数据：一个文件夹，或用 synth:… 表示合成基准。</translation>
    </message>
    <message>
        <source>The data folder %1 does not exist.</source>
        <translation>数据文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Choose an output folder.</source>
        <translation>请选择输出文件夹。</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>Evaluating into %1…</source>
        <translation>正在评估，输出到 %1…</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>将在当前步骤后停止…</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Finished: %1 rows. The report is in %2.</source>
        <translation>已完成：%1 行。报告位于 %2。</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Stopped. The finished rows are kept in %1/rows; Start resumes with them.</source>
        <translation>已停止。已完成的行保存在 %1/rows 中；点击“开始”将在此基础上继续。</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>The evaluation failed: %1</source>
        <translation>评估失败：%1</translation>
    </message>
    <message>
        <source>%1 holds no report.json: it is not a finished evaluation.</source>
        <translation>%1 中没有 report.json：这不是已完成的评估。</translation>
    </message>
    <message>
        <source>%1/report.json is not an evaluation report.</source>
        <translation>%1/report.json 不是评估报告。</translation>
    </message>
    <message>
        <source>%1 rows, protocol %2, created %3.</source>
        <translation>%1 行，协议 %2，创建于 %3。</translation>
    </message>
    <message>
        <source>Open an Evaluation Folder</source>
        <translation>打开评估文件夹</translation>
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
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>已导出 %1。</translation>
    </message>
    <message>
        <source>No report is shown.</source>
        <translation>未显示报告。</translation>
    </message>
    <message>
        <source>Unknown format %1.</source>
        <translation>未知格式 %1。</translation>
    </message>
    <message>
        <source>SPAct evaluation</source>
        <translation>SPAct 评估</translation>
    </message>
    <message>
        <source>Protocol %1, created %2, folder %3</source>
        <translation>协议 %1，创建于 %2，文件夹 %3</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Action top-1 %</source>
        <translation>动作 Top-1 %</translation>
    </message>
    <message>
        <source>Privacy cMAP %</source>
        <translation>隐私 cMAP %</translation>
    </message>
    <message>
        <source>Macro F1 %</source>
        <translation>宏平均 F1 %</translation>
    </message>
    <message>
        <source>Trade-off: action top-1 against privacy cMAP</source>
        <translation>权衡：动作 Top-1 与隐私 cMAP</translation>
    </message>
    <message>
        <source>Per-attribute AP</source>
        <translation>各属性 AP</translation>
    </message>
</context>
<context>
    <name>spact::studio::ExportDialog</name>
    <message>
        <source>Model (none loaded)</source>
        <translation>模型（未加载）</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mkv *.avi *.mov *.webm *.m4v *.mpg *.mpeg *.wmv *.flv *.ts);;All files (*)</source>
        <translation>视频 (*.mp4 *.mkv *.avi *.mov *.webm *.m4v *.mpg *.mpeg *.wmv *.flv *.ts);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Add Videos</source>
        <translation>添加视频</translation>
    </message>
    <message>
        <source>Add a Folder of Videos</source>
        <translation>添加视频文件夹</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Matroska video (*.mkv)</source>
        <translation>Matroska 视频 (*.mkv)</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 视频 (*.mp4)</translation>
    </message>
    <message>
        <source>Export Into Folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <source>Preparing the export…</source>
        <translation>正在准备导出…</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>未导出任何文件。</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>已导出：%1</translation>
    </message>
    <message>
        <source>already done: %1</source>
        <translation>已完成过：%1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>cancelled: %1</source>
        <translation>已取消：%1</translation>
    </message>
    <message>
        <source>Export finished.</source>
        <translation>导出完成。</translation>
    </message>
    <message>
        <source>Export Anonymized Videos</source>
        <translation>导出匿名化视频</translation>
    </message>
    <message>
        <source>Videos:</source>
        <translation>视频：</translation>
    </message>
    <message>
        <source>Codec:</source>
        <translation>编解码器：</translation>
    </message>
    <message>
        <source>Quality (CRF):</source>
        <translation>质量 (CRF)：</translation>
    </message>
    <message>
        <source>Audio:</source>
        <translation>音频：</translation>
    </message>
    <message>
        <source>Output size:</source>
        <translation>输出尺寸：</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>方法：</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>保存到：</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>队列：</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>H.264 (MP4)</source>
        <translation>H.264 (MP4)</translation>
    </message>
    <message>
        <source>FFV1, lossless (MKV)</source>
        <translation>FFV1，无损 (MKV)</translation>
    </message>
    <message>
        <source>0 is lossless, 18 visually lossless, 51 the smallest file</source>
        <translation>0 为无损，18 为视觉无损，51 文件最小</translation>
    </message>
    <message>
        <source>Keep the audio</source>
        <translation>保留音频</translation>
    </message>
    <message>
        <source>%1 pixels high</source>
        <translation>高 %1 像素</translation>
    </message>
    <message>
        <source>Same as the source</source>
        <translation>与源文件相同</translation>
    </message>
    <message>
        <source>A file for one video, a folder for several</source>
        <translation>单个视频填文件名，多个视频填文件夹</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Start Export</source>
        <translation>开始导出</translation>
    </message>
    <message>
        <source>Cancel All</source>
        <translation>全部取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>报告：</translation>
    </message>
    <message>
        <source>Write a privacy score report beside each output</source>
        <translation>在每个输出文件旁写入隐私评分报告</translation>
    </message>
    <message>
        <source>After each file, scores its source with the model&apos;s attribute classifier and f_T, original against anonymized (as spact score), and writes them to &lt;output&gt;.score.json. Needs a loaded model.</source>
        <translation>每个文件导出后，用模型的属性分类器和 f_T 对其源视频评分，比较原始与匿名化（与 spact score 相同），并写入 &lt;output&gt;.score.json。需要已加载的模型。</translation>
    </message>
</context>
<context>
    <name>spact::studio::ExportQueue</name>
    <message>
        <source>A privacy score report needs a model with an attribute classifier: load one, or export without the report.</source>
        <translation>隐私评分报告需要带属性分类器的模型：请加载一个模型，或不带报告导出。</translation>
    </message>
    <message>
        <source>%1 was exported, but its privacy score report could not be written: %2</source>
        <translation>%1 已导出，但无法写入其隐私评分报告：%2</translation>
    </message>
</context>
<context>
    <name>spact::studio::MainWindow</name>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Log &amp;Level</source>
        <translation>日志级别(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a video file</source>
        <translation>打开视频文件</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About SPAct Studio</source>
        <translation>关于 SPAct Studio(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>调试</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
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
        <translation>视频 (*.mp4 *.mkv *.avi *.mov *.webm *.m4v *.mpg *.mpeg *.wmv *.flv *.ts);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open Video</source>
        <translation>打开视频</translation>
    </message>
    <message>
        <source>%1: %2 × %3, %4 frames/s, %5</source>
        <translation>%1：%2 × %3，%4 帧/秒，%5</translation>
    </message>
    <message>
        <source>%1: audio only, %2</source>
        <translation>%1：仅音频，%2</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>not in this build</source>
        <translation>此版本未包含</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SPAct Studio %1&lt;/h3&gt;&lt;p&gt;Privacy-preserving action recognition: a learned anonymizer removes private attributes from video while keeping what an action recogniser needs (Dave, Chen and Shah, &lt;i&gt;SPAct: Self-supervised Privacy Preservation for Action Recognition&lt;/i&gt;, CVPR 2022).&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;LibTorch&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;FFmpeg&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;OpenCV&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;CUDA&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;%7&lt;/td&gt;&lt;td&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SPAct Studio %1&lt;/h3&gt;&lt;p&gt;保护隐私的动作识别：学习得到的匿名化器去除视频中的隐私属性，同时保留动作识别所需的信息（Dave、Chen 和 Shah，&lt;i&gt;SPAct: Self-supervised Privacy Preservation for Action Recognition&lt;/i&gt;，CVPR 2022）。&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;LibTorch&lt;/td&gt;&lt;td&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;FFmpeg&lt;/td&gt;&lt;td&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;OpenCV&lt;/td&gt;&lt;td&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Qt&lt;/td&gt;&lt;td&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;CUDA&lt;/td&gt;&lt;td&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;%7&lt;/td&gt;&lt;td&gt;%8&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>usable (%n device(s))</source>
        <translation>
            <numerusform>可用（%n 个设备）</numerusform>
        </translation>
    </message>
    <message>
        <source>not usable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>About SPAct Studio</source>
        <translation>关于 SPAct Studio</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>In use: %1</source>
        <translation>当前使用：%1</translation>
    </message>
    <message>
        <source>Could not use the model</source>
        <translation>无法使用该模型</translation>
    </message>
    <message>
        <source>Playback stopped</source>
        <translation>播放已停止</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>播放(&amp;P)</translation>
    </message>
    <message>
        <source>Open &amp;Model…</source>
        <translation>打开模型(&amp;M)…</translation>
    </message>
    <message>
        <source>Load an anonymizer model to compare with the original</source>
        <translation>加载匿名化模型，与原始视频对比</translation>
    </message>
    <message>
        <source>Anonymizer</source>
        <translation>匿名化器</translation>
    </message>
    <message>
        <source>Models (*.spact *.pth *.pt *.safetensors *.ckpt);;All files (*)</source>
        <translation>模型 (*.spact *.pth *.pt *.safetensors *.ckpt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>Preparing %1…</source>
        <translation>正在准备 %1…</translation>
    </message>
    <message>
        <source>Wheel, drag</source>
        <translation>滚轮、拖动</translation>
    </message>
    <message>
        <source>Zoom and pan both pictures together</source>
        <translation>同时缩放和平移两幅画面</translation>
    </message>
    <message>
        <source>Export finished: %1 exported, %2 failed</source>
        <translation>导出完成：已导出 %1 个，失败 %2 个</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export anonymized copies of videos or folders</source>
        <translation>导出视频或文件夹的匿名化副本</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
</context>
<context>
    <name>spact::studio::ModelManager</name>
    <message>
        <source>not a network SPAct Studio builds</source>
        <translation>不是 SPAct Studio 可构建的网络</translation>
    </message>
    <message>
        <source>%1, width %2</source>
        <translation>%1，宽度 %2</translation>
    </message>
    <message>
        <source>, channels %1→%2</source>
        <translation>，通道 %1→%2</translation>
    </message>
    <message>
        <source>, classes %1</source>
        <translation>，类别 %1</translation>
    </message>
    <message>
        <source>, projection to %1</source>
        <translation>，投影到 %1</translation>
    </message>
    <message>
        <source>, attributes %1</source>
        <translation>，属性 %1</translation>
    </message>
    <message>
        <source>Action top-1</source>
        <translation>动作 Top-1</translation>
    </message>
    <message>
        <source>Privacy cMAP</source>
        <translation>隐私 cMAP</translation>
    </message>
    <message>
        <source>Privacy macro F1</source>
        <translation>隐私宏 F1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Models (*.spact *.pth *.pt *.safetensors *.ckpt);;All files (*)</source>
        <translation>模型 (*.spact *.pth *.pt *.safetensors *.ckpt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <source>Models (*.pth *.pt *.safetensors *.ckpt *.spact);;All files (*)</source>
        <translation>模型 (*.pth *.pt *.safetensors *.ckpt *.spact);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import Model</source>
        <translation>导入模型</translation>
    </message>
    <message>
        <source>Save as SPAct Model</source>
        <translation>另存为 SPAct 模型</translation>
    </message>
    <message>
        <source>SPAct models (*.spact)</source>
        <translation>SPAct 模型 (*.spact)</translation>
    </message>
    <message>
        <source>not recorded (imported from %1)</source>
        <translation>未记录（从 %1 导入）</translation>
    </message>
</context>
<context>
    <name>spact::studio::PrivacyController</name>
    <message>
        <source>Anonymized with: %1</source>
        <translation>匿名化方法：%1</translation>
    </message>
    <message>
        <source>%1, judged by its own classifiers</source>
        <translation>%1，由其自身的分类器评判</translation>
    </message>
    <message>
        <source>%1, judged by the classifiers of %2</source>
        <translation>%1，由 %2 的分类器评判</translation>
    </message>
</context>
<context>
    <name>spact::studio::RunPresenter</name>
    <message>
        <source>f_A learns the identity</source>
        <translation>f_A 学习恒等映射</translation>
    </message>
    <message>
        <source>f_T on raw clips</source>
        <translation>f_T 在原始片段上</translation>
    </message>
    <message>
        <source>f_B on raw images</source>
        <translation>f_B 在原始图像上</translation>
    </message>
    <message>
        <source>the attribute monitor on raw images</source>
        <translation>属性监视器在原始图像上</translation>
    </message>
    <message>
        <source>the minimax game</source>
        <translation>极小极大博弈</translation>
    </message>
    <message>
        <source>Phase %1 of %2: %3</source>
        <translation>阶段 %1/%2：%3</translation>
    </message>
    <message>
        <source>f_A init</source>
        <translation>f_A 初始化</translation>
    </message>
    <message>
        <source>f_T init</source>
        <translation>f_T 初始化</translation>
    </message>
    <message>
        <source>f_B init</source>
        <translation>f_B 初始化</translation>
    </message>
    <message>
        <source>monitor init</source>
        <translation>监视器初始化</translation>
    </message>
    <message>
        <source>minimax</source>
        <translation>极小极大</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Started: preset %1, device %2, %3, seed %4.</source>
        <translation>已开始：预设 %1，设备 %2，%3，种子 %4。</translation>
    </message>
    <message>
        <source>Resumed at step %1 (%2, epoch %3).</source>
        <translation>已从第 %1 步继续（%2，第 %3 轮）。</translation>
    </message>
    <message>
        <source>%1: %2 × %3 steps.</source>
        <translation>%1：%2 × %3 步。</translation>
    </message>
    <message>
        <source>Epoch %1 of %2 · batch %3 of %4 · step %5</source>
        <translation>第 %1/%2 轮 · 批次 %3/%4 · 第 %5 步</translation>
    </message>
    <message>
        <source>%1 clips/s</source>
        <translation>%1 片段/秒</translation>
    </message>
    <message>
        <source>%1 images/s</source>
        <translation>%1 图像/秒</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Validation after minimax epoch %1: action top-1 %2 %, privacy cMAP %3.</source>
        <translation>第 %1 轮极小极大后的验证：动作 top-1 %2%，隐私 cMAP %3。</translation>
    </message>
    <message>
        <source>Validation on raw data (the reference): action top-1 %1 %, privacy cMAP %2.</source>
        <translation>原始数据上的验证（参照）：动作 top-1 %1%，隐私 cMAP %2。</translation>
    </message>
    <message>
        <source>Checkpoint at step %1 (the best so far).</source>
        <translation>第 %1 步的检查点（迄今最佳）。</translation>
    </message>
    <message>
        <source>Checkpoint at step %1.</source>
        <translation>第 %1 步的检查点。</translation>
    </message>
    <message>
        <source>After minimax epoch %1 (step %2)</source>
        <translation>第 %1 轮极小极大之后（第 %2 步）</translation>
    </message>
    <message>
        <source>Stopped at step %1 with a checkpoint; it can be resumed.</source>
        <translation>已在第 %1 步停止并保存检查点；可以继续。</translation>
    </message>
    <message>
        <source>Finished after %1 steps.</source>
        <translation>已在 %1 步后完成。</translation>
    </message>
    <message>
        <source>Phase ETA %1 (%2 s per step)</source>
        <translation>本阶段预计剩余 %1（每步 %2 秒）</translation>
    </message>
    <message>
        <source>epoch %1</source>
        <translation>第 %1 轮</translation>
    </message>
    <message>
        <source>last (%1)</source>
        <translation>最新（%1）</translation>
    </message>
</context>
<context>
    <name>spact::studio::TrainWorkspace</name>
    <message>
        <source>tiny (a CPU, minutes, the synthetic benchmark)</source>
        <translation>tiny（CPU，几分钟，合成基准）</translation>
    </message>
    <message>
        <source>paper (CVPR 2022: UCF101 + VISPR on a GPU)</source>
        <translation>paper（CVPR 2022：GPU 上的 UCF101 + VISPR）</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU %1</source>
        <translation>CUDA GPU %1</translation>
    </message>
    <message>
        <source>fp32</source>
        <translation>fp32</translation>
    </message>
    <message>
        <source>bf16 (CUDA)</source>
        <translation>bf16（CUDA）</translation>
    </message>
    <message>
        <source>Synthetic benchmark (in memory)</source>
        <translation>合成基准（内存中）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a file, not a data set folder.</source>
        <translation>“%1”是文件，不是数据集文件夹。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
    <message>
        <source>No videos here: the action data needs videos in class folders (UCF101, HMDB51 or &lt;split&gt;/&lt;class&gt;/&lt;video&gt;); found %1.</source>
        <translation>这里没有视频：动作数据需要按类别文件夹存放的视频（UCF101、HMDB51 或 &lt;split&gt;/&lt;类别&gt;/&lt;视频&gt;）；找到的是 %1。</translation>
    </message>
    <message>
        <source>The action data needs at least two classes; this %1 folder has %2.</source>
        <translation>动作数据至少需要两个类别；这个 %1 文件夹只有 %2 个。</translation>
    </message>
    <message>
        <source>No images here: the privacy data needs images (VISPR, or &lt;split&gt;/&lt;attribute&gt;/&lt;image&gt;); found %1.</source>
        <translation>这里没有图像：隐私数据需要图像（VISPR，或 &lt;split&gt;/&lt;属性&gt;/&lt;图像&gt;）；找到的是 %1。</translation>
    </message>
    <message>
        <source>The privacy data labels no attributes.</source>
        <translation>隐私数据没有标注任何属性。</translation>
    </message>
    <message>
        <source>A run is training; a new one can start when it ends.</source>
        <translation>一个运行正在训练；它结束后才能开始新的运行。</translation>
    </message>
    <message>
        <source>Choose a folder for the run.</source>
        <translation>请为运行选择一个文件夹。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already holds a run: resume it from the Runs list, or choose another folder.</source>
        <translation>“%1”中已有一个运行：请在运行列表中继续它，或选择另一个文件夹。</translation>
    </message>
    <message>
        <source>Ready: the initialisation, then 1 minimax epoch, on %1.</source>
        <translation>就绪：先初始化，再进行 1 轮极小极大，在 %1 上。</translation>
    </message>
    <message>
        <source>Ready: the initialisation, then %1 minimax epochs, on %2.</source>
        <translation>就绪：先初始化，再进行 %1 轮极小极大，在 %2 上。</translation>
    </message>
    <message>
        <source>Cannot Resume</source>
        <translation>无法继续</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not say which data the run trained on.</source>
        <translation>“%1”未说明该运行使用的训练数据。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no checkpoint to resume from.</source>
        <translation>“%1”没有可供继续的检查点。</translation>
    </message>
    <message>
        <source>Not a Training Run</source>
        <translation>不是训练运行</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a training run: it holds neither config.json nor events.jsonl.</source>
        <translation>“%1”不是训练运行：其中既没有 config.json 也没有 events.jsonl。</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>finished, step %1</source>
        <translation>已完成，第 %1 步</translation>
    </message>
    <message>
        <source>stopped at step %1</source>
        <translation>已在第 %1 步停止</translation>
    </message>
    <message>
        <source>failed at step %1</source>
        <translation>在第 %1 步失败</translation>
    </message>
    <message>
        <source>no events yet</source>
        <translation>尚无事件</translation>
    </message>
    <message>
        <source>training, step %1</source>
        <translation>训练中，第 %1 步</translation>
    </message>
    <message>
        <source>training elsewhere, step %1</source>
        <translation>在别处训练中，第 %1 步</translation>
    </message>
    <message>
        <source>interrupted at step %1</source>
        <translation>在第 %1 步中断</translation>
    </message>
    <message>
        <source>top-1 %1 %, cMAP %2</source>
        <translation>top-1 %1%，cMAP %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Export Checkpoint</source>
        <translation>导出检查点</translation>
    </message>
    <message>
        <source>SPAct models (*.spact)</source>
        <translation>SPAct 模型 (*.spact)</translation>
    </message>
    <message>
        <source>Exported the checkpoint to %1.</source>
        <translation>已将检查点导出到 %1。</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Could not copy &apos;%1&apos; to &apos;%2&apos;: %3.</source>
        <translation>无法将“%1”复制到“%2”：%3。</translation>
    </message>
    <message>
        <source>Could not write &apos;%1&apos;.</source>
        <translation>无法写入“%1”。</translation>
    </message>
    <message>
        <source>A Run Is Training</source>
        <translation>有运行正在训练</translation>
    </message>
    <message>
        <source>The run in &apos;%1&apos; is still training. Stop it now with a checkpoint (it can be resumed later), or keep it training in the background until it ends?</source>
        <translation>“%1”中的运行仍在训练。现在停止并保存检查点（之后可以继续），还是让它在后台继续训练直到结束？</translation>
    </message>
    <message>
        <source>Stop with Checkpoint</source>
        <translation>停止并保存检查点</translation>
    </message>
    <message>
        <source>Keep Training</source>
        <translation>继续训练</translation>
    </message>
    <message>
        <source>Choose the action data.</source>
        <translation>请选择动作数据。</translation>
    </message>
    <message>
        <source>Choose the privacy data.</source>
        <translation>请选择隐私数据。</translation>
    </message>
    <message>
        <source>Looking at the action data…</source>
        <translation>正在查看动作数据…</translation>
    </message>
    <message>
        <source>Looking at the privacy data…</source>
        <translation>正在查看隐私数据…</translation>
    </message>
    <message>
        <source>The action data cannot be used (see above).</source>
        <translation>动作数据无法使用（见上文）。</translation>
    </message>
    <message>
        <source>The privacy data cannot be used (see above).</source>
        <translation>隐私数据无法使用（见上文）。</translation>
    </message>
</context>
<context>
    <name>spact::widgets::ConfigForm</name>
    <message>
        <source>Enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <source>Enter a number, such as 0.5 or 1e-4.</source>
        <translation>请输入一个数，例如 0.5 或 1e-4。</translation>
    </message>
    <message>
        <source>%1 is not possible: it must be between %2 and %3.</source>
        <translation>%1 不可行：必须介于 %2 与 %3 之间。</translation>
    </message>
    <message>
        <source>%1 is not possible: it must be at least %2.</source>
        <translation>%1 不可行：至少应为 %2。</translation>
    </message>
    <message>
        <source>%1 is not possible: it must be at most %2.</source>
        <translation>%1 不可行：最多为 %2。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>spact::widgets::DataPicker</name>
    <message>
        <source>Choose a Data Set Folder</source>
        <translation>选择数据集文件夹</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose a folder, or type synth for the built-in synthetic benchmark.</source>
        <translation>选择一个文件夹，或输入 synth 以使用内置的合成基准。</translation>
    </message>
    <message>
        <source>Looking at the data set…</source>
        <translation>正在查看数据集…</translation>
    </message>
    <message>
        <source>1 class</source>
        <translation>1 个类别</translation>
    </message>
    <message>
        <source>%1 classes</source>
        <translation>%1 个类别</translation>
    </message>
    <message>
        <source>%1 videos</source>
        <translation>%1 个视频</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 张图像</translation>
    </message>
    <message>
        <source>1 attribute</source>
        <translation>1 个属性</translation>
    </message>
    <message>
        <source>%1 attributes</source>
        <translation>%1 个属性</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (split %2):</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（划分 %2）：</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>Attributes: %1</source>
        <translation>属性：%1</translation>
    </message>
    <message>
        <source>Missing or unreadable files: %1</source>
        <translation>缺失或无法读取的文件：%1</translation>
    </message>
    <message>
        <source>Classes: %1</source>
        <translation>类别：%1</translation>
    </message>
</context>
<context>
    <name>spact::widgets::EvaluatePage</name>
    <message>
        <source>No report shown.</source>
        <translation>未显示报告。</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>报告：%1</translation>
    </message>
    <message>
        <source>Choose Model Files</source>
        <translation>选择模型文件</translation>
    </message>
    <message>
        <source>SPAct models (*.spact);;All files (*)</source>
        <translation>SPAct 模型 (*.spact);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose the Output Folder</source>
        <translation>选择输出文件夹</translation>
    </message>
    <message>
        <source>Models: the anonymizer f_A of each file gets a row</source>
        <translation>模型：每个文件的匿名化器 f_A 占一行</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Baselines</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Protocol and data</source>
        <translation>协议与数据</translation>
    </message>
    <message>
        <source>Known actions and attributes</source>
        <translation>已知动作与属性</translation>
    </message>
    <message>
        <source>Novel actions and attributes</source>
        <translation>新动作与新属性</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>协议：</translation>
    </message>
    <message>
        <source>Action data:</source>
        <translation>动作数据：</translation>
    </message>
    <message>
        <source>Privacy data:</source>
        <translation>隐私数据：</translation>
    </message>
    <message>
        <source>Folder, or synth:… for the synthetic benchmark</source>
        <translation>文件夹，或用 synth:… 表示合成基准</translation>
    </message>
    <message>
        <source>Empty: the action data labels the attributes</source>
        <translation>留空：由动作数据标注属性</translation>
    </message>
    <message>
        <source>Budget of the fresh target models</source>
        <translation>新目标模型的训练预算</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Finished rows are kept; starting again resumes.</source>
        <translation>已完成的行会保留；再次开始时继续。</translation>
    </message>
    <message>
        <source>Open Report Folder…</source>
        <translation>打开报告文件夹…</translation>
    </message>
    <message>
        <source>Export HTML…</source>
        <translation>导出 HTML…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
</context>
<context>
    <name>spact::widgets::EvaluationResults</name>
    <message>
        <source>raw data</source>
        <translation>原始数据</translation>
    </message>
    <message>
        <source>anonymizer</source>
        <translation>匿名化器</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Raw data</source>
        <translation>原始数据</translation>
    </message>
    <message>
        <source>Baselines</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Anonymizers (f_A)</source>
        <translation>匿名化器 (f_A)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Action top-1 %</source>
        <translation>动作 Top-1 %</translation>
    </message>
    <message>
        <source>Privacy cMAP %</source>
        <translation>隐私 cMAP %</translation>
    </message>
    <message>
        <source>Macro F1 %</source>
        <translation>宏平均 F1 %</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Trade-off: action top-1 (higher is better) against privacy cMAP (lower is better)</source>
        <translation>权衡：动作 Top-1（越高越好）与隐私 cMAP（越低越好）</translation>
    </message>
    <message>
        <source>Per-attribute AP (lower: less private information)</source>
        <translation>各属性 AP（越低：泄露的隐私信息越少）</translation>
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
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Already done</source>
        <translation>已完成过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel this file; the others go on</source>
        <translation>取消此文件；其他文件继续</translation>
    </message>
</context>
<context>
    <name>spact::widgets::ModelManagerView</name>
    <message>
        <source>(and %1 more)</source>
        <translation>（另有 %1 个）</translation>
    </message>
    <message>
        <source>%1 parameters</source>
        <translation>%1 个参数</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>TorchScript anonymizer</source>
        <translation>TorchScript 匿名化器</translation>
    </message>
    <message>
        <source>Input resolution</source>
        <translation>输入分辨率</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 像素</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>训练数据</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>This file holds no anonymizer (f_A); it cannot be used for anonymization.</source>
        <translation>此文件不含匿名化器 (f_A)，无法用于匿名化。</translation>
    </message>
    <message>
        <source>This model cannot be read</source>
        <translation>无法读取此模型</translation>
    </message>
    <message>
        <source>Recent models</source>
        <translation>最近的模型</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Show the card of a .spact, .pth, .safetensors or TorchScript file</source>
        <translation>显示 .spact、.pth、.safetensors 或 TorchScript 文件的模型卡</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Convert a PyTorch, safetensors or TorchScript file to a .spact model</source>
        <translation>将 PyTorch、safetensors 或 TorchScript 文件转换为 .spact 模型</translation>
    </message>
    <message>
        <source>Use for Anonymization</source>
        <translation>用于匿名化</translation>
    </message>
    <message>
        <source>Remove from List</source>
        <translation>从列表中移除</translation>
    </message>
    <message>
        <source>Open or import a model to see its card.</source>
        <translation>打开或导入模型以查看其模型卡。</translation>
    </message>
</context>
<context>
    <name>spact::widgets::ModelPanel</name>
    <message>
        <source>Model: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message>
        <source>Identity (raw)</source>
        <translation>恒等（原始）</translation>
    </message>
    <message>
        <source>Blur</source>
        <translation>模糊</translation>
    </message>
    <message>
        <source>Pixelation</source>
        <translation>像素化</translation>
    </message>
    <message>
        <source>Down-sampling ×2</source>
        <translation>降采样 ×2</translation>
    </message>
    <message>
        <source>Down-sampling ×4</source>
        <translation>降采样 ×4</translation>
    </message>
    <message>
        <source>Face blur</source>
        <translation>人脸模糊</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>方法：</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>分辨率：</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>设备：</translation>
    </message>
    <message>
        <source>Precision:</source>
        <translation>精度：</translation>
    </message>
    <message>
        <source>Open Model…</source>
        <translation>打开模型…</translation>
    </message>
    <message>
        <source>Load an anonymizer from a .spact, .pth, .safetensors or TorchScript file</source>
        <translation>从 .spact、.pth、.safetensors 或 TorchScript 文件加载匿名化器</translation>
    </message>
    <message>
        <source>Model (none loaded)</source>
        <translation>模型（未加载）</translation>
    </message>
    <message>
        <source>%1 px (shorter side)</source>
        <translation>%1 像素（短边）</translation>
    </message>
    <message>
        <source>Original size</source>
        <translation>原始尺寸</translation>
    </message>
    <message>
        <source>No usable CUDA device</source>
        <translation>没有可用的 CUDA 设备</translation>
    </message>
</context>
<context>
    <name>spact::widgets::PrivacyPanel</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Top-1 kept: %1</source>
        <translation>Top-1 保持不变：%1</translation>
    </message>
    <message>
        <source>Top-1 changed: %1 → %2</source>
        <translation>Top-1 已改变：%1 → %2</translation>
    </message>
    <message>
        <source>This clip: %1–%2 s</source>
        <translation>当前片段：%1–%2 秒</translation>
    </message>
    <message>
        <source>This clip: not scored yet</source>
        <translation>当前片段：尚未评分</translation>
    </message>
    <message>
        <source>This clip</source>
        <translation>当前片段</translation>
    </message>
    <message>
        <source>Open a video to see what the attribute classifier still finds after anonymization.</source>
        <translation>打开一个视频，查看匿名化之后属性分类器仍能识别出什么。</translation>
    </message>
    <message>
        <source>Privacy scores need a model with an attribute classifier. Baselines such as blur have none of their own: open a SPAct model (File ▸ Open Model…) and its classifiers will judge the baseline&apos;s output.</source>
        <translation>隐私评分需要带属性分类器的模型。模糊等基线方法自身没有分类器：请打开一个 SPAct 模型（文件 ▸ 打开模型…），由它的分类器评判基线方法的输出。</translation>
    </message>
    <message>
        <source>This model carries no attribute classifier: privacy scores need one. Open a model trained with an attribute classifier (and f_T for the action top-5).</source>
        <translation>该模型不含属性分类器：隐私评分需要属性分类器。请打开一个训练时带有属性分类器（以及用于动作前 5 名的 f_T）的模型。</translation>
    </message>
    <message>
        <source>Scoring the video… %1</source>
        <translation>正在为视频评分… %1</translation>
    </message>
    <message>
        <source>Could not score the video: %1</source>
        <translation>无法为视频评分：%1</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原始</translation>
    </message>
    <message>
        <source>Anonymized</source>
        <translation>匿名化</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>时间（秒）</translation>
    </message>
    <message>
        <source>Each attribute&apos;s probability: solid after anonymization, dashed in the original. Click to go to that moment.</source>
        <translation>各属性的概率：实线为匿名化之后，虚线为原始视频。点击可跳转到该时刻。</translation>
    </message>
    <message>
        <source>How likely the attribute classifier finds each private attribute in this clip</source>
        <translation>属性分类器在当前片段中识别出各隐私属性的概率</translation>
    </message>
    <message>
        <source>Action top-5, this clip</source>
        <translation>动作前 5 名（当前片段）</translation>
    </message>
    <message>
        <source>This model carries no attribute classifier: privacy scores need one.</source>
        <translation>该模型不含属性分类器：隐私评分需要属性分类器。</translation>
    </message>
    <message>
        <source>This model carries no action classifier (f_T): no action top-5.</source>
        <translation>该模型不含动作分类器（f_T）：没有动作前 5 名。</translation>
    </message>
    <message>
        <source>Segments scored: %1</source>
        <translation>已评分片段：%1</translation>
    </message>
    <message>
        <source>(solid: anonymized, dashed: original)</source>
        <translation>（实线：匿名化，虚线：原始）</translation>
    </message>
    <message>
        <source>Over the video</source>
        <translation>整段视频</translation>
    </message>
</context>
<context>
    <name>spact::widgets::PropertyPanel</name>
    <message>
        <source>Property</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>spact::widgets::RunBrowser</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Open Training Run</source>
        <translation>打开训练运行</translation>
    </message>
    <message>
        <source>★ best</source>
        <translation>★ 最佳</translation>
    </message>
    <message>
        <source>Training runs</source>
        <translation>训练运行</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Latest validation</source>
        <translation>最近的验证</translation>
    </message>
    <message>
        <source>Open Run…</source>
        <translation>打开运行…</translation>
    </message>
    <message>
        <source>Open a run folder (one started here or with spact train) to see its curves</source>
        <translation>打开一个运行文件夹（在此处或用 spact train 启动的），查看其曲线</translation>
    </message>
    <message>
        <source>Remove from List</source>
        <translation>从列表中移除</translation>
    </message>
    <message>
        <source>Forget this run here; its folder is not touched</source>
        <translation>在此处忘记该运行；其文件夹不受影响</translation>
    </message>
    <message>
        <source>Resume Run</source>
        <translation>继续运行</translation>
    </message>
    <message>
        <source>Continue the selected run from its last checkpoint</source>
        <translation>从最近的检查点继续所选运行</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>检查点</translation>
    </message>
    <message>
        <source>Checkpoints of %1</source>
        <translation>%1 的检查点</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>检查点</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>Action top-1</source>
        <translation>动作 top-1</translation>
    </message>
    <message>
        <source>Privacy cMAP</source>
        <translation>隐私 cMAP</translation>
    </message>
    <message>
        <source>Use as Current Model</source>
        <translation>用作当前模型</translation>
    </message>
    <message>
        <source>Anonymize with this checkpoint&apos;s f_A on the Compare page</source>
        <translation>在对比页面上用此检查点的 f_A 进行匿名化</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Copy this checkpoint (.spact) to a file of your choice</source>
        <translation>将此检查点（.spact）复制到您选择的文件</translation>
    </message>
</context>
<context>
    <name>spact::widgets::TrainPage</name>
    <message>
        <source>New Run</source>
        <translation>新运行</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行</translation>
    </message>
</context>
<context>
    <name>spact::widgets::TrainSetupView</name>
    <message>
        <source>Choose a Folder for the Run</source>
        <translation>为运行选择文件夹</translation>
    </message>
    <message>
        <source>Action data:</source>
        <translation>动作数据：</translation>
    </message>
    <message>
        <source>UCF101, HMDB51 or a class-folder set; or synth</source>
        <translation>UCF101、HMDB51 或按类别文件夹组织的数据集；或 synth</translation>
    </message>
    <message>
        <source>Videos whose classes f_T learns (the paper: UCF101 split 1)</source>
        <translation>f_T 学习其类别的视频（论文：UCF101 划分 1）</translation>
    </message>
    <message>
        <source>Privacy data:</source>
        <translation>隐私数据：</translation>
    </message>
    <message>
        <source>VISPR or a class-folder image set; or synth</source>
        <translation>VISPR 或按类别文件夹组织的图像集；或 synth</translation>
    </message>
    <message>
        <source>Images for the self-supervised privacy branch f_B and the attribute monitor (the paper: VISPR)</source>
        <translation>用于自监督隐私分支 f_B 和属性监视器的图像（论文：VISPR）</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>预设：</translation>
    </message>
    <message>
        <source>Starting values for every hyper-parameter below</source>
        <translation>下方每个超参数的初始值</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>设备：</translation>
    </message>
    <message>
        <source>Precision:</source>
        <translation>精度：</translation>
    </message>
    <message>
        <source>bf16 autocast needs CUDA; on the CPU training runs in fp32</source>
        <translation>bf16 自动混合精度需要 CUDA；在 CPU 上以 fp32 训练</translation>
    </message>
    <message>
        <source>Run folder:</source>
        <translation>运行文件夹：</translation>
    </message>
    <message>
        <source>config.json, events.jsonl, checkpoints/ and samples/ go here; it must not hold a run yet</source>
        <translation>config.json、events.jsonl、checkpoints/ 和 samples/ 将放在这里；该文件夹中不能已有运行</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Hyper-parameters</source>
        <translation>超参数</translation>
    </message>
    <message>
        <source>Start Training</source>
        <translation>开始训练</translation>
    </message>
</context>
<context>
    <name>spact::widgets::TrainingCurves</name>
    <message>
        <source>epoch %1</source>
        <translation>第 %1 轮</translation>
    </message>
    <message>
        <source>L_A (anonymizer)</source>
        <translation>L_A（匿名化器）</translation>
    </message>
    <message>
        <source>L_T (action)</source>
        <translation>L_T（动作）</translation>
    </message>
    <message>
        <source>L_B (privacy)</source>
        <translation>L_B（隐私）</translation>
    </message>
    <message>
        <source>Losses per step</source>
        <translation>每步损失</translation>
    </message>
    <message>
        <source>(faint: as logged)</source>
        <translation>（浅色：记录值）</translation>
    </message>
    <message>
        <source>Smoothing %1</source>
        <translation>平滑 %1</translation>
    </message>
    <message>
        <source>Weight of the moving average drawn over the logged losses</source>
        <translation>叠加在记录损失上的移动平均的权重</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>Validation per epoch</source>
        <translation>每轮验证</translation>
    </message>
    <message>
        <source>action top-1</source>
        <translation>动作 top-1</translation>
    </message>
    <message>
        <source>privacy cMAP</source>
        <translation>隐私 cMAP</translation>
    </message>
    <message>
        <source>(dashed: raw data)</source>
        <translation>（虚线：原始数据）</translation>
    </message>
    <message>
        <source>minimax epoch</source>
        <translation>极小极大轮次</translation>
    </message>
    <message>
        <source>Privacy AP per attribute</source>
        <translation>各属性的隐私 AP</translation>
    </message>
    <message>
        <source>raw data</source>
        <translation>原始数据</translation>
    </message>
    <message>
        <source>anonymized (latest epoch)</source>
        <translation>匿名化（最近一轮）</translation>
    </message>
    <message>
        <source>Trade-off</source>
        <translation>权衡</translation>
    </message>
    <message>
        <source>epochs (click one to pick its checkpoint)</source>
        <translation>轮次（点击以选择其检查点）</translation>
    </message>
    <message>
        <source>privacy cMAP, % (lower is more private)</source>
        <translation>隐私 cMAP，%（越低越私密）</translation>
    </message>
    <message>
        <source>action top-1, %</source>
        <translation>动作 top-1，%</translation>
    </message>
</context>
<context>
    <name>spact::widgets::TrainingMonitor</name>
    <message>
        <source>No run</source>
        <translation>无运行</translation>
    </message>
    <message>
        <source>Start a run, or open one from the Runs list.</source>
        <translation>开始一个运行，或从运行列表中打开一个。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练中</translation>
    </message>
    <message>
        <source>Pausing after this step…</source>
        <translation>将在此步之后暂停…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Stopping: writing a checkpoint…</source>
        <translation>正在停止：写入检查点…</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Stopped (can be resumed)</source>
        <translation>已停止（可以继续）</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Training in another process (followed)</source>
        <translation>在另一个进程中训练（跟随中）</translation>
    </message>
    <message>
        <source>Interrupted (can be resumed)</source>
        <translation>已中断（可以继续）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause after the step under way; nothing is lost</source>
        <translation>在当前步完成后暂停；不会丢失任何内容</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop after the step under way and write a checkpoint to resume from</source>
        <translation>在当前步完成后停止，并写入可供继续的检查点</translation>
    </message>
    <message>
        <source>Samples: original (top) and anonymized (bottom)</source>
        <translation>样例：原始（上）与匿名化（下）</translation>
    </message>
    <message>
        <source>The anonymizer&apos;s samples appear after each validation.</source>
        <translation>匿名化器的样例会在每次验证后出现。</translation>
    </message>
    <message>
        <source>Run log</source>
        <translation>运行日志</translation>
    </message>
</context>
<context>
    <name>spact::widgets::TransportBar</name>
    <message>
        <source>Frame %1 / %2</source>
        <translation>第 %1 / %2 帧</translation>
    </message>
    <message>
        <source>No video</source>
        <translation>无视频</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>暂停（空格键）</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>播放（空格键）</translation>
    </message>
    <message>
        <source>Previous frame (Left)</source>
        <translation>上一帧（左方向键）</translation>
    </message>
    <message>
        <source>Next frame (Right)</source>
        <translation>下一帧（右方向键）</translation>
    </message>
    <message>
        <source>Drag to scrub through the video</source>
        <translation>拖动以浏览视频</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
</context>
</TS>
