<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AtomicFile</name>
    <message>
        <location filename="../../app/io/atomicfile.cpp" line="+11"/>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../../app/core/catalogmerge.cpp" line="+107"/>
        <source>the catalog this one replaced</source>
        <translation>被此目录替代的目录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a later catalog, which kept this chip&apos;s value</source>
        <translation>后一个目录（保留了本芯片的值）</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>field by field: a later value wins, fields it lacks keep the earlier value</source>
        <translation>逐字段：后一个目录的值优先，它缺少的字段保留前一个值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>replace: a later chip replaces the earlier one whole</source>
        <translation>替换：后一个目录的芯片整体替换前一个</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fill: a later chip only fills unknown fields</source>
        <translation>填补：后一个目录的芯片只填补未知字段</translation>
    </message>
    <message>
        <source>the catalog this one replaced: %1</source>
        <translation type="vanished">被此目录替代的目录：%1</translation>
    </message>
</context>
<context>
    <name>CatalogDocument</name>
    <message>
        <location filename="../../app/editing/catalogdocument.cpp" line="+49"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>the catalog has no file yet; use Save As</source>
        <translation>该目录还没有文件；请用“另存为”</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>chip &apos;%1&apos; is built in and read-only; copy it to your catalog to edit it</source>
        <translation>芯片“%1”为内置数据，只读；请先复制到我的目录再编辑</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a source with the id &apos;%1&apos; exists already</source>
        <translation>已有 id 为“%1”的来源</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&apos;%1&apos; is a built-in chip; use Copy to my catalog to override it</source>
        <translation>“%1”是内置芯片；请用“复制到我的目录”来覆盖它</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a chip with the id &apos;%1&apos; exists already</source>
        <translation>已有 id 为“%1”的芯片</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+2"/>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duplicate %1</source>
        <translation>复制 %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n chip(s)</source>
        <translation>
            <numerusform>删除 %n 款芯片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Copy %n chip(s) to my catalog</source>
        <translation>
            <numerusform>将 %n 款芯片复制到我的目录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogReader</name>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="+112"/>
        <source>file is empty; a catalog is a JSON object with &quot;format&quot;, &quot;version&quot; and &quot;chips&quot;</source>
        <translation>文件为空；目录应是含有 &quot;format&quot;、&quot;version&quot; 和 &quot;chips&quot; 的 JSON 对象</translation>
    </message>
    <message>
        <location line="-36"/>
        <location filename="../../app/io/catalogvalidator.cpp" line="+95"/>
        <location line="+9"/>
        <location line="+9"/>
        <location line="+10"/>
        <location line="+461"/>
        <location line="+46"/>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location filename="../../app/io/catalogvalidator.cpp" line="-551"/>
        <source>must be the string &quot;%1&quot;</source>
        <translation>必须是字符串 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be %1 to %2, the format versions this program reads</source>
        <translation>必须是 %1 至 %2，即本程序可读取的格式版本</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>expected %1, found %2</source>
        <translation>应为%1，实际为%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown field (misspelt?)</source>
        <translation>未知字段（是否拼写错误？）</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+120"/>
        <location line="+72"/>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <location line="-188"/>
        <location line="+132"/>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>a date string YYYY-MM-DD</source>
        <translation>YYYY-MM-DD 格式的日期字符串</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a date of the form YYYY-MM-DD</source>
        <translation>“%1”不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+44"/>
        <location line="+62"/>
        <location line="+240"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="-327"/>
        <location line="+134"/>
        <location line="+177"/>
        <location line="+67"/>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>“%1”不是 %2 之一</translation>
    </message>
    <message>
        <location line="-368"/>
        <source>&apos;%1&apos; is not an http(s) address</source>
        <translation>“%1”不是 http(s) 地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>source id &apos;%1&apos; is defined twice</source>
        <translation>来源 id“%1”被定义了两次</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>an array of strings</source>
        <translation>字符串数组</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>must be a positive number</source>
        <translation>必须是正数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a rule must name chips or give a threshold</source>
        <translation>规则必须点名芯片或给出阈值</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>duplicate system id; ids must be unique</source>
        <translation>系统 ID 重复；ID 必须唯一</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a whole number of chips, at least 1</source>
        <translation>必须是芯片的整数个数，至少为 1</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>chip &apos;%1&apos; is not in the catalog&apos;s chips</source>
        <translation>芯片“%1”不在目录的芯片中</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>an object with value, unit, source and confidence</source>
        <translation>含有 value、unit、source 和 confidence 的对象</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;value&apos; is required (leave the whole field out when it is unknown)</source>
        <translation>“value”为必填项（未知时请省略整个字段）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>value must be a finite number</source>
        <translation>数值必须是有限数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>value must be positive (leave the field out when it is unknown; never write 0)</source>
        <translation>数值必须为正（未知时请省略该字段；切勿写 0）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unit &apos;%1&apos; does not fit this field; use one of %2</source>
        <translation>单位“%1”不适用于此字段；请使用 %2 之一</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>value is too large to convert to %1</source>
        <translation>数值太大，无法换算为 %1</translation>
    </message>
    <message>
        <location line="-205"/>
        <location line="+211"/>
        <location line="+89"/>
        <source>source &apos;%1&apos; is not in the catalog&apos;s sources</source>
        <translation>来源“%1”不在目录的来源列表中</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>confidence &apos;%1&apos; is not one of official, reported, rumored, estimate</source>
        <translation>置信度“%1”不是 official、reported、rumored、estimate 之一</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 %2 (%3) is outside the plausible range %4 to %5; is the unit right?</source>
        <translation>%1 %2（%3）超出合理范围 %4 至 %5；单位是否正确？</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>chip #%1: expected an object, found %2</source>
        <translation>第 %1 款芯片：应为对象，实际为%2</translation>
    </message>
    <message>
        <location line="-315"/>
        <location line="+330"/>
        <source>ids are lowercase letters, digits and single hyphens, e.g. &apos;nvidia-h20&apos;</source>
        <translation>id 由小写字母、数字和单个连字符组成，例如“nvidia-h20”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate chip id; ids must be unique</source>
        <translation>芯片 id 重复；id 必须唯一</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="-262"/>
        <location line="+264"/>
        <source>must be a whole year from 1950 to 2100</source>
        <translation>必须是 1950 至 2100 之间的整数年份</translation>
    </message>
    <message>
        <location line="-231"/>
        <location line="+286"/>
        <source>an array of source ids</source>
        <translation>来源 id 的数组</translation>
    </message>
    <message>
        <location line="-291"/>
        <location line="+299"/>
        <source>&apos;%1&apos; is not a source id in the catalog&apos;s sources</source>
        <translation>“%1”不是目录来源中的来源 id</translation>
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="-15"/>
        <source>the top level must be a JSON object with &quot;format&quot;, &quot;version&quot; and &quot;chips&quot;, not a single value</source>
        <translation>顶层必须是含有 &quot;format&quot;、&quot;version&quot; 和 &quot;chips&quot; 的 JSON 对象，而不是单个值</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invalid JSON: %1%2</source>
        <translation>无效的 JSON：%1%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (is the file truncated?)</source>
        <translation>（文件是否被截断？）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the top level must be a JSON object with &quot;format&quot;, &quot;version&quot; and &quot;chips&quot;, not %1</source>
        <translation>顶层必须是含有 &quot;format&quot;、&quot;version&quot; 和 &quot;chips&quot; 的 JSON 对象，而不是%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a single value</source>
        <translation>单个值</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>invalid JSON: this \u escape is half of a UTF-16 surrogate pair, not a character (a \uD800 to \uDBFF escape must be followed by one from \uDC00 to \uDFFF)</source>
        <translation>无效的 JSON：此 \u 转义只是 UTF-16 代理对的一半，不是一个字符（\uD800 到 \uDBFF 的转义之后必须紧跟一个 \uDC00 到 \uDFFF 的转义）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid JSON: %1</source>
        <translation>无效的 JSON：%1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 more problems not shown</source>
        <translation>另有 %1 个问题未显示</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>file is larger than %1 MiB; refusing to read it</source>
        <translation>文件大于 %1 MiB，拒绝读取</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>built-in catalog</source>
        <translation>内置目录</translation>
    </message>
</context>
<context>
    <name>CellParser</name>
    <message>
        <location filename="../../app/importer/cellparser.cpp" line="+62"/>
        <source>&apos;%1&apos; holds no number</source>
        <translation>“%1”不含数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; holds several numbers; ChipCompare never picks one</source>
        <translation>“%1”含有多个数字；芯片对比从不替你挑选其中一个</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; has a decimal comma; import with --decimal-comma (a file separated by semicolons reads commas that way by itself)</source>
        <translation>“%1”使用了小数逗号；请用 --decimal-comma 导入（以分号分隔的文件会自动这样读取）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; has a comma that is not a thousands separator; write decimals with a dot</source>
        <translation>“%1”中的逗号不是千位分隔符；小数请用点号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is negative</source>
        <translation>“%1”为负数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a finite number</source>
        <translation>“%1”不是有限数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is zero: left unknown (a zero often means &apos;not supported&apos;; a real value is never 0)</source>
        <translation>“%1”为零：按未知处理（零常表示“不支持”；真实数值不会是 0）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is zero; leave unknown values empty</source>
        <translation type="vanished">“%1”为零；未知的数值请留空</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>approximate, as written: &apos;%1&apos;</source>
        <translation>近似值，原文为：“%1”</translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <location filename="../../app/analysis/chartdata.cpp" line="+186"/>
        <source>Only the first %1 of %2 chips fit at this picture size; a larger size shows them all.</source>
        <translation>在此图片尺寸下只能容纳 %2 款芯片中的前 %1 款；更大的尺寸可显示全部。</translation>
    </message>
</context>
<context>
    <name>ChartDataBuilder</name>
    <message>
        <location line="+304"/>
        <source>ChipCompare catalog of %1.</source>
        <translation>芯片对比目录，%1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Showing %1 of %2 chips with a value: the selected ones, then the largest.</source>
        <translation>显示有数值的 %2 款芯片中的 %1 款：先是所选芯片，然后是数值最大的。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showing the %1 largest of %2 chips with a value.</source>
        <translation>显示有数值的 %2 款芯片中最大的 %1 款。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Showing %1 of %2 chips with both values: the extremes on each axis, the selected and compared chips, then an even spread along the x axis.</source>
        <translation>显示两项数值齐全的 %2 款芯片中的 %1 款：各轴的极值、所选和对比的芯片，以及沿 x 轴均匀分布的其余芯片。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing %1 of %2 chips with both values: the extremes on each axis, then an even spread along the x axis.</source>
        <translation>显示两项数值齐全的 %2 款芯片中的 %1 款：各轴的极值，以及沿 x 轴均匀分布的其余芯片。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other (grey): vendors beyond the %1 colours of the palette, ranked by chip count.</source>
        <translation>其他（灰色）：超出调色板 %1 种颜色的厂商，按芯片数量排序。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>* rumored or estimate, or computed from such a value.</source>
        <translation>* 传闻或估计值，或由此类数值计算得出。</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Sources: %1.</source>
        <translation>来源：%1。</translation>
    </message>
    <message numerus="yes">
        <location line="-378"/>
        <source>Other (%n vendor(s))</source>
        <translation>
            <numerusform>其他（%n 家厂商）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Bar chart: %1.</source>
        <translation>条形图：%1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 chips, largest first: %2.</source>
        <translation>%1 款芯片，从大到小：%2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Smallest: %1: %2.</source>
        <translation>最小：%1：%2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timeline: %1; x axis %2, y axis %3.</source>
        <translation>时间线：%1；x 轴 %2，y 轴 %3。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scatter chart: %1; x axis %2, y axis %3.</source>
        <translation>散点图：%1；x 轴为%2，y 轴为%3。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 chips; highest on x: %2; highest on y: %3.</source>
        <translation>%1 款芯片；x 最高：%2；y 最高：%3。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No value: %1.</source>
        <translation>无数据：%1。</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>%1 by year</source>
        <translation>%1（按年份）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year announced</source>
        <translation>发布年份</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Year announced: %1</source>
        <translation>发布年份：%1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>† sources disagree.</source>
        <translation>† 来源不一致。</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+14"/>
        <source> and %1 more</source>
        <translation> 等另外 %1 个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n/a (no value or no year): %1.</source>
        <translation>无数据（无数值或无年份）：%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n/a (no value): %1.</source>
        <translation>无数据：%1。</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../../app/charts/chartexport.cpp" line="+118"/>
        <source>%1: unsupported file type; use .png, .svg or .pdf</source>
        <translation>%1：不支持的文件类型；请使用 .png、.svg 或 .pdf</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: could not encode the PNG</source>
        <translation>%1：无法编码 PNG</translation>
    </message>
</context>
<context>
    <name>ChartPage</name>
    <message>
        <location filename="../../app/widgets/chartpage.cpp" line="+49"/>
        <location line="+1"/>
        <source>log</source>
        <translation>对数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X:</source>
        <translation>X：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Y:</source>
        <translation>Y：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Most chips:</source>
        <translation>最多芯片数(&amp;M)：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A logarithmic value axis: the bar chart&apos;s, or the scatter chart&apos;s x axis</source>
        <translation>对数数值轴：条形图的数值轴，或散点图的 x 轴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bar chart</source>
        <translation>柱状图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scatter chart</source>
        <translation>散点图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline: the y metric by the year each chip was announced, on a log axis unless you untick it.</source>
        <translation>时间线：按每款芯片的发布年份绘制 y 轴指标，默认使用对数轴（取消勾选即为线性轴）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most chips one chart draws. Above it the chart keeps the extremes on each axis, the selected and compared chips, then an even spread; the footnote says so. Default: %1 bars or %2 points.</source>
        <translation>一张图表最多绘制的芯片数。超过时，图表保留各轴的极值、所选和对比的芯片，再均匀选取其余芯片，并在脚注中说明。默认：%1 根柱或 %2 个点。</translation>
    </message>
</context>
<context>
    <name>ChipField</name>
    <message>
        <location filename="../../app/core/chipfields.cpp" line="+418"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a chip needs a %1</source>
        <translation>芯片需要%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the year must be a whole year from 1950 to 2100, not &quot;%1&quot;</source>
        <translation>年份须为 1950 至 2100 之间的整数年份，而不是“%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a %2: one of %3</source>
        <translation>“%1”不是有效的%2，可选：%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not set from a text</source>
        <translation>%1 不能由文本设置</translation>
    </message>
</context>
<context>
    <name>ChipFields</name>
    <message>
        <location line="-264"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chip</source>
        <translation>芯片</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local name</source>
        <translation>本地名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Foundry</source>
        <translation>代工厂</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Process</source>
        <translation>制程</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memory type</source>
        <translation>显存类型</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Memory
type</source>
        <translation>显存
类型</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interconnect</source>
        <translation>互连</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Software stack</source>
        <translation>软件栈</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CUDA compatibility</source>
        <translation>CUDA 兼容性</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Software support</source>
        <translation>软件支持</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Also known as</source>
        <translation>别名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>ChipFilter</name>
    <message>
        <location filename="../../app/analysis/chipfilter.cpp" line="+92"/>
        <source>&apos;%1&apos; is not a year range: write 2020..2026, 2020.., ..2026 or 2024 (years from 1950 to 2100)</source>
        <translation>“%1”不是年份范围：请写 2020..2026、2020..、..2026 或 2024（1950 至 2100 年）</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&apos;%1&apos; is not a condition: write KEY&gt;=NUMBER, e.g. &apos;memory_capacity&gt;=64&apos; (also &lt;=, &lt;, &gt;, =)</source>
        <translation>“%1”不是条件：请写 KEY&gt;=NUMBER，例如 &apos;memory_capacity&gt;=64&apos;（也可用 &lt;=、&lt;、&gt;、=）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;%1&apos; is not a metric; use one of %2</source>
        <translation>“%1”不是指标；可用：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a number (in %2)</source>
        <translation>“%1”不是数字（单位 %2）</translation>
    </message>
</context>
<context>
    <name>ChipMatcher</name>
    <message>
        <location filename="../../app/analysis/chipmatcher.cpp" line="+159"/>
        <source>names agree on %1 of %2 words: %3</source>
        <translation>名称 %2 个词中有 %1 个相同：%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>same vendor</source>
        <translation>厂商相同</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>same memory (%1 and %2 GB)</source>
        <translation>显存相同（%1 与 %2 GB）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>memory differs (%1 and %2 GB)</source>
        <translation>显存不同（%1 与 %2 GB）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Id (first)</source>
        <translation>ID（第一个）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id (second)</source>
        <translation>ID（第二个）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name (first)</source>
        <translation>名称（第一个）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (second)</source>
        <translation>名称（第二个）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>依据</translation>
    </message>
</context>
<context>
    <name>ChipStatus</name>
    <message>
        <location filename="../../app/core/chip.cpp" line="+66"/>
        <source>shipping</source>
        <translation>已出货</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>announced</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reported</source>
        <translation>有报道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rumored</source>
        <translation>传闻</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>ChipTableModel</name>
    <message>
        <location filename="../../app/models/chiptablemodel.cpp" line="+339"/>
        <source>Your catalog replaces the built-in chip; where the values differ, the built-in ones are listed as other sources.</source>
        <translation>你的目录替代了内置芯片；数值不同之处，内置数值作为其他来源列出。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>US ECCN 3A090 band, estimated for a datacenter chip</source>
        <translation>美国 ECCN 3A090 档位（按数据中心芯片估计）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TPP %1, performance density %2</source>
        <translation>TPP %1，性能密度 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thresholds (rule of 2023-10-17): a.1 TPP ≥ %1; a.2 TPP ≥ %2 and density ≥ %3; b.1 %4 ≤ TPP &lt; %1 and %5 ≤ density &lt; %3; b.2 TPP ≥ %2 and %6 ≤ density &lt; %3.</source>
        <translation>阈值（2023-10-17 规则）：a.1 TPP ≥ %1；a.2 TPP ≥ %2 且密度 ≥ %3；b.1 %4 ≤ TPP &lt; %1 且 %5 ≤ 密度 &lt; %3；b.2 TPP ≥ %2 且 %6 ≤ 密度 &lt; %3。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Source: %1 (%2)</source>
        <translation>来源：%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An estimate from catalog values, not a classification and not legal advice.</source>
        <translation>根据目录数值所作的估计，并非正式分类，也不构成法律意见。</translation>
    </message>
    <message>
        <source>Chip</source>
        <translation type="vanished">芯片</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="vanished">厂商</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="vanished">国家</translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="vanished">年份</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">状态</translation>
    </message>
    <message>
        <source>Memory
type</source>
        <translation type="vanished">显存
类型</translation>
    </message>
    <message>
        <source>CUDA</source>
        <translation type="vanished">CUDA</translation>
    </message>
    <message>
        <source>Software stack</source>
        <translation type="vanished">软件栈</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>3A090 band
(estimate)</source>
        <translation>3A090 档位
（估计）</translation>
    </message>
</context>
<context>
    <name>ChipTextFields</name>
    <message>
        <source>Name</source>
        <translation type="vanished">名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="vanished">简称</translation>
    </message>
    <message>
        <source>Local name</source>
        <translation type="vanished">本地名称</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="vanished">厂商</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="vanished">国家/地区</translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="vanished">年份</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">状态</translation>
    </message>
    <message>
        <source>Foundry</source>
        <translation type="vanished">代工厂</translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="vanished">制程</translation>
    </message>
    <message>
        <source>Memory type</source>
        <translation type="vanished">显存类型</translation>
    </message>
    <message>
        <source>Interconnect</source>
        <translation type="vanished">互联</translation>
    </message>
    <message>
        <source>Software stack</source>
        <translation type="vanished">软件栈</translation>
    </message>
    <message>
        <source>CUDA compatibility</source>
        <translation type="vanished">CUDA 兼容性</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="vanished">备注</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="vanished">未知</translation>
    </message>
    <message>
        <source>a chip needs a name</source>
        <translation type="vanished">芯片必须有名称</translation>
    </message>
    <message>
        <source>the year must be a whole year from 1950 to 2100, not &quot;%1&quot;</source>
        <translation type="vanished">年份须为 1950 至 2100 之间的整数年份，而不是“%1”</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation type="vanished">未知状态“%1”</translation>
    </message>
    <message>
        <source>unknown CUDA compatibility &quot;%1&quot;</source>
        <translation type="vanished">未知的 CUDA 兼容性“%1”</translation>
    </message>
</context>
<context>
    <name>ChipValidator</name>
    <message>
        <location filename="../../app/io/chipvalidator.cpp" line="+37"/>
        <source>field &apos;%1&apos;: </source>
        <translation>字段“%1”：</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/cli/checkcommand.cpp" line="+14"/>
        <source>Validate catalog files without changing them. Prints one line per problem as FILE:LINE:COLUMN: chip &apos;ID&apos;: field &apos;NAME&apos;: problem. Implausible magnitudes (see docs/cli.md for the plausible ranges) are printed as FILE:LINE:COLUMN: warning: ... and do not fail the check unless --strict is given. Exit 0 when every file is valid, 1 when any has a problem, 2 on usage errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Treat warnings as errors: exit 1 when any file has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalog JSON file(s) to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no FILE given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the built-in catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>source &apos;%1&apos; is defined with another title in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n chip(s)</source>
        <translation>
            <numerusform>%n 款芯片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n source(s)</source>
        <translation type="unfinished">
            <numerusform>%n 个来源</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: valid (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>with %n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="+33"/>
        <source>Print every command with its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Usage:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run &apos;chipcompare COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command-line tools print English whatever the system language, so that scripts can rely on their output; the window is translated.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/commandcontext.cpp" line="+54"/>
        <source>Merge catalog FILE over the built-in one (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use only the --catalog files, not the built-in catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How a --catalog chip joins an earlier chip of the same id: field (default: its values win field by field, fields it lacks keep the earlier value), replace (it replaces the chip whole) or fill (it only fills unknown fields).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Join chips that two catalogs hold under different ids: FILE has one pair of ids a line (the CSV of `chipcompare match`, as it is or its first two columns); a --catalog chip under one of them merges into the earlier chip, field by field, and keeps its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only chips by vendor V (repeatable: any of).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only chips with memory type T, e.g. HBM3 (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only chips announced in these years: 2020..2026, 2020.., ..2026 or 2024.</source>
        <translation>只显示这些年份发布的芯片：2020..2026、2020..、..2026 或 2024。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only chips whose metric passes a test, in its canonical unit: &apos;memory_capacity&gt;=64&apos;, &apos;tdp_w&lt;=400&apos; (repeatable: all must hold; an unknown value never passes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>--merge: &apos;%1&apos; is not one of field, replace, fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>unknown format &apos;%1&apos;; use %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>%1 replaces %n chip(s) of the catalog before it: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Only chips whose names, vendor, software stack or notes contain TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Only chips with status S: %1, or unknown for chips without one (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Output format: %1 (default %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>unknown status &apos;%1&apos;; use %2 or unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Try &apos;chipcompare %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/cli/listcommand.cpp" line="+14"/>
        <source>List the chips of the catalog, filtered. Units: memory GB, bandwidth GB/s, BF16/FP8 dense TFLOPS, INT8 dense TOPS, TDP W; unknown values are empty (CSV), null (JSON) or — (table, markdown). JSON adds KEY_confidence beside every number: its confidence, or for a derived value the weakest of its inputs&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMappingModel</name>
    <message>
        <location filename="../../app/models/columnmappingmodel.cpp" line="+17"/>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- (ignore)</source>
        <translation>-（忽略）</translation>
    </message>
    <message>
        <source>name</source>
        <translation type="vanished">名称</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>source (per row)</source>
        <translation>来源（逐行）</translation>
    </message>
    <message>
        <location line="+119"/>
        <location line="+7"/>
        <source>from each cell</source>
        <translation>取自各单元格</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 taken, %2 skipped</source>
        <translation>采用 %1 个，跳过 %2 个</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Values</source>
        <translation>数值</translation>
    </message>
</context>
<context>
    <name>ColumnRecognizer</name>
    <message>
        <location filename="../../app/importer/columnrecognizer.cpp" line="+119"/>
        <source>an idle, minimum, base or typical figure, not the peak the catalog records</source>
        <translation>空闲、最低、基础或典型值，而非目录记录的峰值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a cache, not the chip&apos;s memory</source>
        <translation>缓存，而非芯片的内存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a power supply&apos;s rating, not the chip&apos;s power</source>
        <translation>电源的额定值，而非芯片的功耗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a network link: neither memory bandwidth nor the chip-to-chip link</source>
        <translation>网络链路：既非内存带宽，也非芯片间互连</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a host, server or total figure, not one chip&apos;s</source>
        <translation>主机、服务器或总计数值，而非单颗芯片的</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>sparse throughput; the catalog records dense (halve it only if the source says 2:4)</source>
        <translation>稀疏算力；目录记录稠密值（仅当来源注明 2:4 时才减半）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TF32 is not a catalog field</source>
        <translation>TF32 不是目录字段</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FP64 tensor is not a catalog field (fp64 is the vector rate)</source>
        <translation>FP64 张量不是目录字段（fp64 为向量算力）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FP32 tensor is not a catalog field (fp32 is the vector rate)</source>
        <translation>FP32 张量不是目录字段（fp32 为向量算力）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this precision is not a catalog field</source>
        <translation>此精度不是目录字段</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>FP16 without &apos;tensor&apos; is usually the shader rate, far below tensor FP16; use --map &apos;COLUMN=bf16_dense&apos; if it is the tensor rate</source>
        <translation>不带“tensor”的 FP16 通常是着色器算力，远低于张量 FP16；若为张量算力，请用 --map &apos;COLUMN=bf16_dense&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>memory or interconnect bandwidth? use --map</source>
        <translation>内存带宽还是互连带宽？请用 --map</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>names no precision (a bare TFLOPS is often FP32 shader throughput); use --map, e.g. &apos;TFLOPS=fp32:TFLOPS&apos;</source>
        <translation>未注明精度（单写 TFLOPS 常指 FP32 着色器算力）；请用 --map，例如 &apos;TFLOPS=fp32:TFLOPS&apos;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(unmapped)</source>
        <translation>（未映射）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name, where no column names the chip</source>
        <translation>名称（没有其他列给出芯片名称时）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>:unit from each cell</source>
        <translation>:单位取自各单元格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>:sparse, halved</source>
        <translation>：稀疏，已减半</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+6"/>
        <source>derived: ChipCompare computes it</source>
        <translation>派生值：由芯片对比计算</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&apos;%1&apos; after the unit is not a qualifier; the one known is &apos;sparse&apos;</source>
        <translation>单位后的“%1”不是限定词；唯一可用的是“sparse”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ignored by --map</source>
        <translation>被 --map 忽略</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is a text field and takes no unit</source>
        <translation>“%1”是文本字段，不带单位</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;sparse&apos; fits compute fields only, not %1</source>
        <translation>“sparse”只适用于算力字段，不适用于 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unit &apos;%1&apos; does not fit %2; use one of %3</source>
        <translation>单位“%1”不适用于 %2；请使用 %3 之一</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not a field; use one of %2, source or -</source>
        <translation>“%1”不是字段；请使用 %2、source 或 - 之一</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <location filename="../../app/widgets/comparepage.cpp" line="+39"/>
        <source>Differences only</source>
        <translation>仅显示差异</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Chips to compare</source>
        <translation>要对比的芯片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick two to eight chips; Space ticks the current one.</source>
        <translation>勾选 2 至 8 款芯片；空格键勾选当前项。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comparison</source>
        <translation>对比结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per attribute, one column per chip; the best value of each row is marked.</source>
        <translation>每行一个属性，每列一款芯片；每行的最佳值已标出。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG image…</source>
        <translation>PNG 图像…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document…</source>
        <translation>PDF 文档…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Baseline:</source>
        <translation>基准(&amp;B)：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Chips to compare (2 to %1):</source>
        <translation>对比的芯片（2 至 %1 个）：</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>At most %1 chips side by side; untick one first.</source>
        <translation>最多并排对比 %1 款芯片；请先取消勾选一款。</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>At most %1 chips side by side; %n more left out: %2</source>
        <translation>
            <numerusform>最多并排比较 %1 款芯片；另有 %n 款未列入：%2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Systems side by side, from the Systems page; ≈ marks a figure worked out from the chip × the number of chips. Tick chips on the left to compare chips instead.</source>
        <translation>来自“系统”页的系统并排对比；≈ 表示由芯片数值 × 芯片数量推算的数字。勾选左侧的芯片即改为对比芯片。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tick at least two chips on the left, or select rows in the table and choose Chips → Compare selected.</source>
        <translation>请在左侧勾选至少两款芯片，或在表格中选中若干行后选择“芯片 → 对比所选”。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: nothing to export; pick at least two chips</source>
        <translation>%1：没有可导出的内容；请至少选择两款芯片</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Export comparison</source>
        <translation>导出对比</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <location filename="../../app/analysis/comparison.cpp" line="+310"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (baseline)</source>
        <translation>（基准）</translation>
    </message>
</context>
<context>
    <name>ComparisonHtml</name>
    <message>
        <location filename="../../app/analysis/comparisonhtml.cpp" line="+14"/>
        <source>ChipCompare comparison</source>
        <translation>芯片对比结果</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>★ and green: best known value of the row (higher or lower is better per metric; unknown values never count). — unknown. Ratios are to the baseline. Catalog of %1; every value&apos;s source is in ChipCompare.</source>
        <translation>★ 及绿色：该行已知的最佳值（按指标取较高或较低者；未知值不参与）。— 表示未知。比值相对于基准。目录日期 %1；每个数值的来源均可在芯片对比中查看。</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../app/models/comparisonmodel.cpp" line="+141"/>
        <source>%1: not given for the system; the chip&apos;s figure × the number of chips</source>
        <translation>%1：系统未公布此数值；为芯片数值 × 芯片数量</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(baseline)</source>
        <translation>（基准）</translation>
    </message>
</context>
<context>
    <name>Confidence</name>
    <message>
        <location filename="../../app/core/confidence.cpp" line="+39"/>
        <source>official</source>
        <translation>官方</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reported</source>
        <translation>报道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rumored</source>
        <translation>传闻</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>estimate</source>
        <translation>估计</translation>
    </message>
</context>
<context>
    <name>ConfidencePolicy</name>
    <message>
        <location filename="../../app/core/confidencepolicy.cpp" line="+45"/>
        <source>&apos;official&apos; needs the vendor&apos;s own datasheet, page or statement (or the vendor&apos;s paper); source &apos;%1&apos; is %2: use &apos;reported&apos; or cite the vendor</source>
        <translation>“official”须以厂商自己的数据手册、网页或声明（或厂商论文）为据；来源“%1”是%2：请改用“reported”或引用厂商来源</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;reported&apos; cannot rest on a %1 (source &apos;%2&apos;): use &apos;rumored&apos; or cite press, a database or the vendor</source>
        <translation>“reported”不能以%1为据（来源“%2”）：请改用“rumored”，或引用媒体、数据库或厂商来源</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;reported&apos; cannot rest on source &apos;%1&apos;, which is flagged as unreliable: use &apos;rumored&apos; or cite a better source</source>
        <translation>“reported”不能以被标为不可靠的来源“%1”为据：请改用“rumored”或引用更好的来源</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an estimate says in its note how it was computed</source>
        <translation>估计值须在备注中说明计算方法</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>source &apos;%1&apos; has no kind (vendor, paper, database, press, analyst, compilation, blog, retailer or leak)</source>
        <translation>来源“%1”没有类型（vendor、paper、database、press、analyst、compilation、blog、retailer 或 leak）</translation>
    </message>
</context>
<context>
    <name>CudaCompat</name>
    <message>
        <location filename="../../app/core/chip.cpp" line="+50"/>
        <source>native</source>
        <translation>原生</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>source-compatible</source>
        <translation>源码兼容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>不兼容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>DataQualityModel</name>
    <message>
        <location filename="../../app/models/dataqualitymodel.cpp" line="+81"/>
        <source>Chip</source>
        <translation>芯片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>Derived</name>
    <message>
        <location filename="../../app/analysis/derivedmetrics.cpp" line="+135"/>
        <source>3A090.a.1 (est.)</source>
        <translation>3A090.a.1（估）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3A090.a.2 (est.)</source>
        <translation>3A090.a.2（估）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3A090.b.1 (est.)</source>
        <translation>3A090.b.1（估）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3A090.b.2 (est.)</source>
        <translation>3A090.b.2（估）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>below 3A090 (est.)</source>
        <translation>低于 3A090（估）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>undetermined: die area unknown</source>
        <translation>无法确定：芯片面积未知</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../app/widgets/detailspanel.cpp" line="+43"/>
        <location line="+5"/>
        <source>Select a chip to see every value with its source.</source>
        <translation>选择一款芯片，查看每个数值及其来源。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Read-only (not in your catalog).</source>
        <translation>只读（不在你的目录中）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy to my catalog</source>
        <translation>复制到我的目录</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is hidden by the filters. Select a chip in the table to see its values.</source>
        <translation>%1 已被筛选条件隐藏。请在表格中选择芯片以查看其数值。</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Export rule</source>
        <translation>出口规则</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>In your catalog: click edit, or double-click a cell in the table.</source>
        <translation>在你的目录中：点击“编辑”，或在表格中双击单元格。</translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="vanished">ID</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="vanished">厂商</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation type="vanished">发布年份</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">状态</translation>
    </message>
    <message>
        <source>Foundry / process</source>
        <translation type="vanished">代工厂 / 工艺</translation>
    </message>
    <message>
        <source>Memory type</source>
        <translation type="vanished">显存类型</translation>
    </message>
    <message>
        <source>Interconnect</source>
        <translation type="vanished">互连</translation>
    </message>
    <message>
        <source>Software stack</source>
        <translation type="vanished">软件栈</translation>
    </message>
    <message>
        <source>CUDA compatibility</source>
        <translation type="vanished">CUDA 兼容性</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Numbers</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>other source:</source>
        <translation>其他来源：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>also:</source>
        <translation>另见：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Software support</source>
        <translation>软件支持</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="vanished">备注</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your columns</source>
        <translation>自定义列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All sources of this chip</source>
        <translation>本芯片的全部来源</translation>
    </message>
</context>
<context>
    <name>DocumentExport</name>
    <message>
        <location filename="../../app/charts/documentexport.cpp" line="+56"/>
        <source>%1: unsupported file type; use .png or .pdf</source>
        <translation>%1：不支持的文件类型；请使用 .png 或 .pdf</translation>
    </message>
</context>
<context>
    <name>EcosystemModel</name>
    <message>
        <location filename="../../app/models/ecosystemmodel.cpp" line="+89"/>
        <source>No software stack recorded</source>
        <translation>未记录软件栈</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>CUDA compatibility of %1: %2. Sources: see the chip&apos;s details.</source>
        <translation>%1 的 CUDA 兼容性：%2。来源：见该芯片的详情。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>plugin: %1</source>
        <translation>插件：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown: no source in the catalog says.</source>
        <translation>未知：目录中没有来源提及。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Chip</source>
        <translation>芯片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vendor stack</source>
        <translation>厂商软件栈</translation>
    </message>
</context>
<context>
    <name>EcosystemPage</name>
    <message>
        <location filename="../../app/widgets/ecosystempage.cpp" line="+26"/>
        <source>Software support per chip</source>
        <translation>各芯片的软件支持</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per chip: CUDA compatibility, software stack, and each framework&apos;s support.</source>
        <translation>每行一款芯片：CUDA 兼容性、软件栈以及各框架的支持情况。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>native</source>
        <translation>原生</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plugin or fork (CUDA: source-compatible)</source>
        <translation>插件或分支（CUDA：源码兼容）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>不支持</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>?  unknown: no source says. Hover a cell for its source.</source>
        <translation>?  未知：没有来源说明。悬停单元格查看来源。</translation>
    </message>
</context>
<context>
    <name>ExportRules</name>
    <message>
        <location filename="../../app/analysis/exportrules.cpp" line="+71"/>
        <source>named by the rule</source>
        <translation>规则中点名</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2, from %3)</source>
        <translation>%1（%2，自 %3 起）</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../app/widgets/filterbar.cpp" line="+17"/>
        <source>Ve&amp;ndor</source>
        <translation>厂商(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Memory</source>
        <translation>显存(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;lear filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search names, vendors, software, notes…</source>
        <translation>搜索名称、厂商、软件、备注…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search chips</source>
        <translation>搜索芯片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the chips whose names, vendor, software stack or notes contain the text.</source>
        <translation>显示名称、厂商、软件栈或备注中包含该文字的芯片。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>2020..2026</source>
        <translation>2020..2026</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Years announced</source>
        <translation>发布年份</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>memory-gb&gt;=64</source>
        <translation>memory-gb&gt;=64</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conditions on metrics</source>
        <translation>指标条件</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+4"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>%1 of %n chip(s)</source>
        <translation>
            <numerusform>%1 / %n 款芯片</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Not applied: %1</source>
        <translation>未应用：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only chips announced in these years: 2020..2026, 2020.., ..2026 or 2024.</source>
        <translation>只显示这些年份发布的芯片：2020..2026、2020..、..2026 或 2024。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only chips whose metrics meet these conditions, comma-separated: memory-gb&gt;=64, tdp-w&lt;=700 (canonical units: GB, GB/s, TFLOPS, W). A chip whose value is unknown does not meet them.</source>
        <translation>只显示指标满足这些条件的芯片，用逗号分隔：memory-gb&gt;=64, tdp-w&lt;=700（标准单位：GB、GB/s、TFLOPS、W）。数值未知的芯片不满足条件。</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <location filename="../../app/widgets/guiapp.cpp" line="+38"/>
        <source>Compare AI accelerators: a sourced catalog in a table, charts and side-by-side comparisons.
Run &apos;chipcompare help&apos; for the command-line tools (list, check, ...).
The window follows the system language (English, Chinese); the command-line tools print English, which scripts can rely on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Catalog files to merge over the built-in one; the window edits the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge a catalog FILE over the built-in one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the main window as a PNG to OUT and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window size for --screenshot (default 1600x900).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the Compare page on these chips, or these systems (comma-separated ids).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interface language, e.g. zh_CN (default: View &gt; Language, else the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page to show first: table, chart, compare, systems, ecosystem or llm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No display found (DISPLAY and WAYLAND_DISPLAY are unset), so the window cannot open.
The command line works without one:

</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdMap</name>
    <message>
        <location filename="../../app/io/idmap.cpp" line="+20"/>
        <source>%1: cannot read the id map: %2</source>
        <translation>%1：无法读取 ID 对照表：%2</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+6"/>
        <source>%1:%2: expected two chip ids, found %3</source>
        <translation>%1:%2：应为两个芯片 ID，实际为 %3 个</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1:%2: &apos;%3&apos; is not a chip id (lowercase letters, digits and hyphens)</source>
        <translation>%1:%2：“%3”不是芯片 ID（只能含小写字母、数字和连字符）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1:%2: &apos;%3&apos; is mapped to itself</source>
        <translation>%1:%2：“%3”被映射到自身</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/widgets/importdialog.cpp" line="+42"/>
        <source>Field names run down the first column (&amp;transpose)</source>
        <translation>字段名位于第一列（转置）(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;heet:</source>
        <translation>工作表(&amp;H)：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+146"/>
        <source>Imported from %1</source>
        <translation>导入自 %1</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Source of every value (a link column, where the sheet has one, wins)</source>
        <translation>每个数值的来源（表格中若有链接列，以其为准）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Publisher:</source>
        <translation>发布者(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Read on:</source>
        <translation>阅读日期(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Confidence:</source>
        <translation>置信度(&amp;C)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the imported catalog</source>
        <translation>保存导入的目录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ChipCompare catalogs (*.json)</source>
        <translation>芯片对比目录 (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save as:</source>
        <translation>另存为(&amp;S)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The first rows of %1, what each column holds (change it in the Field and Unit columns), and what the import takes:</source>
        <translation>%1 的前几行、每列的内容（可在“字段”和“单位”列中修改），以及导入将采用的数据：</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="vanished">%1：无法打开：%2</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1:%2: %3</source>
        <translation>%1:%2：%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+6"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Choose where to save the imported catalog.</source>
        <translation>请选择导入目录的保存位置。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is the file being imported; save the catalog under another name.</source>
        <translation>%1 是正在导入的文件；请用其他文件名保存目录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace file?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 exists. Replace it with the imported catalog?</source>
        <translation>%1 已存在。是否用导入的目录替换它？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
</context>
<context>
    <name>LegendBar</name>
    <message>
        <location filename="../../app/widgets/legendbar.cpp" line="+20"/>
        <source>sources disagree (hover for all values)</source>
        <translation>来源不一致（悬停查看全部数值）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1,000</source>
        <translation>1,000</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rumored or estimate</source>
        <translation>传闻或估计</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>ListTable</name>
    <message>
        <source>Id</source>
        <translation type="vanished">ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">名称</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="vanished">厂商</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="vanished">国家/地区</translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="vanished">年份</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">状态</translation>
    </message>
    <message>
        <source>Memory type</source>
        <translation type="vanished">显存类型</translation>
    </message>
    <message>
        <location filename="../../app/analysis/listtable.cpp" line="+84"/>
        <location line="+72"/>
        <source>confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>CUDA</source>
        <translation type="vanished">CUDA</translation>
    </message>
    <message>
        <source>Software stack</source>
        <translation type="vanished">软件栈</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>origin</source>
        <translation>来源文件</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>3A090 band (estimate)</source>
        <translation>3A090 档位（估计）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3A090 band</source>
        <translation>3A090 档位</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Export rule</source>
        <translation>出口规则</translation>
    </message>
</context>
<context>
    <name>LlmFit</name>
    <message>
        <location filename="../../app/analysis/llmfit.cpp" line="+54"/>
        <source>the parameter count must be a positive number</source>
        <translation>参数量必须为正数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the active parameter count must be a positive number</source>
        <translation>激活参数量必须为正数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>active parameters cannot exceed the total parameters</source>
        <translation>激活参数量不能超过总参数量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the usable memory fraction must be above 0 and at most 1</source>
        <translation>可用显存比例必须大于 0 且不超过 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the most chips must be 0 (no limit) or a positive whole number</source>
        <translation>芯片数上限必须为 0（不限）或正整数</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>chips_needed = ceil(parameters × bytes per parameter / (memory capacity × usable fraction))</source>
        <translation>chips_needed = ceil(参数量 × 每参数字节数 / (显存容量 × 可用比例))</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>decode_tokens_per_s_upper = chips_needed × memory bandwidth (bytes/s) / (active parameters × bytes per parameter) — an upper bound for single-stream decode: weights only, perfect bandwidth use</source>
        <translation>decode_tokens_per_s_upper = chips_needed × 显存带宽（字节/秒）/ (激活参数量 × 每参数字节数)——单流解码的上限：只计权重，带宽利用率按 100% 计</translation>
    </message>
</context>
<context>
    <name>LlmFitModel</name>
    <message numerus="yes">
        <location filename="../../app/models/llmfitmodel.cpp" line="+90"/>
        <source>needs &gt; %Ln chip(s)</source>
        <translation>
            <numerusform>需要 &gt; %Ln 款芯片</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Needs %1 chips, more than the limit of %2: not ranked. Raise &quot;Most chips&quot; to rank it.</source>
        <translation>需要 %1 款芯片，超过上限 %2：不参与排名。提高“最多芯片数”即可排名。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown: memory capacity or bandwidth is unknown.</source>
        <translation>未知：显存容量或带宽未知。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown: memory capacity is unknown.</source>
        <translation>未知：显存容量未知。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Chip</source>
        <translation>芯片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chips needed</source>
        <translation>所需芯片数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decode tokens/s
(upper bound)</source>
        <translation>解码 token/s
（上限）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory
(GB)</source>
        <translation>显存
(GB)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bandwidth
(GB/s)</source>
        <translation>带宽
(GB/s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weights
(GB)</source>
        <translation>权重
(GB)</translation>
    </message>
</context>
<context>
    <name>LlmFitPage</name>
    <message>
        <location filename="../../app/widgets/llmfitpage.cpp" line="+41"/>
        <source>Show chart</source>
        <translation>显示图表</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> B</source>
        <translation> B</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>LLM fit per chip</source>
        <translation>各芯片的大模型适配</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per chip: chips needed for the model&apos;s weights and the decode upper bound.</source>
        <translation>每行一款芯片：容纳模型权重所需的芯片数和解码上限。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most chips one deployment may use (8: one server). Chips that need more are listed last, without a decode bound.</source>
        <translation>一次部署最多可用的芯片数（8：一台服务器）。需要更多芯片的排在最后，不给出解码上限。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Parameters:</source>
        <translation>参数量：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active per token:</source>
        <translation>每 token 激活：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weights:</source>
        <translation>权重精度：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usable memory fraction:</source>
        <translation>可用显存比例：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Most chips:</source>
        <translation>最多芯片数(&amp;M)：</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>%1B-parameter model</source>
        <translation>%1B 参数模型</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decode upper bound, %1, %2 weights</source>
        <translation>解码上限，%1，%2 权重</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tokens/s</source>
        <translation>token/s</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>Chips that need more than %Ln chip(s) have no decode bound (n/a).</source>
        <translation>
            <numerusform>需要超过 %Ln 款芯片的型号没有解码上限（n/a）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="+68"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalog problems</source>
        <translation>目录问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+311"/>
        <source>Data quality</source>
        <translation>数据质量</translation>
    </message>
    <message>
        <location line="-307"/>
        <location filename="../../app/widgets/mainwindowfile.cpp" line="+29"/>
        <source>ChipCompare</source>
        <translation>芯片对比</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Systems</source>
        <translation>系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ecosystem</source>
        <translation>生态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LLM fit</source>
        <translation>大模型适配</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Catalog loading progress</source>
        <translation>目录加载进度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel loading</source>
        <translation>取消加载</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This column is worked out from other values; edit those instead.</source>
        <translation>此列由其他数值计算得出；请编辑那些数值。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built-in chips are read-only. Chips → Copy to my catalog makes an editable copy that replaces it.</source>
        <translation>内置芯片为只读。“芯片 → 复制到我的目录”会生成一个可编辑的副本来替代它。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Merge policy</source>
        <translation>合并策略(&amp;M)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Merge &amp;report…</source>
        <translation>合并报告(&amp;R)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New catalog</source>
        <translation>新建目录(&amp;N)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open catalog…</source>
        <translation>打开目录(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lose my catalog</source>
        <translation>关闭我的目录(&amp;L)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Import table…</source>
        <translation>导入表格(&amp;I)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export table as &amp;CSV…</source>
        <translation>将表格导出为 &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export c&amp;hart…</source>
        <translation>导出图表(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y chart to clipboard</source>
        <translation>复制图表到剪贴板(&amp;Y)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reset layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore filters at &amp;start</source>
        <translation>启动时恢复筛选(&amp;S)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The language changes at the next start.</source>
        <translation>语言将在下次启动时更改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear &amp;filters</source>
        <translation>清除筛选(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Chips</source>
        <translation>芯片(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare selected</source>
        <translation>对比所选(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find the same chip under other &amp;ids…</source>
        <translation>查找其他 ID 下的同一芯片(&amp;I)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add chip…</source>
        <translation>添加芯片(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate chip</source>
        <translation>复制芯片(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete from my catalog</source>
        <translation>从我的目录中删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Co&amp;py to my catalog</source>
        <translation>复制到我的目录(&amp;P)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ChipCompare</source>
        <translation>关于 ChipCompare(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About ChipCompare</source>
        <translation>关于芯片对比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;ChipCompare %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Compare AI accelerators with every number sourced: confidence, disagreeing sources and exact units.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;芯片对比 %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;对比 AI 加速芯片，每个数字都有来源：置信度、相互矛盾的来源以及精确的单位。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Built-in catalog of %1: %2, %3. Every value names its source (hover it, or see the details panel); the README&apos;s &quot;Where the numbers come from&quot; tells how they were checked.&lt;/p&gt;</source>
        <translation>&lt;p&gt;内置目录（%1）：%2，%3。每个数值都注明来源（悬停查看，或见详情面板）；README 的“Where the numbers come from”一节说明了核查方法。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;Licence: MIT. Qt %1 (built with %2).&lt;/p&gt;</source>
        <translation>&lt;p&gt;许可证：MIT。Qt %1（构建时为 %2）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Data quality (%1)</source>
        <translation>数据质量（%1）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Panels and table columns are back as they first were.</source>
        <translation>面板和表格列已恢复为初始状态。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Catalog of %1 · %2 · %3</source>
        <translation>目录日期 %1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+274"/>
        <source>Tables (*.csv *.tsv *.txt *.json *.xlsx *.ods);;All files (*)</source>
        <translation>表格 (*.csv *.tsv *.txt *.json *.xlsx *.ods);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <location line="-347"/>
        <location line="+74"/>
        <source>%n chip(s)</source>
        <translation>
            <numerusform>%n 款芯片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-73"/>
        <location line="+74"/>
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n 个来源</numerusform>
        </translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Loading %1: %p%</source>
        <translation>正在加载 %1：%p%</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Loading %1 cancelled; the catalog in use is unchanged.</source>
        <translation>已取消加载 %1；正在使用的目录未改变。</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%1 has %n problem(s) and was not loaded; the catalog in use is unchanged.</source>
        <translation>
            <numerusform>%1 有 %n 个问题，未加载；当前目录保持不变。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Loaded %1: %n chip(s) merged over the built-in catalog</source>
        <translation>
            <numerusform>已加载 %1：%n 款芯片已合并到内置目录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>replaces %n built-in chip(s): %1</source>
        <translation>
            <numerusform>替换了 %n 款内置芯片：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n warning(s) in the problems panel</source>
        <translation>
            <numerusform>问题面板中有 %n 条警告</numerusform>
        </translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Open catalog</source>
        <translation>打开目录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ChipCompare catalogs (*.json);;All files (*)</source>
        <translation>芯片对比目录 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Catalog not loaded</source>
        <translation>目录未加载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has problems, listed in the Catalog problems panel. The catalog in use is unchanged.</source>
        <translation>%1 有问题，已列在“目录问题”面板中。当前使用的目录未改变。</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n value(s) differ from the built-in ones (File → Merge report)</source>
        <translation>
            <numerusform>%n 个数值与内置目录不同（文件 → 合并报告）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Import a table</source>
        <translation>导入表格</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation type="vanished">表格 (*.csv *.tsv *.txt *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>built-in catalog</source>
        <translation>内置目录</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Export table as CSV</source>
        <translation>将表格导出为 CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+41"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+41"/>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Select two to %1 rows in the table to compare them.</source>
        <translation>请在表格中选择 2 至 %1 行进行对比。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG vector image (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Chart copied to the clipboard</source>
        <translation>图表已复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindowedit.cpp" line="+44"/>
        <location line="+26"/>
        <source>Edit %1 of %2</source>
        <translation>编辑 %2 的%1</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 was not changed:
%3</source>
        <translation>%2 的%1未更改：
%3</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 of %2</source>
        <translation>%2 的%1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Add chip</source>
        <translation>添加芯片</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the new chip:</source>
        <translation>新芯片的名称：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Chip not added</source>
        <translation>芯片未添加</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added %1 (id %2) to %3; double-click a cell to fill it in.</source>
        <translation>已将 %1（id %2）添加到 %3；双击单元格即可填写。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Built-in chips cannot be deleted; filters hide them.</source>
        <translation>内置芯片无法删除；可用筛选将其隐藏。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Deleted %n chip(s) from %1; Edit → Undo brings them back.</source>
        <translation>
            <numerusform>已从 %1 删除 %n 款芯片；“编辑 → 撤销”可恢复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Copied %n chip(s) to %1: edit them there; they replace the built-in ones.</source>
        <translation>
            <numerusform>已将 %n 款芯片复制到 %1：可在此编辑，它们将替代内置芯片。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Find the same chip under other ids</source>
        <translation>查找其他 ID 下的同一芯片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open or import your catalog first: its chips are paired with those of the catalogs before it (the built-in one, and any opened as reference).</source>
        <translation>请先打开或导入您的目录：其芯片会与之前的目录（内置目录，以及作为参考打开的目录）中的芯片配对。</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Join %n chip(s) to the same chip under another id</source>
        <translation>
            <numerusform>将 %n 个芯片并入其他 ID 下的同一芯片</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Join %1 to %2</source>
        <translation>将 %1 并入 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not joined</source>
        <translation>未合并</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Joined %n chip(s); Edit → Undo takes it back.</source>
        <translation>
            <numerusform>已合并 %n 个芯片；“编辑 → 撤销”可还原。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindowfile.cpp" line="-1"/>
        <source>%1[*] — ChipCompare</source>
        <translation>%1[*] — 芯片对比</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1
Your changes are still open.</source>
        <translation>%1
你的修改仍保留在窗口中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save catalog</source>
        <translation>保存目录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ChipCompare catalogs (*.json)</source>
        <translation>芯片对比目录 (*.json)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has unsaved changes. Save them first?</source>
        <translation>%1 有未保存的修改。是否先保存？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Discard changes</source>
        <translation>放弃修改(&amp;D)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Clear the list</source>
        <translation>清空列表(&amp;C)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an untitled catalog</source>
        <translation>未命名目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recover unsaved changes?</source>
        <translation>恢复未保存的修改？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ChipCompare closed without saving changes to %1 (autosaved %2). Recover them?</source>
        <translation>芯片对比上次关闭时未保存对 %1 的修改（自动保存于 %2）。是否恢复？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Recover</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard them</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The recovery copy could not be read; it is kept as %1.</source>
        <translation>无法读取恢复副本；已将其保留为 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recovered unsaved changes to %1; save them to keep them.</source>
        <translation>已恢复对 %1 的未保存修改；请保存以保留它们。</translation>
    </message>
</context>
<context>
    <name>MatchDialog</name>
    <message>
        <location filename="../../app/widgets/matchdialog.cpp" line="+28"/>
        <source>&amp;Join ticked pairs</source>
        <translation>合并勾选的配对(&amp;J)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same chip under other ids</source>
        <translation>其他 ID 下的同一芯片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join</source>
        <translation>合并</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your chip</source>
        <translation>您的芯片</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Same as</source>
        <translation>等同于</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>依据</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No chip of your catalog (%1 chips) looks like a chip of the catalogs before it under another id.</source>
        <translation>您的目录（%1 个芯片）中没有芯片看起来像之前目录中其他 ID 下的芯片。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n likely pair(s) between your catalog and the catalogs before it. Tick the pairs that are the same chip: joining gives your chip the other&apos;s id as an alias, and the two merge field by field (Edit → Undo takes it back).</source>
        <translation>
            <numerusform>您的目录与之前的目录之间有 %n 个可能的配对。勾选确为同一芯片的配对：合并会把对方的 ID 作为别名加到您的芯片上，两者逐字段合并（“编辑 → 撤销”可还原）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Likely pairs of chips</source>
        <translation>可能的芯片配对</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tick the &amp;best of each</source>
        <translation>为每个芯片勾选最佳配对(&amp;B)</translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message>
        <location filename="../../app/widgets/mergereportdialog.cpp" line="+20"/>
        <source>Merge report</source>
        <translation>合并报告</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Values that differ between the merged catalogs</source>
        <translation>合并的目录之间不同的数值</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Merge policy: %1.</source>
        <translation>合并策略：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only one catalog is in use: nothing was merged.</source>
        <translation>只使用了一个目录：没有合并。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No value differs between the catalogs merged (%1).</source>
        <translation>合并的目录（%1）之间没有不同的数值。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n value(s) differ</source>
        <translation>
            <numerusform>%n 个数值不同</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n chip(s)</source>
        <translation>
            <numerusform>涉及 %n 款芯片</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>between the catalogs merged (%1).</source>
        <translation>（合并的目录：%1）。</translation>
    </message>
</context>
<context>
    <name>MergeReportModel</name>
    <message>
        <location filename="../../app/models/mergereportmodel.cpp" line="+46"/>
        <location line="+2"/>
        <source>From %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>later (%1)</source>
        <translation>后者（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>earlier (%1)</source>
        <translation>前者（%1）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Chip</source>
        <translation>芯片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier value</source>
        <translation>前一个值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later value</source>
        <translation>后一个值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown</source>
        <translation>显示的值</translation>
    </message>
</context>
<context>
    <name>Metric</name>
    <message>
        <location filename="../../app/analysis/metrics.cpp" line="+71"/>
        <source>Bandwidth per GB</source>
        <translation>每 GB 带宽</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>memory bandwidth (GB/s) / memory capacity (GB)</source>
        <translation>显存带宽 (GB/s) / 显存容量 (GB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ridge point (BF16)</source>
        <translation>屋脊点 (BF16)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>peak dense BF16 FLOP/s / memory bandwidth (bytes/s); work below this arithmetic intensity, such as LLM decode, is memory-bound, so lower suits it better</source>
        <translation>稠密 BF16 峰值 FLOP/s / 显存带宽（字节/秒）；算术强度低于此值的负载（如大模型解码）受带宽限制，因此该值越低越适合</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>BF16 per watt</source>
        <translation>每瓦 BF16</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>peak dense BF16 TFLOPS / TDP (W)</source>
        <translation>稠密 BF16 峰值 TFLOPS / TDP (W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TPP</source>
        <translation>TPP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>US export-control Total Processing Performance: the largest of dense BF16/FP16 TFLOPS × 16, FP8 TFLOPS × 8 and INT8 TOPS × 8</source>
        <translation>美国出口管制的总处理性能（TPP）：取稠密 BF16/FP16 TFLOPS × 16、FP8 TFLOPS × 8 与 INT8 TOPS × 8 中的最大者</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Performance density</source>
        <translation>性能密度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TPP / logic die area (mm²)</source>
        <translation>TPP / 逻辑芯片面积 (mm²)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Price per BF16 TFLOPS</source>
        <translation>每 BF16 TFLOPS 价格</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>launch price (USD) / peak dense BF16 TFLOPS</source>
        <translation>发布价格（美元）/ 稠密 BF16 峰值 TFLOPS</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compute</source>
        <translation>算力</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Power</source>
        <translation>功耗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Silicon</source>
        <translation>芯片工艺</translation>
    </message>
</context>
<context>
    <name>MultiSelectButton</name>
    <message>
        <location filename="../../app/widgets/multiselectbutton.cpp" line="+98"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n selected</source>
        <translation>
            <numerusform>已选 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumberEditorDialog</name>
    <message>
        <location filename="../../app/widgets/numbereditordialog.cpp" line="+54"/>
        <source>&amp;Add another source&apos;s value</source>
        <translation>添加另一来源的数值(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this &amp;one</source>
        <translation>显示此值(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New source…</source>
        <translation>新建来源(&amp;N)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2</source>
        <translation>%2 的%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>which variant, why this source differs, …</source>
        <translation>哪个型号、该来源为何不同……</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Each source&apos;s value, in the unit it printed; the first is the one shown, the others stay visible as disagreeing sources. Units convert to %1.</source>
        <translation>各来源给出的数值，按其原始单位记录；第一个为显示值，其余作为不一致的来源保留可见。单位统一换算为 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Value:</source>
        <translation>数值(&amp;V)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Confidence:</source>
        <translation>置信度(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Make &amp;unknown</source>
        <translation>设为未知(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove every value: the chip&apos;s %1 becomes unknown (a dash)</source>
        <translation>移除所有数值：该芯片的%1将变为未知（显示为破折号）</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Shown</source>
        <translation>显示值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Also reported</source>
        <translation>其他来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no value yet)</source>
        <translation>（尚无数值）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no source</source>
        <translation>无来源</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The shown value</source>
        <translation>显示值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value %1</source>
        <translation>数值 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: &quot;%2&quot; is not a positive number. Leave a value out with Remove, or make the whole field unknown.</source>
        <translation>%1：“%2”不是正数。可用“移除”去掉该数值，或将整个字段设为未知。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 is not a unit of %3</source>
        <translation>%1：%2 不是%3的单位</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: choose its source, or define a new one.</source>
        <translation>%1：请选择其来源，或新建一个来源。</translation>
    </message>
</context>
<context>
    <name>PngOptionsDialog</name>
    <message>
        <location filename="../../app/widgets/pngoptionsdialog.cpp" line="+16"/>
        <source>PNG size</source>
        <translation>PNG 尺寸</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Width:</source>
        <translation>宽度：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height:</source>
        <translation>高度：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale (text size):</source>
        <translation>缩放（文字大小）：</translation>
    </message>
</context>
<context>
    <name>ProvenanceText</name>
    <message>
        <location filename="../../app/models/provenancetext.cpp" line="+59"/>
        <source>as printed: %1 %2</source>
        <translation>原文：%1 %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown: an input is unknown.</source>
        <translation>未知：某个输入值未知。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computed: %1</source>
        <translation>计算方式：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidence: %1, the weakest of its inputs</source>
        <translation>置信度：%1（取其输入中最弱者）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unknown: no source in the catalog gives this value.</source>
        <translation>未知：目录中没有来源给出此数值。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence: %1</source>
        <translation>置信度：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other sources disagree:</source>
        <translation>其他来源有不同说法：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other sources agree:</source>
        <translation>其他来源一致：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>from %1</source>
        <translation>来自 %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/charts/chartbuilder.cpp" line="+218"/>
        <source>n/a</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location line="+267"/>
        <source>selected</source>
        <translation>已选</translation>
    </message>
</context>
<context>
    <name>ReferenceCheck</name>
    <message>
        <location filename="../../app/importer/referencecheck.cpp" line="+40"/>
        <source>a sparse figure?</source>
        <translation>稀疏算力？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>half: one die of two, or the reference&apos;s figure sparse?</source>
        <translation>一半：两个裸片之一，还是参考值为稀疏算力？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bits read as bytes?</source>
        <translation>把比特当成字节？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bytes read as bits?</source>
        <translation>把字节当成比特？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MB read as GB, or GFLOPS as TFLOPS?</source>
        <translation>把 MB 当成 GB，或把 GFLOPS 当成 TFLOPS？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GB read as MB, or TFLOPS as GFLOPS?</source>
        <translation>把 GB 当成 MB，或把 TFLOPS 当成 GFLOPS？</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 %2 %3 %4 here, %5 %4 in the %6 (%7×): %8</source>
        <translation>%1 %2：此处为 %3 %4，%6中为 %5 %4（%7×）：%8</translation>
    </message>
</context>
<context>
    <name>SizeSpec</name>
    <message>
        <location filename="../../app/io/sizespec.cpp" line="+15"/>
        <source>size &apos;%1&apos; is not of the form WIDTHxHEIGHT, e.g. 1600x900</source>
        <translation>尺寸“%1”不符合 宽x高 格式，例如 1600x900</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>size %1x%2 is out of range; use %3x%4 up to %5x%6</source>
        <translation>尺寸 %1x%2 超出范围；请使用 %3x%4 至 %5x%6</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../app/widgets/sourcedialog.cpp" line="+25"/>
        <source>New source</source>
        <translation>新建来源</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. acme-datasheet-2025</source>
        <translation>例如 acme-datasheet-2025</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Id:</source>
        <translation>ID(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link:</source>
        <translation>链接(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Publisher:</source>
        <translation>发布者(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accessed:</source>
        <translation>访问日期(&amp;A)：</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The id must be lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, such as acme-datasheet.</source>
        <translation>ID 只能包含小写字母、数字、“.”、“_”或“-”，例如 acme-datasheet。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A source with the id &apos;%1&apos; exists already; pick it from the list instead.</source>
        <translation>已有 ID 为“%1”的来源；请从列表中选择它。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A source needs a title, as it would be cited.</source>
        <translation>来源需要一个标题，即引用时的写法。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose what kind of publication the source is: it decides which confidence its numbers can carry.</source>
        <translation>请选择来源的出版物类型：它决定其数值可以具有的置信度。</translation>
    </message>
</context>
<context>
    <name>SourceKind</name>
    <message>
        <location filename="../../app/core/source.cpp" line="+58"/>
        <source>vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paper</source>
        <translation>论文</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>press</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>analyst</source>
        <translation>分析机构</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compilation</source>
        <translation>汇编</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>blog</source>
        <translation>博客</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>retailer</source>
        <translation>零售商</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>leak</source>
        <translation>爆料</translation>
    </message>
</context>
<context>
    <name>SpecField</name>
    <message>
        <location filename="../../app/core/chipfields.cpp" line="-182"/>
        <source>Memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Memory bandwidth</source>
        <translation>显存带宽</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BF16/FP16 dense</source>
        <translation>BF16/FP16 稠密</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FP8 dense</source>
        <translation>FP8 稠密</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>INT8 dense</source>
        <translation>INT8 稠密</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TDP</source>
        <translation>TDP</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Die area</source>
        <translation>芯片面积</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interconnect bandwidth</source>
        <translation>互连带宽</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FP32 (vector)</source>
        <translation>FP32（向量）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FP64 (vector)</source>
        <translation>FP64（向量）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FP4 dense</source>
        <translation>FP4 稠密</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Launch price</source>
        <translation>发布价格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transistors</source>
        <translation>晶体管数</translation>
    </message>
</context>
<context>
    <name>SpreadsheetReader</name>
    <message>
        <location filename="../../app/io/sheetgrid.cpp" line="+28"/>
        <source>its part &apos;%1&apos; is not well-formed XML (line %2: %3)</source>
        <translation>其部件“%1”不是格式正确的 XML（第 %2 行：%3）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its sheet &apos;%1&apos; is empty</source>
        <translation>其工作表“%1”为空</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its sheet &apos;%1&apos; holds more than %2 cells; save the chips&apos; part as CSV</source>
        <translation>其工作表“%1”超过 %2 个单元格；请将芯片部分另存为 CSV</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>holds no sheet</source>
        <translation>不含任何工作表</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>has no sheet &apos;%1&apos;; its sheets: %2</source>
        <translation>没有工作表“%1”；其工作表：%2</translation>
    </message>
    <message>
        <location filename="../../app/io/xlsxreader.cpp" line="+142"/>
        <source>is not a readable .xlsx workbook: %1</source>
        <translation>不是可读取的 .xlsx 工作簿：%1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>its sheet &apos;%1&apos;: %2</source>
        <translation>其工作表“%1”：%2</translation>
    </message>
    <message>
        <location filename="../../app/io/odsreader.cpp" line="+56"/>
        <source>is not a readable .ods spreadsheet: %1</source>
        <translation>不是可读取的 .ods 电子表格：%1</translation>
    </message>
    <message>
        <location filename="../../app/io/spreadsheetreader.cpp" line="+24"/>
        <source>is not a readable .xlsx or .ods file (not a zip archive)</source>
        <translation>不是可读取的 .xlsx 或 .ods 文件（不是 zip 压缩包）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is a zip archive, but neither an .xlsx workbook nor an .ods spreadsheet</source>
        <translation>是 zip 压缩包，但既不是 .xlsx 工作簿也不是 .ods 电子表格</translation>
    </message>
</context>
<context>
    <name>SupportLevel</name>
    <message>
        <location filename="../../app/core/chip.cpp" line="+34"/>
        <source>native</source>
        <translation>原生</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plugin or fork</source>
        <translation>插件或分支</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>不支持</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>SystemTableModel</name>
    <message>
        <location filename="../../app/models/systemtablemodel.cpp" line="+94"/>
        <source>Not given for the system: the chip&apos;s figure × %1 chips (%2), as sure as the chip&apos;s value.</source>
        <translation>系统未给出此数值：按芯片数值 × %1 颗芯片（%2）推算，可信度与该芯片数值相同。</translation>
    </message>
</context>
<context>
    <name>Systems</name>
    <message>
        <location filename="../../app/analysis/systems.cpp" line="+41"/>
        <source>Memory (TB)</source>
        <translation>显存 (TB)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory bandwidth (TB/s)</source>
        <translation>显存带宽 (TB/s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BF16 dense (PFLOPS)</source>
        <translation>BF16 稠密 (PFLOPS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FP8 dense (PFLOPS)</source>
        <translation>FP8 稠密 (PFLOPS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scale-up bandwidth (TB/s)</source>
        <translation>纵向扩展带宽 (TB/s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power (kW)</source>
        <translation>功耗 (kW)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chip</source>
        <translation>芯片</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chips</source>
        <translation>芯片数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BF16 TFLOPS per W</source>
        <translation>每瓦 BF16 TFLOPS</translation>
    </message>
</context>
<context>
    <name>SystemsChart</name>
    <message>
        <location filename="../../app/analysis/systemschart.cpp" line="+77"/>
        <source>worked out: the chip&apos;s figure × %1 chips (%2)</source>
        <translation>推算：芯片数值 × %1 颗芯片（%2）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ChipCompare catalog of %1: its systems.</source>
        <translation>ChipCompare %1 目录中的系统。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>≈ not given for the system: the chip&apos;s figure × the number of chips.</source>
        <translation>≈ 系统未给出：按芯片数值 × 芯片数量推算。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>n/a (no value): %1.</source>
        <translation>无数值：%1。</translation>
    </message>
</context>
<context>
    <name>SystemsPage</name>
    <message>
        <location filename="../../app/widgets/systemspage.cpp" line="+29"/>
        <source>&amp;Compare selected</source>
        <translation>对比所选(&amp;C)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Systems</source>
        <translation>系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per rack or supernode; figures in italics are the chip&apos;s × the number of chips.</source>
        <translation>每行一个机柜或超节点；斜体数值为芯片数值 × 芯片数量。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select two or more systems in the table (Ctrl+click) to compare them side by side</source>
        <translation>在表中选择两个或更多系统（Ctrl+单击）以并排对比</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Figure:</source>
        <translation>指标(&amp;F)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Italics in the table, ≈ on a bar: not given for the system, the chip&apos;s figure × the number of chips.</source>
        <translation>表中斜体、柱上带 ≈：系统未给出，按芯片数值 × 芯片数量推算。</translation>
    </message>
</context>
<context>
    <name>TableFiles</name>
    <message>
        <location filename="../../app/io/tablefile.cpp" line="+30"/>
        <source>holds no .json, .csv, .tsv, .xlsx or .ods file</source>
        <translation>不含 .json、.csv、.tsv、.xlsx 或 .ods 文件</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1:%2: %3</source>
        <translation>%1:%2：%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
</context>
<context>
    <name>TableImporter</name>
    <message>
        <source>no column holds the chips&apos; names (a &apos;name&apos;, &apos;model&apos;, &apos;GPU&apos; or &apos;hardware name&apos; header); headers found: %1. Name one with --map &apos;COLUMN=name&apos;</source>
        <translation type="vanished">没有列包含芯片名称（表头为“name”、“model”、“GPU”或“hardware name”）；找到的表头：%1。请用 --map &apos;列名=name&apos; 指定</translation>
    </message>
    <message>
        <location filename="../../app/importer/tableimporter.cpp" line="+210"/>
        <source>Its first column lists field names: try --transpose</source>
        <translation>其第一列列出的是字段名：请尝试 --transpose（转置）</translation>
    </message>
    <message>
        <source>%1:%2: row without a name, left out</source>
        <translation type="vanished">%1:%2：该行没有名称，已略去</translation>
    </message>
    <message>
        <source>%1:%2: a repeated header row (&apos;%3&apos;), left out</source>
        <translation type="vanished">%1:%2：重复的表头行（“%3”），已略去</translation>
    </message>
    <message>
        <location line="+312"/>
        <source>&apos;%1&apos; holds no single year from 1950 to 2100</source>
        <translation>“%1”不含 1950 至 2100 之间的单一年份</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a status (shipping, announced, reported, rumored)</source>
        <translation type="vanished">“%1”不是状态（shipping、announced、reported、rumored）</translation>
    </message>
    <message>
        <location line="-417"/>
        <source>commas in numbers are decimal commas (--decimal-comma)</source>
        <translation>数字中的逗号是小数点（--decimal-comma）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commas in numbers are decimal commas: the file is separated by semicolons</source>
        <translation>数字中的逗号是小数点：文件以分号分隔</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 of %2 rows were left out (%3): most of the table did not become chips. %4</source>
        <translation>%2 行中有 %1 行被略去（%3）：表的大部分没有成为芯片。%4</translation>
    </message>
    <message>
        <source>%1 from &apos;%2&apos;%3</source>
        <translation type="vanished">%1 个来自“%2”%3</translation>
    </message>
    <message>
        <source> (the record&apos;s key)</source>
        <translation type="vanished">（记录的键）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>names: %1</source>
        <translation>名称：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n id(s) that mean nothing outside this file (bare numbers, or rows without a usable name) were made unique with the file&apos;s name, e.g. %1; --id-prefix sets the prefix</source>
        <translation>
            <numerusform>%n 个只在本文件内有意义的 ID（纯数字，或没有可用名称的行）加上了文件名以保持唯一，例如 %1；--id-prefix 可指定前缀</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+244"/>
        <source>reference catalog</source>
        <translation>参考目录</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>the table looks transposed: its first column lists field names (%1, …) and its first row chips (&apos;%2&apos;, …). Import it with --transpose</source>
        <translation>此表似乎是转置的：第一列是字段名（%1，…），第一行是芯片（“%2”，…）。请用 --transpose 导入</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the record &apos;_header&apos; gives the fields&apos; units; it is not a chip</source>
        <translation>记录“_header”给出各字段的单位；它不是芯片</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: row without a name, left out</source>
        <translation>%1：没有名称的行，已略去</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: a repeated header row (&apos;%2&apos;), left out</source>
        <translation>%1：重复的表头行（“%2”），已略去</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>&apos;%1&apos; (%2%3)</source>
        <translation>“%1”（%2%3）</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) repeat an earlier row&apos;s chip exactly (same name, same values) and were joined to it: %1</source>
        <translation type="vanished">
            <numerusform>%n 行与前面某行的芯片完全相同（名称和数值都相同），已并入该芯片：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-15"/>
        <source>%n chip(s) with an id of the %1 (%2): loaded over it, each merges with that chip field by field; --id-prefix keeps them apart</source>
        <translation>
            <numerusform>%n 个芯片的 ID 与%1相同（%2）：载入后，每个都与该芯片逐字段合并；--id-prefix 可使它们保持分开</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n repeated row(s) joined to the earlier row&apos;s chip (same name, same values): %1</source>
        <translation>
            <numerusform>%n 个重复行已并入前面行的芯片（名称和数值都相同）：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n without a name</source>
        <translation>
            <numerusform>%n 行没有名称</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n repeated header row(s)</source>
        <translation>
            <numerusform>%n 个重复的表头行</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The column &apos;%1&apos; looks like chip names: try --map &apos;%1=name&apos;</source>
        <translation>列“%1”看起来是芯片名称：试试 --map &apos;%1=name&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the column that holds the chips&apos; names with --map &apos;COLUMN=name&apos;</source>
        <translation>用 --map &apos;COLUMN=name&apos; 指明哪一列是芯片名称</translation>
    </message>
    <message>
        <location filename="../../app/importer/namecolumn.cpp" line="+72"/>
        <source>names from &apos;%1&apos;: its values look like chip names (%2 of the %3 read)</source>
        <translation>名称取自“%1”：其值看起来是芯片名称（读取的 %3 个中有 %2 个）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; &apos;%1&apos; holds something else (e.g. &apos;%2&apos;)</source>
        <translation>；“%1”是别的内容（例如“%2”）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its values are not chip names (e.g. &apos;%1&apos;)</source>
        <translation>其值不是芯片名称（例如“%1”）</translation>
    </message>
    <message>
        <location filename="../../app/importer/tableimporter.cpp" line="-399"/>
        <source>the records&apos; keys</source>
        <translation>记录的键</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>%1 from %2</source>
        <translation>%1 个来自 %2</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>no column holds the chips&apos; names (a &apos;name&apos;, &apos;model&apos;, &apos;GPU&apos; or &apos;hardware name&apos; header); headers found: %1. %2</source>
        <translation>没有列包含芯片名称（表头为“name”、“model”、“GPU”或“hardware name”）；找到的表头：%1。%2</translation>
    </message>
    <message>
        <location line="+292"/>
        <source>%1 -&gt; %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no usable name)</source>
        <translation>（没有可用的名称）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&apos;%1&apos; is not a status (%2)</source>
        <translation>“%1”不是有效的状态（%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not native, source-compatible, none or unknown</source>
        <translation>“%1”不是 native、source-compatible、none 或 unknown</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;%1&apos; says &apos;%2&apos;: not the chip&apos;s own %3</source>
        <translation>“%1”写着“%2”：不是芯片自身的 %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+12"/>
        <source>unit &apos;%1&apos; does not fit %2</source>
        <translation>单位“%1”不适用于 %2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>unknown unit &apos;%1&apos; (known: %2)</source>
        <translation>未知单位“%1”（已知：%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; has no unit, and the header names none; add one with --map &apos;COLUMN=%2:UNIT&apos;</source>
        <translation>“%1”没有单位，表头也未注明；请用 --map &apos;列名=%2:单位&apos; 添加</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;%1&apos; does not convert to a finite positive value</source>
        <translation>“%1”无法换算为有限的正数</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>halved from the sparse figure %1 %2 (--map ...:sparse)</source>
        <translation>由稀疏数值 %1 %2 减半而来（--map …:sparse）</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+3"/>
        <source>column &apos;%1&apos;</source>
        <translation>列“%1”</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1: %2 read, %3 written to %4</source>
        <translation>%1：读取 %2，写入 %3 到 %4</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n chip(s)</source>
        <translation>
            <numerusform>%n 款芯片</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 taken, %2 skipped</source>
        <translation>采用 %1 个，跳过 %2 个</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  unmapped: %1</source>
        <translation>  未映射：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  skipped cells (%1, the first %2 listed):</source>
        <translation>  跳过的单元格（%1 个，列出前 %2 个）：</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../../app/widgets/tablepage.cpp" line="+28"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chips</source>
        <translation>芯片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per chip with its key numbers; unknown values read as a dash. Double-click a cell of your own chips to edit it.</source>
        <translation>每行一款芯片及其关键数据；未知值显示为破折号。双击你自己芯片的单元格即可编辑。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No chips match the filters.</source>
        <translation>没有符合筛选条件的芯片。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <location filename="../../app/io/tablereader.cpp" line="+133"/>
        <location line="+78"/>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>a quoted field opened on this line never closes (unterminated quote)</source>
        <translation>此行开始的引号字段没有闭合（引号未结束）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>has a header row but no data rows</source>
        <translation>只有表头行，没有数据行</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>invalid JSON: %1</source>
        <translation>无效的 JSON：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is JSON but not a table: expected an array of objects, or an object whose values are objects</source>
        <translation>是 JSON 但不是表格：应为对象数组，或值均为对象的对象</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>holds no records</source>
        <translation>不含任何记录</translation>
    </message>
    <message>
        <source>holds no .json, .csv or .tsv file</source>
        <translation type="vanished">不含 .json、.csv 或 .tsv 文件</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="vanished">%1：无法打开：%2</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation type="vanished">%1:%2：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="vanished">%1：%2</translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <location filename="../../app/io/zipreader.cpp" line="+39"/>
        <source>has no part &apos;%1&apos;</source>
        <translation>缺少部件“%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its part &apos;%1&apos; cannot be opened (a damaged or encrypted archive)</source>
        <translation>无法打开其部件“%1”（压缩包已损坏或已加密）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its part &apos;%1&apos; is larger than %2 MB</source>
        <translation>其部件“%1”大于 %2 MB</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its part &apos;%1&apos; is damaged</source>
        <translation>其部件“%1”已损坏</translation>
    </message>
</context>
</TS>
