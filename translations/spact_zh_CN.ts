<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
