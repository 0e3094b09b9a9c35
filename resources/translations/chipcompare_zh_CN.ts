<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AtomicFile</name>
    <message>
        <location filename="../../app/io/atomicfile.cpp" line="11" />
        <source>%1: cannot write: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../../app/core/catalog.cpp" line="86" />
        <source>the catalog this one replaced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/catalog.cpp" line="87" />
        <source>the catalog this one replaced: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CatalogReader</name>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="497" />
        <source>file is empty; a catalog is a JSON object with "format", "version" and "chips"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="510" />
        <source>the top level must be a JSON object with "format", "version" and "chips", not a single value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="519" />
        <source>invalid JSON: %1%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="520" />
        <source> (is the file truncated?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="525" />
        <source>the top level must be a JSON object with "format", "version" and "chips", not %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="526" />
        <source>an array</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="526" />
        <source>a single value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="550" />
        <source>%1 more problems not shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="568" />
        <source>cannot open: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="574" />
        <source>file is larger than %1 MiB; refusing to read it</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CellParser</name>
    <message>
        <location filename="../../app/importer/cellparser.cpp" line="54" />
        <source>'%1' holds no number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importer/cellparser.cpp" line="56" />
        <source>'%1' holds several numbers; ChipCompare never picks one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importer/cellparser.cpp" line="61" />
        <source>'%1' has a comma that is not a thousands separator; write decimals with a dot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importer/cellparser.cpp" line="64" />
        <source>'%1' is negative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importer/cellparser.cpp" line="68" />
        <source>'%1' is not a finite number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importer/cellparser.cpp" line="70" />
        <source>'%1' is zero; leave unknown values empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importer/cellparser.cpp" line="73" />
        <source>approximate, as written: '%1'</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChartData</name>
    <message numerus="yes">
        <location filename="../../app/analysis/chartdata.cpp" line="120" />
        <source>Other (%n vendor(s))</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../app/analysis/chartdata.cpp" line="153" />
        <source>Only the first %1 of %2 chips fit at this picture size; a larger size shows them all.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChartDataBuilder</name>
    <message>
        <location filename="../../app/analysis/chartdata.cpp" line="380" />
        <source>ChipCompare catalog of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/chartdata.cpp" line="385" />
        <source>Showing %1 of %2 chips with a value: the selected ones, then the largest.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/chartdata.cpp" line="386" />
        <source>Showing the %1 largest of %2 chips with a value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/chartdata.cpp" line="389" />
        <source>Showing %1 of %2 chips with both values: the extremes on each axis, the selected and compared chips, then an even spread along the x axis.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/chartdata.cpp" line="391" />
        <source>Showing %1 of %2 chips with both values: the extremes on each axis, then an even spread along the x axis.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/chartdata.cpp" line="397" />
        <source>Other (grey): vendors beyond the %1 colours of the palette, ranked by chip count.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/chartdata.cpp" line="402" />
        <source>* rumored or estimate, or computed from such a value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/chartdata.cpp" line="400" />
        <source>Sources: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/chartdata.cpp" line="404" />
        <source>† sources disagree.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/chartdata.cpp" line="411" />
        <source> and %1 more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/chartdata.cpp" line="412" />
        <source>n/a (no value): %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../../app/charts/chartexport.cpp" line="119" />
        <source>%1: unsupported file type; use .png, .svg or .pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/charts/chartexport.cpp" line="131" />
        <source>%1: could not encode the PNG</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/charts/chartexport.cpp" line="139" />
        <location filename="../../app/charts/chartexport.cpp" line="163" />
        <source>%1: cannot write: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChartPage</name>
    <message>
        <location filename="../../app/charts/chartpage.cpp" line="49" />
        <location filename="../../app/charts/chartpage.cpp" line="50" />
        <source>log</source>
        <translation>对数</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartpage.cpp" line="51" />
        <source>X:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/charts/chartpage.cpp" line="52" />
        <source>Y:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/charts/chartpage.cpp" line="53" />
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartpage.cpp" line="54" />
        <source>&amp;Most chips:</source>
        <translation>最多芯片数(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartpage.cpp" line="60" />
        <source>Bar chart</source>
        <translation>柱状图</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartpage.cpp" line="61" />
        <source>Scatter chart</source>
        <translation>散点图</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartpage.cpp" line="72" />
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartpage.cpp" line="74" />
        <source>Most chips one chart draws. Above it the chart keeps the extremes on each axis, the selected and compared chips, then an even spread; the footnote says so. Default: %1 bars or %2 points.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChipStatus</name>
    <message>
        <location filename="../../app/core/chip.cpp" line="97" />
        <source>shipping</source>
        <translation>已出货</translation>
    </message>
    <message>
        <location filename="../../app/core/chip.cpp" line="99" />
        <source>announced</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../../app/core/chip.cpp" line="101" />
        <source>reported</source>
        <translation>有报道</translation>
    </message>
    <message>
        <location filename="../../app/core/chip.cpp" line="103" />
        <source>rumored</source>
        <translation>传闻</translation>
    </message>
</context>
<context>
    <name>ChipTableModel</name>
    <message>
        <location filename="../../app/models/chiptablemodel.cpp" line="206" />
        <source>Your catalog replaces the built-in chip; where the values differ, the built-in ones are listed as other sources.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/chiptablemodel.cpp" line="213" />
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../app/models/chiptablemodel.cpp" line="228" />
        <source>US ECCN 3A090 band, estimated for a datacenter chip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/chiptablemodel.cpp" line="229" />
        <source>TPP %1, performance density %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/chiptablemodel.cpp" line="233" />
        <source>Thresholds (rule of 2023-10-17): a.1 TPP ≥ %1; a.2 TPP ≥ %2 and density ≥ %3; b.1 %4 ≤ TPP &lt; %1 and %5 ≤ density &lt; %3; b.2 TPP ≥ %2 and %6 ≤ density &lt; %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/chiptablemodel.cpp" line="244" />
        <source>Source: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/chiptablemodel.cpp" line="246" />
        <source>An estimate from catalog values, not a classification and not legal advice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/chiptablemodel.cpp" line="321" />
        <source>Chip</source>
        <translation>芯片</translation>
    </message>
    <message>
        <location filename="../../app/models/chiptablemodel.cpp" line="323" />
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <location filename="../../app/models/chiptablemodel.cpp" line="325" />
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../app/models/chiptablemodel.cpp" line="327" />
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../app/models/chiptablemodel.cpp" line="329" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/models/chiptablemodel.cpp" line="331" />
        <source>Memory
type</source>
        <translation>显存
类型</translation>
    </message>
    <message>
        <location filename="../../app/models/chiptablemodel.cpp" line="334" />
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <location filename="../../app/models/chiptablemodel.cpp" line="336" />
        <source>Software stack</source>
        <translation>软件栈</translation>
    </message>
    <message>
        <location filename="../../app/models/chiptablemodel.cpp" line="338" />
        <source>3A090 band
(estimate)</source>
        <translation>3A090 档位
（估计）</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/cli/checkcommand.cpp" line="15" />
        <source>Validate catalog files without changing them. Prints one line per problem as FILE:LINE:COLUMN: chip 'ID': field 'NAME': problem. Implausible magnitudes (see the README's plausible ranges) are printed as FILE:LINE:COLUMN: warning: ... and do not fail the check unless --strict is given. Exit 0 when every file is valid, 1 when any has a problem, 2 on usage errors.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/checkcommand.cpp" line="25" />
        <source>Treat warnings as errors: exit 1 when any file has one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/checkcommand.cpp" line="27" />
        <source>Catalog JSON file(s) to check.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/checkcommand.cpp" line="32" />
        <source>no FILE given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/checkcommand.cpp" line="40" />
        <source>the built-in catalog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/checkcommand.cpp" line="52" />
        <source>source '%1' is defined with another title in %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/checkcommand.cpp" line="61" />
        <source>%n chip(s)</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/checkcommand.cpp" line="63" />
        <source>%n source(s)</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/checkcommand.cpp" line="64" />
        <source>%1: valid (%2, %3)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/checkcommand.cpp" line="67" />
        <source>with %n warning(s)</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="82" />
        <source>Usage:
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="87" />
        <source>Run 'chipcompare COMMAND --help' for a command's options.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/commandcontext.cpp" line="23" />
        <source>Merge catalog FILE over the built-in one (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/commandcontext.cpp" line="26" />
        <source>Use only the --catalog files, not the built-in catalog.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/commandcontext.cpp" line="33" />
        <source>Only chips by vendor V (repeatable: any of).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/commandcontext.cpp" line="35" />
        <source>Only chips with memory type T, e.g. HBM3 (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/commandcontext.cpp" line="38" />
        <source>Only chips with status S: shipping, announced, reported, rumored, or unknown for chips without one (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/commandcontext.cpp" line="71" />
        <source>unknown status '%1'; use shipping, announced, reported, rumored or unknown</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/commandcontext.cpp" line="119" />
        <source>%1 replaces %n chip(s) of the catalog before it: %2</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/commandcontext.cpp" line="43" />
        <source>Only chips whose names, vendor, software stack or notes contain TEXT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/commandcontext.cpp" line="52" />
        <source>Output format: %1 (default %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/commandcontext.cpp" line="82" />
        <source>Try 'chipcompare %1 --help'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/listcommand.cpp" line="15" />
        <source>List the chips of the catalog, filtered. Units: memory GB, bandwidth GB/s, BF16/FP8 dense TFLOPS, INT8 dense TOPS, TDP W; unknown values are empty (CSV), null (JSON) or — (table, markdown). JSON adds KEY_confidence beside every number: its confidence, or for a derived value the weakest of its inputs'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/listcommand.cpp" line="29" />
        <source>unexpected argument '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/listcommand.cpp" line="34" />
        <source>unknown format '%1'; use table, csv, json or markdown</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ColumnMappingModel</name>
    <message>
        <location filename="../../app/models/columnmappingmodel.cpp" line="16" />
        <source>(not imported)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/columnmappingmodel.cpp" line="17" />
        <source>- (ignore)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/columnmappingmodel.cpp" line="18" />
        <source>name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/columnmappingmodel.cpp" line="23" />
        <source>source (per row)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/columnmappingmodel.cpp" line="143" />
        <location filename="../../app/models/columnmappingmodel.cpp" line="150" />
        <source>from each cell</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/columnmappingmodel.cpp" line="156" />
        <source>%1 taken, %2 skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/columnmappingmodel.cpp" line="221" />
        <source>Column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/columnmappingmodel.cpp" line="223" />
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/columnmappingmodel.cpp" line="225" />
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/columnmappingmodel.cpp" line="227" />
        <source>Values</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ColumnRecognizer</name>
    <message>
        <location filename="../../app/importer/columnrecognizer.cpp" line="212" />
        <location filename="../../app/importer/columnrecognizer.cpp" line="217" />
        <source>derived: ChipCompare computes it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importer/columnrecognizer.cpp" line="267" />
        <source>ignored by --map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importer/columnrecognizer.cpp" line="273" />
        <source>'%1' is a text field and takes no unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importer/columnrecognizer.cpp" line="286" />
        <source>unit '%1' does not fit %2; use one of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importer/columnrecognizer.cpp" line="297" />
        <source>'%1' is not a field; use one of %2, source or -</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ColumnTarget</name>
    <message>
        <location filename="../../app/importer/columnrecognizer.cpp" line="158" />
        <source>(unmapped)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importer/columnrecognizer.cpp" line="165" />
        <source>:unit from each cell</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importer/columnrecognizer.cpp" line="167" />
        <source>source</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <location filename="../../app/widgets/comparepage.cpp" line="37" />
        <source>Differences only</source>
        <translation>仅显示差异</translation>
    </message>
    <message>
        <location filename="../../app/widgets/comparepage.cpp" line="60" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../app/widgets/comparepage.cpp" line="63" />
        <source>CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/comparepage.cpp" line="63" />
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/comparepage.cpp" line="65" />
        <source>Markdown…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/comparepage.cpp" line="65" />
        <source>Markdown (*.md)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/comparepage.cpp" line="67" />
        <source>PNG image…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/comparepage.cpp" line="67" />
        <source>PNG image (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/comparepage.cpp" line="69" />
        <source>PDF document…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/comparepage.cpp" line="69" />
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/comparepage.cpp" line="71" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../app/widgets/comparepage.cpp" line="76" />
        <source>Baseline:</source>
        <translation>基准：</translation>
    </message>
    <message>
        <location filename="../../app/widgets/comparepage.cpp" line="94" />
        <source>Chips to compare (2 to %1):</source>
        <translation>对比的芯片（2 至 %1 个）：</translation>
    </message>
    <message>
        <location filename="../../app/widgets/comparepage.cpp" line="114" />
        <source>At most %1 chips side by side; untick one first.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/widgets/comparepage.cpp" line="195" />
        <source>At most %1 chips side by side; %n more left out: %2</source>
        <translation><numerusform>最多并排比较 %1 款芯片；另有 %n 款未列入：%2</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/widgets/comparepage.cpp" line="230" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/widgets/comparepage.cpp" line="243" />
        <source>Tick at least two chips on the left, or select rows in the table and choose Chips → Compare selected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/comparepage.cpp" line="260" />
        <source>%1: nothing to export; pick at least two chips</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/comparepage.cpp" line="294" />
        <source>Export comparison</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/comparepage.cpp" line="303" />
        <source>Export failed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <location filename="../../app/analysis/comparison.cpp" line="269" />
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../app/analysis/comparison.cpp" line="269" />
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../app/analysis/comparison.cpp" line="272" />
        <source> (baseline)</source>
        <translation>（基准）</translation>
    </message>
</context>
<context>
    <name>ComparisonHtml</name>
    <message>
        <location filename="../../app/analysis/comparisonhtml.cpp" line="14" />
        <source>ChipCompare comparison</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/comparisonhtml.cpp" line="42" />
        <source>★ and green: best known value of the row (higher or lower is better per metric; unknown values never count). — unknown. Ratios are to the baseline. Catalog of %1; every value's source is in ChipCompare.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <location filename="../../app/models/comparisonmodel.cpp" line="143" />
        <source>Unknown</source>
        <translation type="unfinished">未知</translation>
    </message>
    <message>
        <location filename="../../app/models/comparisonmodel.cpp" line="154" />
        <source>Attribute</source>
        <translation type="unfinished">属性</translation>
    </message>
    <message>
        <location filename="../../app/models/comparisonmodel.cpp" line="158" />
        <source>(baseline)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Confidence</name>
    <message>
        <location filename="../../app/core/confidence.cpp" line="39" />
        <source>official</source>
        <translation>官方</translation>
    </message>
    <message>
        <location filename="../../app/core/confidence.cpp" line="41" />
        <source>reported</source>
        <translation>报道</translation>
    </message>
    <message>
        <location filename="../../app/core/confidence.cpp" line="43" />
        <source>rumored</source>
        <translation>传闻</translation>
    </message>
    <message>
        <location filename="../../app/core/confidence.cpp" line="45" />
        <source>estimate</source>
        <translation>估计</translation>
    </message>
</context>
<context>
    <name>ConfidencePolicy</name>
    <message>
        <location filename="../../app/core/confidencepolicy.cpp" line="39" />
        <source>'official' needs the vendor's own datasheet, page or statement (or the vendor's paper); source '%1' is %2: use 'reported' or cite the vendor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/confidencepolicy.cpp" line="48" />
        <source>'reported' cannot rest on a %1 (source '%2'): use 'rumored' or cite press, a database or the vendor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/confidencepolicy.cpp" line="53" />
        <source>'reported' cannot rest on source '%1', which is flagged as unreliable: use 'rumored' or cite a better source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/confidencepolicy.cpp" line="59" />
        <source>an estimate says in its note how it was computed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/confidencepolicy.cpp" line="89" />
        <source>source '%1' has no kind (vendor, paper, database, press, analyst, compilation, blog, retailer or leak)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CudaCompat</name>
    <message>
        <location filename="../../app/core/chip.cpp" line="152" />
        <source>native</source>
        <translation>原生</translation>
    </message>
    <message>
        <location filename="../../app/core/chip.cpp" line="154" />
        <source>source-compatible</source>
        <translation>源码兼容</translation>
    </message>
    <message>
        <location filename="../../app/core/chip.cpp" line="156" />
        <source>none</source>
        <translation>不兼容</translation>
    </message>
    <message>
        <location filename="../../app/core/chip.cpp" line="158" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>DataQualityModel</name>
    <message>
        <location filename="../../app/models/dataqualitymodel.cpp" line="67" />
        <source>Chip</source>
        <translation type="unfinished">芯片</translation>
    </message>
    <message>
        <location filename="../../app/models/dataqualitymodel.cpp" line="69" />
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/dataqualitymodel.cpp" line="71" />
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Derived</name>
    <message>
        <location filename="../../app/analysis/derivedmetrics.cpp" line="135" />
        <source>3A090.a.1 (est.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/derivedmetrics.cpp" line="137" />
        <source>3A090.a.2 (est.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/derivedmetrics.cpp" line="139" />
        <source>3A090.b.1 (est.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/derivedmetrics.cpp" line="141" />
        <source>3A090.b.2 (est.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/derivedmetrics.cpp" line="143" />
        <source>below 3A090 (est.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/derivedmetrics.cpp" line="145" />
        <source>undetermined: die area unknown</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../app/widgets/detailspanel.cpp" line="18" />
        <location filename="../../app/widgets/detailspanel.cpp" line="23" />
        <source>Select a chip to see every value with its source.</source>
        <translation>选择一款芯片，查看每个数值及其来源。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/detailspanel.cpp" line="37" />
        <source>%1 is hidden by the filters. Select a chip in the table to see its values.</source>
        <translation>%1 已被筛选条件隐藏。请在表格中选择芯片以查看其数值。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/detailspanel.cpp" line="81" />
        <source>Id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/detailspanel.cpp" line="82" />
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <location filename="../../app/widgets/detailspanel.cpp" line="85" />
        <source>Announced</source>
        <translation>发布年份</translation>
    </message>
    <message>
        <location filename="../../app/widgets/detailspanel.cpp" line="86" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/widgets/detailspanel.cpp" line="87" />
        <source>Foundry / process</source>
        <translation>代工厂 / 工艺</translation>
    </message>
    <message>
        <location filename="../../app/widgets/detailspanel.cpp" line="88" />
        <source>Memory type</source>
        <translation>显存类型</translation>
    </message>
    <message>
        <location filename="../../app/widgets/detailspanel.cpp" line="89" />
        <source>Interconnect</source>
        <translation>互连</translation>
    </message>
    <message>
        <location filename="../../app/widgets/detailspanel.cpp" line="90" />
        <source>Software stack</source>
        <translation>软件栈</translation>
    </message>
    <message>
        <location filename="../../app/widgets/detailspanel.cpp" line="91" />
        <source>CUDA compatibility</source>
        <translation>CUDA 兼容性</translation>
    </message>
    <message>
        <location filename="../../app/widgets/detailspanel.cpp" line="92" />
        <source>Numbers</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../app/widgets/detailspanel.cpp" line="99" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../app/widgets/detailspanel.cpp" line="110" />
        <source>other source:</source>
        <translation>其他来源：</translation>
    </message>
    <message>
        <location filename="../../app/widgets/detailspanel.cpp" line="110" />
        <source>also:</source>
        <translation>另见：</translation>
    </message>
    <message>
        <location filename="../../app/widgets/detailspanel.cpp" line="122" />
        <source>Software support</source>
        <translation>软件支持</translation>
    </message>
    <message>
        <location filename="../../app/widgets/detailspanel.cpp" line="134" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/widgets/detailspanel.cpp" line="136" />
        <source>Your columns</source>
        <translation>自定义列</translation>
    </message>
    <message>
        <location filename="../../app/widgets/detailspanel.cpp" line="138" />
        <source>All sources of this chip</source>
        <translation>本芯片的全部来源</translation>
    </message>
    </context>
<context>
    <name>DocumentExport</name>
    <message>
        <location filename="../../app/charts/documentexport.cpp" line="57" />
        <source>%1: unsupported file type; use .png or .pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/charts/documentexport.cpp" line="63" />
        <location filename="../../app/charts/documentexport.cpp" line="79" />
        <source>%1: cannot write: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EcosystemModel</name>
    <message>
        <location filename="../../app/models/ecosystemmodel.cpp" line="88" />
        <source>No software stack recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/ecosystemmodel.cpp" line="109" />
        <source>CUDA compatibility of %1: %2. Sources: see the chip's details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/ecosystemmodel.cpp" line="126" />
        <source>plugin: %1</source>
        <translation>插件：%1</translation>
    </message>
    <message>
        <location filename="../../app/models/ecosystemmodel.cpp" line="140" />
        <source>Unknown: no source in the catalog says.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/ecosystemmodel.cpp" line="146" />
        <source>Source: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/ecosystemmodel.cpp" line="160" />
        <source>Chip</source>
        <translation>芯片</translation>
    </message>
    <message>
        <location filename="../../app/models/ecosystemmodel.cpp" line="162" />
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <location filename="../../app/models/ecosystemmodel.cpp" line="164" />
        <source>Vendor stack</source>
        <translation>厂商软件栈</translation>
    </message>
</context>
<context>
    <name>EcosystemPage</name>
    <message>
        <location filename="../../app/widgets/ecosystempage.cpp" line="31" />
        <source>native</source>
        <translation>原生</translation>
    </message>
    <message>
        <location filename="../../app/widgets/ecosystempage.cpp" line="32" />
        <source>plugin or fork (CUDA: source-compatible)</source>
        <translation>插件或分支（CUDA：源码兼容）</translation>
    </message>
    <message>
        <location filename="../../app/widgets/ecosystempage.cpp" line="34" />
        <source>none</source>
        <translation>不支持</translation>
    </message>
    <message>
        <location filename="../../app/widgets/ecosystempage.cpp" line="35" />
        <source>?  unknown: no source says. Hover a cell for its source.</source>
        <translation>?  未知：没有来源说明。悬停单元格查看来源。</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../app/widgets/filterbar.cpp" line="15" />
        <source>Ve&amp;ndor</source>
        <translation>厂商(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/filterbar.cpp" line="16" />
        <source>&amp;Memory</source>
        <translation>显存(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/filterbar.cpp" line="17" />
        <source>&amp;Status</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/filterbar.cpp" line="19" />
        <source>C&amp;lear filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/filterbar.cpp" line="26" />
        <source>Search names, vendors, software, notes…</source>
        <translation>搜索名称、厂商、软件、备注…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/filterbar.cpp" line="74" />
        <location filename="../../app/widgets/filterbar.cpp" line="78" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/widgets/filterbar.cpp" line="105" />
        <source>%1 of %n chip(s)</source>
        <translation><numerusform>%1 / %n 款芯片</numerusform></translation>
    </message>
    </context>
<context>
    <name>Gui</name>
    <message>
        <location filename="../../app/widgets/guiapp.cpp" line="36" />
        <source>Compare AI accelerators: a sourced catalog in a table, charts and side-by-side comparisons.
Run 'chipcompare help' for the command-line tools (list, check, ...).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/guiapp.cpp" line="42" />
        <source>Catalog files to merge over the built-in one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/guiapp.cpp" line="45" />
        <source>Merge a catalog FILE over the built-in one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/guiapp.cpp" line="47" />
        <source>Save the main window as a PNG to OUT and exit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/guiapp.cpp" line="49" />
        <source>Window size for --screenshot (default 1600x900).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/guiapp.cpp" line="51" />
        <source>Open the Compare page on these chips (comma-separated ids).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/guiapp.cpp" line="54" />
        <source>Interface language, e.g. zh_CN (default: the system's).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/guiapp.cpp" line="57" />
        <source>Page to show first: table, chart, compare, ecosystem or llm.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/guiapp.cpp" line="107" />
        <source>No display found (DISPLAY and WAYLAND_DISPLAY are unset), so the window cannot open.
The command line works without one:

</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/widgets/importdialog.cpp" line="41" />
        <source>Field names run down the first column (&amp;transpose)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/importdialog.cpp" line="52" />
        <source>Import %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/importdialog.cpp" line="69" />
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/importdialog.cpp" line="79" />
        <location filename="../../app/widgets/importdialog.cpp" line="192" />
        <source>Imported from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/importdialog.cpp" line="83" />
        <source>Source of every value (a link column, where the sheet has one, wins)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/importdialog.cpp" line="85" />
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/importdialog.cpp" line="86" />
        <source>&amp;Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/importdialog.cpp" line="87" />
        <source>&amp;Publisher:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/importdialog.cpp" line="88" />
        <source>&amp;Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/importdialog.cpp" line="89" />
        <source>&amp;Read on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/importdialog.cpp" line="90" />
        <source>&amp;Confidence:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/importdialog.cpp" line="93" />
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/importdialog.cpp" line="98" />
        <source>Save the imported catalog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/importdialog.cpp" line="98" />
        <source>ChipCompare catalogs (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/importdialog.cpp" line="103" />
        <source>&amp;Save as:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/importdialog.cpp" line="112" />
        <source>The first rows of %1, what each column holds (change it in the Field and Unit columns), and what the import takes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/importdialog.cpp" line="134" />
        <source>%1: cannot open: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/importdialog.cpp" line="165" />
        <source>%1:%2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/importdialog.cpp" line="166" />
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/importdialog.cpp" line="223" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/importdialog.cpp" line="223" />
        <source>Choose where to save the imported catalog.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/importdialog.cpp" line="227" />
        <source>Replace file?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/importdialog.cpp" line="228" />
        <source>%1 exists. Replace it with the imported catalog?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/importdialog.cpp" line="233" />
        <source>Import failed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LegendBar</name>
    <message>
        <location filename="../../app/widgets/legendbar.cpp" line="20" />
        <source>sources disagree (hover for all values)</source>
        <translation>来源不一致（悬停查看全部数值）</translation>
    </message>
    <message>
        <location filename="../../app/widgets/legendbar.cpp" line="23" />
        <source>1,000</source>
        <translation>1,000</translation>
    </message>
    <message>
        <location filename="../../app/widgets/legendbar.cpp" line="28" />
        <source>rumored or estimate</source>
        <translation>传闻或估计</translation>
    </message>
    <message>
        <location filename="../../app/widgets/legendbar.cpp" line="30" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>ListTable</name>
    <message>
        <location filename="../../app/analysis/listtable.cpp" line="18" />
        <source>Id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/listtable.cpp" line="18" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/listtable.cpp" line="18" />
        <source>Vendor</source>
        <translation type="unfinished">厂商</translation>
    </message>
    <message>
        <location filename="../../app/analysis/listtable.cpp" line="18" />
        <source>Country</source>
        <translation type="unfinished">国家</translation>
    </message>
    <message>
        <location filename="../../app/analysis/listtable.cpp" line="18" />
        <source>Year</source>
        <translation type="unfinished">年份</translation>
    </message>
    <message>
        <location filename="../../app/analysis/listtable.cpp" line="18" />
        <source>Status</source>
        <translation type="unfinished">状态</translation>
    </message>
    <message>
        <location filename="../../app/analysis/listtable.cpp" line="18" />
        <source>Memory type</source>
        <translation type="unfinished">显存类型</translation>
    </message>
    <message>
        <location filename="../../app/analysis/listtable.cpp" line="31" />
        <source>confidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/listtable.cpp" line="39" />
        <source>CUDA</source>
        <translation type="unfinished">CUDA</translation>
    </message>
    <message>
        <location filename="../../app/analysis/listtable.cpp" line="39" />
        <source>Software stack</source>
        <translation type="unfinished">软件栈</translation>
    </message>
    <message>
        <location filename="../../app/analysis/listtable.cpp" line="47" />
        <source>3A090 band (estimate)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/listtable.cpp" line="48" />
        <source>3A090 band</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LlmFit</name>
    <message>
        <location filename="../../app/analysis/llmfit.cpp" line="52" />
        <source>the parameter count must be a positive number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/llmfit.cpp" line="54" />
        <source>the active parameter count must be a positive number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/llmfit.cpp" line="56" />
        <source>active parameters cannot exceed the total parameters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/llmfit.cpp" line="58" />
        <source>the usable memory fraction must be above 0 and at most 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/llmfit.cpp" line="60" />
        <source>the most chips must be 0 (no limit) or a positive whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/llmfit.cpp" line="122" />
        <source>chips_needed = ceil(parameters × bytes per parameter / (memory capacity × usable fraction))</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/llmfit.cpp" line="128" />
        <source>decode_tokens_per_s_upper = chips_needed × memory bandwidth (bytes/s) / (active parameters × bytes per parameter) — an upper bound for single-stream decode: weights only, perfect bandwidth use</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LlmFitModel</name>
    <message numerus="yes">
        <location filename="../../app/models/llmfitmodel.cpp" line="87" />
        <source>needs &gt; %Ln chip(s)</source>
        <translation><numerusform>需要 &gt; %Ln 款芯片</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/models/llmfitmodel.cpp" line="98" />
        <source>Needs %1 chips, more than the limit of %2: not ranked. Raise "Most chips" to rank it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/llmfitmodel.cpp" line="103" />
        <source>Unknown: memory capacity or bandwidth is unknown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/llmfitmodel.cpp" line="105" />
        <source>Unknown: memory capacity is unknown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/llmfitmodel.cpp" line="118" />
        <source>Chip</source>
        <translation>芯片</translation>
    </message>
    <message>
        <location filename="../../app/models/llmfitmodel.cpp" line="120" />
        <source>Chips needed</source>
        <translation>所需芯片数</translation>
    </message>
    <message>
        <location filename="../../app/models/llmfitmodel.cpp" line="122" />
        <source>Decode tokens/s
(upper bound)</source>
        <translation>解码 token/s
（上限）</translation>
    </message>
    <message>
        <location filename="../../app/models/llmfitmodel.cpp" line="124" />
        <source>Memory
(GB)</source>
        <translation>显存
(GB)</translation>
    </message>
    <message>
        <location filename="../../app/models/llmfitmodel.cpp" line="126" />
        <source>Bandwidth
(GB/s)</source>
        <translation>带宽
(GB/s)</translation>
    </message>
    <message>
        <location filename="../../app/models/llmfitmodel.cpp" line="128" />
        <source>Weights
(GB)</source>
        <translation>权重
(GB)</translation>
    </message>
</context>
<context>
    <name>LlmFitPage</name>
    <message>
        <location filename="../../app/widgets/llmfitpage.cpp" line="40" />
        <source>Show chart</source>
        <translation>显示图表</translation>
    </message>
    <message>
        <location filename="../../app/widgets/llmfitpage.cpp" line="53" />
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../app/widgets/llmfitpage.cpp" line="57" />
        <source> B</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/llmfitpage.cpp" line="82" />
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../app/widgets/llmfitpage.cpp" line="84" />
        <source>Most chips one deployment may use (8: one server). Chips that need more are listed last, without a decode bound.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/llmfitpage.cpp" line="90" />
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/llmfitpage.cpp" line="92" />
        <source>Export chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/llmfitpage.cpp" line="94" />
        <source>PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/llmfitpage.cpp" line="99" />
        <source>Export failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/llmfitpage.cpp" line="106" />
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <location filename="../../app/widgets/llmfitpage.cpp" line="108" />
        <source>Parameters:</source>
        <translation>参数量：</translation>
    </message>
    <message>
        <location filename="../../app/widgets/llmfitpage.cpp" line="110" />
        <source>active per token:</source>
        <translation>每 token 激活：</translation>
    </message>
    <message>
        <location filename="../../app/widgets/llmfitpage.cpp" line="115" />
        <source>Weights:</source>
        <translation>权重精度：</translation>
    </message>
    <message>
        <location filename="../../app/widgets/llmfitpage.cpp" line="117" />
        <source>Usable memory fraction:</source>
        <translation>可用显存比例：</translation>
    </message>
    <message>
        <location filename="../../app/widgets/llmfitpage.cpp" line="119" />
        <source>&amp;Most chips:</source>
        <translation>最多芯片数(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../app/widgets/llmfitpage.cpp" line="229" />
        <source>%1B-parameter model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/llmfitpage.cpp" line="234" />
        <source>Decode upper bound, %1, %2 weights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/llmfitpage.cpp" line="236" />
        <source>tokens/s</source>
        <translation>token/s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/widgets/llmfitpage.cpp" line="257" />
        <source>Chips that need more than %Ln chip(s) have no decode bound (n/a).</source>
        <translation><numerusform>需要超过 %Ln 款芯片的型号没有解码上限（n/a）。</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="57" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="59" />
        <source>Catalog problems</source>
        <translation>目录问题</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="62" />
        <location filename="../../app/widgets/mainwindow.cpp" line="195" />
        <source>Data quality</source>
        <translation>数据质量</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="65" />
        <source>ChipCompare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="68" />
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="70" />
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="72" />
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="74" />
        <source>Ecosystem</source>
        <translation>生态</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="76" />
        <source>LLM fit</source>
        <translation>大模型适配</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="149" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="150" />
        <source>&amp;Open catalog…</source>
        <translation>打开目录(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="152" />
        <source>&amp;Import table…</source>
        <translation>导入表格(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="154" />
        <source>Export table as &amp;CSV…</source>
        <translation>将表格导出为 &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="155" />
        <source>Export c&amp;hart…</source>
        <translation>导出图表(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="156" />
        <source>Cop&amp;y chart to clipboard</source>
        <translation>复制图表到剪贴板(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="159" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="162" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="163" />
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="166" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="171" />
        <source>Clear &amp;filters</source>
        <translation>清除筛选(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="174" />
        <source>&amp;Chips</source>
        <translation>芯片(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="175" />
        <source>&amp;Compare selected</source>
        <translation>对比所选(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="180" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="181" />
        <source>&amp;About ChipCompare</source>
        <translation>关于 ChipCompare(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="182" />
        <source>About ChipCompare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="183" />
        <source>&lt;p&gt;&lt;b&gt;ChipCompare %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Compare AI accelerators with every number sourced: confidence, disagreeing sources and exact units.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="195" />
        <source>Data quality (%1)</source>
        <translation>数据质量（%1）</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="211" />
        <source>Catalog of %1 · %2 · %3</source>
        <translation>目录日期 %1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/widgets/mainwindow.cpp" line="213" />
        <source>%n chip(s)</source>
        <translation><numerusform>%n 款芯片</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/widgets/mainwindow.cpp" line="214" />
        <source>%n source(s)</source>
        <translation><numerusform>%n 个来源</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/widgets/mainwindow.cpp" line="256" />
        <source>%1 has %n problem(s) and was not loaded; the catalog in use is unchanged.</source>
        <translation><numerusform>%1 有 %n 个问题，未加载；当前目录保持不变。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/widgets/mainwindow.cpp" line="268" />
        <source>Loaded %1: %n chip(s) merged over the built-in catalog</source>
        <translation><numerusform>已加载 %1：%n 款芯片已合并到内置目录</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/widgets/mainwindow.cpp" line="273" />
        <source>replaces %n built-in chip(s): %1</source>
        <translation><numerusform>替换了 %n 款内置芯片：%1</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/widgets/mainwindow.cpp" line="275" />
        <source>%n warning(s) in the problems panel</source>
        <translation><numerusform>问题面板中有 %n 条警告</numerusform></translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="310" />
        <source>Open catalog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="312" />
        <source>ChipCompare catalogs (*.json);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="317" />
        <source>Catalog not loaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="318" />
        <source>%1 has problems, listed in the Catalog problems panel. The catalog in use is unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="325" />
        <source>Import a table</source>
        <translation>导入表格</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="327" />
        <source>Tables (*.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation>表格 (*.csv *.tsv *.txt *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="384" />
        <source>Export table as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="385" />
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="391" />
        <location filename="../../app/widgets/mainwindow.cpp" line="433" />
        <source>Export failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="393" />
        <location filename="../../app/widgets/mainwindow.cpp" line="435" />
        <source>Wrote %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="401" />
        <source>Select two to %1 rows in the table to compare them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="411" />
        <source>PNG image (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="412" />
        <source>SVG vector image (*.svg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="413" />
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="414" />
        <source>Export chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="442" />
        <source>Chart copied to the clipboard</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Metric</name>
    <message>
        <location filename="../../app/analysis/metrics.cpp" line="74" />
        <source>Bandwidth per GB</source>
        <translation>每 GB 带宽</translation>
    </message>
    <message>
        <location filename="../../app/analysis/metrics.cpp" line="76" />
        <source>memory bandwidth (GB/s) / memory capacity (GB)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/metrics.cpp" line="78" />
        <source>Ridge point (BF16)</source>
        <translation>屋脊点 (BF16)</translation>
    </message>
    <message>
        <location filename="../../app/analysis/metrics.cpp" line="80" />
        <source>peak dense BF16 FLOP/s / memory bandwidth (bytes/s); work below this arithmetic intensity, such as LLM decode, is memory-bound, so lower suits it better</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/metrics.cpp" line="85" />
        <source>BF16 per watt</source>
        <translation>每瓦 BF16</translation>
    </message>
    <message>
        <location filename="../../app/analysis/metrics.cpp" line="87" />
        <source>peak dense BF16 TFLOPS / TDP (W)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/metrics.cpp" line="88" />
        <source>TPP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/metrics.cpp" line="90" />
        <source>US export-control Total Processing Performance: the largest of dense BF16/FP16 TFLOPS × 16, FP8 TFLOPS × 8 and INT8 TOPS × 8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/metrics.cpp" line="95" />
        <source>Performance density</source>
        <translation>性能密度</translation>
    </message>
    <message>
        <location filename="../../app/analysis/metrics.cpp" line="97" />
        <source>TPP / logic die area (mm²)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/metrics.cpp" line="104" />
        <source>Price per BF16 TFLOPS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/metrics.cpp" line="106" />
        <source>launch price (USD) / peak dense BF16 TFLOPS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/metrics.cpp" line="171" />
        <source>Memory</source>
        <translation type="unfinished">显存</translation>
    </message>
    <message>
        <location filename="../../app/analysis/metrics.cpp" line="173" />
        <source>Compute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/metrics.cpp" line="175" />
        <source>Power</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/metrics.cpp" line="177" />
        <source>Cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/metrics.cpp" line="179" />
        <source>Silicon</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MultiSelectButton</name>
    <message>
        <location filename="../../app/widgets/multiselectbutton.cpp" line="98" />
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/widgets/multiselectbutton.cpp" line="100" />
        <source>%n selected</source>
        <translation>
            <numerusform>已选 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PngOptionsDialog</name>
    <message>
        <location filename="../../app/widgets/pngoptionsdialog.cpp" line="16" />
        <source>PNG size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/pngoptionsdialog.cpp" line="21" />
        <location filename="../../app/widgets/pngoptionsdialog.cpp" line="22" />
        <source> px</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/pngoptionsdialog.cpp" line="25" />
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../app/widgets/pngoptionsdialog.cpp" line="31" />
        <source>Width:</source>
        <translation>宽度：</translation>
    </message>
    <message>
        <location filename="../../app/widgets/pngoptionsdialog.cpp" line="32" />
        <source>Height:</source>
        <translation>高度：</translation>
    </message>
    <message>
        <location filename="../../app/widgets/pngoptionsdialog.cpp" line="33" />
        <source>Scale (text size):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProvenanceText</name>
    <message>
        <location filename="../../app/models/provenancetext.cpp" line="59" />
        <source>as printed: %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/provenancetext.cpp" line="70" />
        <source>Unknown: an input is unknown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/provenancetext.cpp" line="71" />
        <source>Computed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/provenancetext.cpp" line="73" />
        <source>Confidence: %1, the weakest of its inputs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/provenancetext.cpp" line="79" />
        <source>unknown</source>
        <translation type="unfinished">未知</translation>
    </message>
    <message>
        <location filename="../../app/models/provenancetext.cpp" line="97" />
        <source>Unknown: no source in the catalog gives this value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/provenancetext.cpp" line="100" />
        <source>Source: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/provenancetext.cpp" line="101" />
        <source>Confidence: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/provenancetext.cpp" line="103" />
        <source>Note: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/provenancetext.cpp" line="106" />
        <source>Other sources disagree:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/provenancetext.cpp" line="106" />
        <source>Other sources agree:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/charts/chartbuilder.cpp" line="191" />
        <source>n/a</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/charts/chartbuilder.cpp" line="391" />
        <source>selected</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SizeSpec</name>
    <message>
        <location filename="../../app/io/sizespec.cpp" line="15" />
        <source>size '%1' is not of the form WIDTHxHEIGHT, e.g. 1600x900</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/sizespec.cpp" line="23" />
        <source>size %1x%2 is out of range; use %3x%4 up to %5x%6</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SourceKind</name>
    <message>
        <location filename="../../app/core/source.cpp" line="56" />
        <source>vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <location filename="../../app/core/source.cpp" line="58" />
        <source>paper</source>
        <translation>论文</translation>
    </message>
    <message>
        <location filename="../../app/core/source.cpp" line="60" />
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../app/core/source.cpp" line="62" />
        <source>press</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location filename="../../app/core/source.cpp" line="64" />
        <source>analyst</source>
        <translation>分析机构</translation>
    </message>
    <message>
        <location filename="../../app/core/source.cpp" line="66" />
        <source>compilation</source>
        <translation>汇编</translation>
    </message>
    <message>
        <location filename="../../app/core/source.cpp" line="68" />
        <source>blog</source>
        <translation>博客</translation>
    </message>
    <message>
        <location filename="../../app/core/source.cpp" line="70" />
        <source>retailer</source>
        <translation>零售商</translation>
    </message>
    <message>
        <location filename="../../app/core/source.cpp" line="72" />
        <source>leak</source>
        <translation>爆料</translation>
    </message>
</context>
<context>
    <name>SpecField</name>
    <message>
        <location filename="../../app/core/chip.cpp" line="40" />
        <source>Memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <location filename="../../app/core/chip.cpp" line="42" />
        <source>Memory bandwidth</source>
        <translation>显存带宽</translation>
    </message>
    <message>
        <location filename="../../app/core/chip.cpp" line="44" />
        <source>BF16/FP16 dense</source>
        <translation>BF16/FP16 稠密</translation>
    </message>
    <message>
        <location filename="../../app/core/chip.cpp" line="46" />
        <source>FP8 dense</source>
        <translation>FP8 稠密</translation>
    </message>
    <message>
        <location filename="../../app/core/chip.cpp" line="48" />
        <source>INT8 dense</source>
        <translation>INT8 稠密</translation>
    </message>
    <message>
        <location filename="../../app/core/chip.cpp" line="50" />
        <source>TDP</source>
        <translation>TDP</translation>
    </message>
    <message>
        <location filename="../../app/core/chip.cpp" line="52" />
        <source>Die area</source>
        <translation>芯片面积</translation>
    </message>
    <message>
        <location filename="../../app/core/chip.cpp" line="54" />
        <source>Interconnect bandwidth</source>
        <translation>互连带宽</translation>
    </message>
    <message>
        <location filename="../../app/core/chip.cpp" line="56" />
        <source>FP32 (vector)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/chip.cpp" line="58" />
        <source>FP64 (vector)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/chip.cpp" line="60" />
        <source>FP4 dense</source>
        <translation type="unfinished">FP8 稠密 {4 ?}</translation>
    </message>
    <message>
        <location filename="../../app/core/chip.cpp" line="62" />
        <source>Launch price</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/core/chip.cpp" line="64" />
        <source>Transistors</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SupportLevel</name>
    <message>
        <location filename="../../app/core/chip.cpp" line="192" />
        <source>native</source>
        <translation>原生</translation>
    </message>
    <message>
        <location filename="../../app/core/chip.cpp" line="194" />
        <source>plugin or fork</source>
        <translation>插件或分支</translation>
    </message>
    <message>
        <location filename="../../app/core/chip.cpp" line="196" />
        <source>none</source>
        <translation>不支持</translation>
    </message>
    <message>
        <location filename="../../app/core/chip.cpp" line="198" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>TableImporter</name>
    <message>
        <location filename="../../app/importer/tableimporter.cpp" line="361" />
        <source>%1: %2 read, %3 written to %4</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/importer/tableimporter.cpp" line="363" />
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/importer/tableimporter.cpp" line="364" />
        <source>%n chip(s)</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../app/importer/tableimporter.cpp" line="379" />
        <source>%1 taken, %2 skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importer/tableimporter.cpp" line="383" />
        <source>  unmapped: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importer/tableimporter.cpp" line="387" />
        <source>  skipped cells (%1, the first %2 listed):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TableImporter::Builder</name>
    <message>
        <location filename="../../app/importer/tableimporter.cpp" line="99" />
        <source>no column holds the chips' names (a 'name', 'model', 'GPU' or 'hardware name' header); headers found: %1. Name one with --map 'COLUMN=name'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importer/tableimporter.cpp" line="109" />
        <source>Its first column lists field names: try --transpose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importer/tableimporter.cpp" line="154" />
        <source>%1:%2: row without a name, left out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importer/tableimporter.cpp" line="162" />
        <source>%1:%2: a repeated header row ('%3'), left out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importer/tableimporter.cpp" line="232" />
        <source>'%1' holds no single year from 1950 to 2100</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importer/tableimporter.cpp" line="237" />
        <source>'%1' is not a status (shipping, announced, reported, rumored)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importer/tableimporter.cpp" line="242" />
        <source>'%1' is not native, source-compatible, none or unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importer/tableimporter.cpp" line="286" />
        <location filename="../../app/importer/tableimporter.cpp" line="296" />
        <source>unit '%1' does not fit %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importer/tableimporter.cpp" line="290" />
        <source>unknown unit '%1' (known: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importer/tableimporter.cpp" line="293" />
        <source>'%1' has no unit, and the header names none; add one with --map 'COLUMN=%2:UNIT'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importer/tableimporter.cpp" line="299" />
        <source>'%1' does not convert to a finite positive value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/importer/tableimporter.cpp" line="319" />
        <location filename="../../app/importer/tableimporter.cpp" line="321" />
        <source>column '%1'</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../../app/widgets/tablepage.cpp" line="25" />
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../app/widgets/tablepage.cpp" line="65" />
        <source>No chips match the filters.</source>
        <translation>没有符合筛选条件的芯片。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/tablepage.cpp" line="66" />
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <location filename="../../app/io/tablereader.cpp" line="116" />
        <location filename="../../app/io/tablereader.cpp" line="187" />
        <source>is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/tablereader.cpp" line="181" />
        <source>a quoted field opened on this line never closes (unterminated quote)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/tablereader.cpp" line="193" />
        <source>has a header row but no data rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/tablereader.cpp" line="216" />
        <source>invalid JSON: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/tablereader.cpp" line="223" />
        <source>is JSON but not a table: expected an array of objects, or an object whose values are objects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/tablereader.cpp" line="245" />
        <source>holds no records</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="76" />
        <source>must be the string "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="92" />
        <location filename="../../app/io/catalogreader.cpp" line="100" />
        <location filename="../../app/io/catalogreader.cpp" line="290" />
        <location filename="../../app/io/catalogreader.cpp" line="336" />
        <source>an array</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="100" />
        <source>is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="117" />
        <source>expected %1, found %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="131" />
        <source>unknown field (misspelt?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="143" />
        <source>is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="147" />
        <source>a string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="152" />
        <source>must not be empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="160" />
        <source>a date string YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="165" />
        <source>'%1' is not a date of the form YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="173" />
        <location filename="../../app/io/catalogreader.cpp" line="344" />
        <source>an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="207" />
        <source>'%1' is not an http(s) address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="211" />
        <source>source id '%1' is defined twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="237" />
        <source>an object with value, unit, source and confidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="250" />
        <source>'value' is required (leave the whole field out when it is unknown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="252" />
        <source>a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="254" />
        <source>value must be a finite number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="257" />
        <source>value must be positive (leave the field out when it is unknown; never write 0)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="264" />
        <source>unit '%1' does not fit this field; use one of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="270" />
        <source>value is too large to convert to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="276" />
        <location filename="../../app/io/catalogreader.cpp" line="357" />
        <source>source '%1' is not in the catalog's sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="283" />
        <source>confidence '%1' is not one of official, reported, rumored, estimate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="194" />
        <location filename="../../app/io/catalogreader.cpp" line="329" />
        <source>'%1' is not one of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="82" />
        <source>must be %1 to %2, the format versions this program reads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="314" />
        <source>%1 %2 (%3) is outside the plausible range %4 to %5; is the unit right?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="367" />
        <source>chip #%1: expected an object, found %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="391" />
        <source>ids are lowercase letters, digits and single hyphens, e.g. 'nvidia-h20'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="393" />
        <source>duplicate chip id; ids must be unique</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="419" />
        <source>a whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="422" />
        <source>must be a whole year from 1950 to 2100</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="430" />
        <source>an array of source ids</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="437" />
        <source>'%1' is not a source id in the catalog's sources</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>