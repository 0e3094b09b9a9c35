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
    <name>CatalogReader</name>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="419" />
        <source>file is empty; a catalog is a JSON object with "format", "version" and "chips"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="432" />
        <source>the top level must be a JSON object with "format", "version" and "chips", not a single value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="441" />
        <source>invalid JSON: %1%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="442" />
        <source> (is the file truncated?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="447" />
        <source>the top level must be a JSON object with "format", "version" and "chips", not %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="448" />
        <source>an array</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="448" />
        <source>a single value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="472" />
        <source>%1 more problems not shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="483" />
        <source>cannot open: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="489" />
        <source>file is larger than %1 MiB; refusing to read it</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChartDataBuilder</name>
    <message>
        <location filename="../../app/analysis/chartdata.cpp" line="137" />
        <location filename="../../app/analysis/chartdata.cpp" line="138" />
        <source>, log scale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/chartdata.cpp" line="184" />
        <source>ChipCompare catalog of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/chartdata.cpp" line="187" />
        <source>Showing the %1 largest of %2 chips with a value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/chartdata.cpp" line="188" />
        <source>Showing %1 of %2 chips with both values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/chartdata.cpp" line="190" />
        <source>Sources: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/chartdata.cpp" line="192" />
        <source>* rumored or estimate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/chartdata.cpp" line="194" />
        <source>† sources disagree.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/chartdata.cpp" line="196" />
        <source>n/a (no value): %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <location filename="../../app/charts/chartexport.cpp" line="104" />
        <source>%1: unsupported file type; use .png, .svg or .pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/charts/chartexport.cpp" line="116" />
        <source>%1: could not encode the PNG</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/charts/chartexport.cpp" line="124" />
        <location filename="../../app/charts/chartexport.cpp" line="148" />
        <source>%1: cannot write: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChartPage</name>
    <message>
        <location filename="../../app/charts/chartpage.cpp" line="48" />
        <location filename="../../app/charts/chartpage.cpp" line="49" />
        <source>log</source>
        <translation>对数</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartpage.cpp" line="50" />
        <source>X:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/charts/chartpage.cpp" line="51" />
        <source>Y:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/charts/chartpage.cpp" line="52" />
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartpage.cpp" line="58" />
        <source>Bar chart</source>
        <translation>柱状图</translation>
    </message>
    <message>
        <location filename="../../app/charts/chartpage.cpp" line="59" />
        <source>Scatter chart</source>
        <translation>散点图</translation>
    </message>
</context>
<context>
    <name>ChipStatus</name>
    <message>
        <location filename="../../app/core/chip.cpp" line="78" />
        <source>shipping</source>
        <translation>已出货</translation>
    </message>
    <message>
        <location filename="../../app/core/chip.cpp" line="80" />
        <source>announced</source>
        <translation>已发布</translation>
    </message>
    <message>
        <location filename="../../app/core/chip.cpp" line="82" />
        <source>reported</source>
        <translation>有报道</translation>
    </message>
    <message>
        <location filename="../../app/core/chip.cpp" line="84" />
        <source>rumored</source>
        <translation>传闻</translation>
    </message>
</context>
<context>
    <name>ChipTableModel</name>
    <message>
        <location filename="../../app/models/chiptablemodel.cpp" line="160" />
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../app/models/chiptablemodel.cpp" line="179" />
        <source>US ECCN 3A090 band, estimated for a datacenter chip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/chiptablemodel.cpp" line="180" />
        <source>TPP %1, performance density %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/chiptablemodel.cpp" line="184" />
        <source>Thresholds (rule of 2023-10-17): a.1 TPP ≥ %1; a.2 TPP ≥ %2 and density ≥ %3; b.1 %4 ≤ TPP &lt; %1 and %5 ≤ density &lt; %3; b.2 TPP ≥ %2 and %6 ≤ density &lt; %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/chiptablemodel.cpp" line="195" />
        <source>Source: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/chiptablemodel.cpp" line="197" />
        <source>An estimate from catalog values, not a classification and not legal advice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/chiptablemodel.cpp" line="257" />
        <source>Chip</source>
        <translation>芯片</translation>
    </message>
    <message>
        <location filename="../../app/models/chiptablemodel.cpp" line="259" />
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <location filename="../../app/models/chiptablemodel.cpp" line="261" />
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../app/models/chiptablemodel.cpp" line="263" />
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../app/models/chiptablemodel.cpp" line="265" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/models/chiptablemodel.cpp" line="267" />
        <source>Memory
type</source>
        <translation>显存
类型</translation>
    </message>
    <message>
        <location filename="../../app/models/chiptablemodel.cpp" line="270" />
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <location filename="../../app/models/chiptablemodel.cpp" line="272" />
        <source>Software stack</source>
        <translation>软件栈</translation>
    </message>
    <message>
        <location filename="../../app/models/chiptablemodel.cpp" line="274" />
        <source>3A090 band
(estimate)</source>
        <translation>3A090 档位
（估计）</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../app/cli/checkcommand.cpp" line="14" />
        <source>Validate catalog files without changing them. Prints one line per problem as FILE:LINE:COLUMN: chip 'ID': field 'NAME': problem. Exit 0 when every file is valid, 1 when any has a problem, 2 on usage errors.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/checkcommand.cpp" line="21" />
        <source>Catalog JSON file(s) to check.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/checkcommand.cpp" line="26" />
        <source>no FILE given</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/cli/checkcommand.cpp" line="38" />
        <source>%1: valid (%n chips, %2 sources)</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="73" />
        <source>Usage:
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/cli.cpp" line="78" />
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
        <source>Only chips with status S: shipping, announced, reported, rumored (repeatable).</source>
        <translation type="unfinished" />
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
        <location filename="../../app/cli/commandcontext.cpp" line="71" />
        <source>unknown status '%1'; use shipping, announced, reported or rumored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/commandcontext.cpp" line="82" />
        <source>Try 'chipcompare %1 --help'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/listcommand.cpp" line="15" />
        <source>List the chips of the catalog, filtered. Units: memory GB, bandwidth GB/s, BF16/FP8 dense TFLOPS, INT8 dense TOPS, TDP W; unknown values are empty (CSV), null (JSON) or — (table, markdown).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/listcommand.cpp" line="27" />
        <source>unexpected argument '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/cli/listcommand.cpp" line="32" />
        <source>unknown format '%1'; use table, csv, json or markdown</source>
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
        <location filename="../../app/widgets/comparepage.cpp" line="52" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../app/widgets/comparepage.cpp" line="55" />
        <source>CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/comparepage.cpp" line="55" />
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/comparepage.cpp" line="57" />
        <source>Markdown…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/comparepage.cpp" line="57" />
        <source>Markdown (*.md)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/comparepage.cpp" line="59" />
        <source>PNG image…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/comparepage.cpp" line="59" />
        <source>PNG image (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/comparepage.cpp" line="61" />
        <source>PDF document…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/comparepage.cpp" line="61" />
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/comparepage.cpp" line="63" />
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../app/widgets/comparepage.cpp" line="68" />
        <source>Baseline:</source>
        <translation>基准：</translation>
    </message>
    <message>
        <location filename="../../app/widgets/comparepage.cpp" line="85" />
        <source>Chips to compare (2 to %1):</source>
        <translation>对比的芯片（2 至 %1 个）：</translation>
    </message>
    <message>
        <location filename="../../app/widgets/comparepage.cpp" line="105" />
        <source>At most %1 chips side by side; untick one first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/comparepage.cpp" line="179" />
        <source>At most %1 chips side by side; left out: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/comparepage.cpp" line="206" />
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../app/widgets/comparepage.cpp" line="219" />
        <source>Tick at least two chips on the left, or select rows in the table and choose Chips → Compare selected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/comparepage.cpp" line="236" />
        <source>%1: nothing to export; pick at least two chips</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/comparepage.cpp" line="270" />
        <source>Export comparison</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/comparepage.cpp" line="279" />
        <source>Export failed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <location filename="../../app/analysis/comparison.cpp" line="221" />
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../app/analysis/comparison.cpp" line="221" />
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../app/analysis/comparison.cpp" line="224" />
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
        <location filename="../../app/models/comparisonmodel.cpp" line="134" />
        <source>Unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/comparisonmodel.cpp" line="145" />
        <source>Attribute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/comparisonmodel.cpp" line="149" />
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
    <name>CudaCompat</name>
    <message>
        <location filename="../../app/core/chip.cpp" line="123" />
        <source>native</source>
        <translation>原生</translation>
    </message>
    <message>
        <location filename="../../app/core/chip.cpp" line="125" />
        <source>source-compatible</source>
        <translation>源码兼容</translation>
    </message>
    <message>
        <location filename="../../app/core/chip.cpp" line="127" />
        <source>none</source>
        <translation>不兼容</translation>
    </message>
    <message>
        <location filename="../../app/core/chip.cpp" line="129" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>Derived</name>
    <message>
        <location filename="../../app/analysis/derivedmetrics.cpp" line="115" />
        <source>3A090.a.1 (est.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/derivedmetrics.cpp" line="117" />
        <source>3A090.a.2 (est.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/derivedmetrics.cpp" line="119" />
        <source>3A090.b.1 (est.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/derivedmetrics.cpp" line="121" />
        <source>3A090.b.2 (est.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/derivedmetrics.cpp" line="123" />
        <source>below 3A090 (est.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/derivedmetrics.cpp" line="125" />
        <source>undetermined: die area unknown</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../app/widgets/detailspanel.cpp" line="15" />
        <source>Select a chip to see every value with its source.</source>
        <translation>选择一款芯片，查看每个数值及其来源。</translation>
    </message>
    <message>
        <location filename="../../app/widgets/detailspanel.cpp" line="45" />
        <source>Id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/detailspanel.cpp" line="46" />
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <location filename="../../app/widgets/detailspanel.cpp" line="49" />
        <source>Announced</source>
        <translation>发布年份</translation>
    </message>
    <message>
        <location filename="../../app/widgets/detailspanel.cpp" line="50" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/widgets/detailspanel.cpp" line="51" />
        <source>Foundry / process</source>
        <translation>代工厂 / 工艺</translation>
    </message>
    <message>
        <location filename="../../app/widgets/detailspanel.cpp" line="52" />
        <source>Memory type</source>
        <translation>显存类型</translation>
    </message>
    <message>
        <location filename="../../app/widgets/detailspanel.cpp" line="53" />
        <source>Interconnect</source>
        <translation>互连</translation>
    </message>
    <message>
        <location filename="../../app/widgets/detailspanel.cpp" line="54" />
        <source>Software stack</source>
        <translation>软件栈</translation>
    </message>
    <message>
        <location filename="../../app/widgets/detailspanel.cpp" line="55" />
        <source>CUDA compatibility</source>
        <translation>CUDA 兼容性</translation>
    </message>
    <message>
        <location filename="../../app/widgets/detailspanel.cpp" line="56" />
        <source>Numbers</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../app/widgets/detailspanel.cpp" line="63" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../app/widgets/detailspanel.cpp" line="72" />
        <source>other source:</source>
        <translation>其他来源：</translation>
    </message>
    <message>
        <location filename="../../app/widgets/detailspanel.cpp" line="72" />
        <source>also:</source>
        <translation>另见：</translation>
    </message>
    <message>
        <location filename="../../app/widgets/detailspanel.cpp" line="84" />
        <source>Software support</source>
        <translation>软件支持</translation>
    </message>
    <message>
        <location filename="../../app/widgets/detailspanel.cpp" line="96" />
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../app/widgets/detailspanel.cpp" line="98" />
        <source>General sources</source>
        <translation>总体来源</translation>
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
        <location filename="../../app/widgets/filterbar.cpp" line="13" />
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <location filename="../../app/widgets/filterbar.cpp" line="14" />
        <source>Memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <location filename="../../app/widgets/filterbar.cpp" line="15" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../app/widgets/filterbar.cpp" line="17" />
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../app/widgets/filterbar.cpp" line="20" />
        <source>Search names, vendors, software, notes…</source>
        <translation>搜索名称、厂商、软件、备注…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/widgets/filterbar.cpp" line="71" />
        <source>%1 of %n chips</source>
        <translation>
            <numerusform>%1 / %n 款芯片</numerusform></translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <location filename="../../app/widgets/guiapp.cpp" line="31" />
        <source>Compare AI accelerators: a sourced catalog in a table, charts and side-by-side comparisons.
Run 'chipcompare help' for the command-line tools (list, check, ...).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/guiapp.cpp" line="37" />
        <source>Merge a catalog FILE over the built-in one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/guiapp.cpp" line="39" />
        <source>Save the main window as a PNG to OUT and exit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/guiapp.cpp" line="41" />
        <source>Window size for --screenshot (default 1600x900).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/guiapp.cpp" line="43" />
        <source>Open the Compare page on these chips (comma-separated ids).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/guiapp.cpp" line="46" />
        <source>Page to show first: table, chart, compare, ecosystem or llm.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/guiapp.cpp" line="88" />
        <source>No display found (DISPLAY and WAYLAND_DISPLAY are unset), so the window cannot open.
The command line works without one:

</source>
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/listtable.cpp" line="18" />
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/listtable.cpp" line="18" />
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/listtable.cpp" line="18" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/listtable.cpp" line="18" />
        <source>Memory type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/listtable.cpp" line="31" />
        <source>CUDA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/listtable.cpp" line="31" />
        <source>Software stack</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/listtable.cpp" line="38" />
        <source>3A090 band (estimate)</source>
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
        <location filename="../../app/analysis/llmfit.cpp" line="86" />
        <source>chips_needed = ceil(parameters × bytes per parameter / (memory capacity × usable fraction))</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/llmfit.cpp" line="92" />
        <source>decode_tokens_per_s_upper = chips_needed × memory bandwidth (bytes/s) / (active parameters × bytes per parameter) — an upper bound for single-stream decode: weights only, perfect bandwidth use</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LlmFitModel</name>
    <message>
        <location filename="../../app/models/llmfitmodel.cpp" line="80" />
        <source>Unknown: memory capacity or bandwidth is unknown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/llmfitmodel.cpp" line="82" />
        <source>Unknown: memory capacity is unknown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/llmfitmodel.cpp" line="95" />
        <source>Chip</source>
        <translation>芯片</translation>
    </message>
    <message>
        <location filename="../../app/models/llmfitmodel.cpp" line="97" />
        <source>Chips needed</source>
        <translation>所需芯片数</translation>
    </message>
    <message>
        <location filename="../../app/models/llmfitmodel.cpp" line="99" />
        <source>Decode tokens/s
(upper bound)</source>
        <translation>解码 token/s
（上限）</translation>
    </message>
    <message>
        <location filename="../../app/models/llmfitmodel.cpp" line="101" />
        <source>Memory
(GB)</source>
        <translation>显存
(GB)</translation>
    </message>
    <message>
        <location filename="../../app/models/llmfitmodel.cpp" line="103" />
        <source>Bandwidth
(GB/s)</source>
        <translation>带宽
(GB/s)</translation>
    </message>
    <message>
        <location filename="../../app/models/llmfitmodel.cpp" line="105" />
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
        <location filename="../../app/widgets/llmfitpage.cpp" line="52" />
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../../app/widgets/llmfitpage.cpp" line="56" />
        <source> B</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/llmfitpage.cpp" line="82" />
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/llmfitpage.cpp" line="84" />
        <source>Export chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/llmfitpage.cpp" line="86" />
        <source>PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/llmfitpage.cpp" line="91" />
        <source>Export failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/llmfitpage.cpp" line="98" />
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <location filename="../../app/widgets/llmfitpage.cpp" line="100" />
        <source>Parameters:</source>
        <translation>参数量：</translation>
    </message>
    <message>
        <location filename="../../app/widgets/llmfitpage.cpp" line="102" />
        <source>active per token:</source>
        <translation>每 token 激活：</translation>
    </message>
    <message>
        <location filename="../../app/widgets/llmfitpage.cpp" line="107" />
        <source>Weights:</source>
        <translation>权重精度：</translation>
    </message>
    <message>
        <location filename="../../app/widgets/llmfitpage.cpp" line="109" />
        <source>Usable memory fraction:</source>
        <translation>可用显存比例：</translation>
    </message>
    <message>
        <location filename="../../app/widgets/llmfitpage.cpp" line="206" />
        <source>%1B-parameter model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/llmfitpage.cpp" line="211" />
        <source>Decode upper bound, %1, %2 weights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/llmfitpage.cpp" line="213" />
        <source>tokens/s</source>
        <translation>token/s</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="48" />
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="50" />
        <source>Catalog problems</source>
        <translation>目录问题</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="52" />
        <source>ChipCompare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="54" />
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="56" />
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="58" />
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="60" />
        <source>Ecosystem</source>
        <translation>生态</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="62" />
        <source>LLM fit</source>
        <translation>大模型适配</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="108" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="109" />
        <source>&amp;Open catalog…</source>
        <translation>打开目录(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="111" />
        <source>Export table as &amp;CSV…</source>
        <translation>将表格导出为 &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="112" />
        <source>Export c&amp;hart…</source>
        <translation>导出图表(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="113" />
        <source>Cop&amp;y chart to clipboard</source>
        <translation>复制图表到剪贴板(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="116" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="119" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="123" />
        <source>Clear &amp;filters</source>
        <translation>清除筛选(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="126" />
        <source>&amp;Chips</source>
        <translation>芯片(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="127" />
        <source>&amp;Compare selected</source>
        <translation>对比所选(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="132" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="133" />
        <source>&amp;About ChipCompare</source>
        <translation>关于 ChipCompare(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="134" />
        <source>About ChipCompare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="135" />
        <source>&lt;p&gt;&lt;b&gt;ChipCompare %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Compare AI accelerators with every number sourced: confidence, disagreeing sources and exact units.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../app/widgets/mainwindow.cpp" line="157" />
        <source>Catalog of %1 · %n chips · %2 sources</source>
        <translation>
            <numerusform>目录日期 %1 · %n 款芯片 · %2 个来源</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/widgets/mainwindow.cpp" line="174" />
        <source>Loaded %1: %n chips merged over the built-in catalog</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/widgets/mainwindow.cpp" line="187" />
        <source>The catalog file has %n problems and was not loaded; the built-in catalog stays in use.</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="211" />
        <source>Open catalog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="213" />
        <source>ChipCompare catalogs (*.json);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="218" />
        <source>Catalog not loaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="219" />
        <source>%1 has problems, listed in the Catalog problems panel. The catalog in use is unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="226" />
        <source>Export table as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="227" />
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="233" />
        <location filename="../../app/widgets/mainwindow.cpp" line="275" />
        <source>Export failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="235" />
        <location filename="../../app/widgets/mainwindow.cpp" line="277" />
        <source>Wrote %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="243" />
        <source>Select two to %1 rows in the table to compare them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="253" />
        <source>PNG image (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="254" />
        <source>SVG vector image (*.svg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="255" />
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="256" />
        <source>Export chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/widgets/mainwindow.cpp" line="284" />
        <source>Chart copied to the clipboard</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Metric</name>
    <message>
        <location filename="../../app/analysis/metrics.cpp" line="51" />
        <source>Bandwidth per GB</source>
        <translation>每 GB 带宽</translation>
    </message>
    <message>
        <location filename="../../app/analysis/metrics.cpp" line="53" />
        <source>memory bandwidth (GB/s) / memory capacity (GB)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/metrics.cpp" line="55" />
        <source>Ridge point (BF16)</source>
        <translation>屋脊点 (BF16)</translation>
    </message>
    <message>
        <location filename="../../app/analysis/metrics.cpp" line="57" />
        <source>peak dense BF16 FLOP/s / memory bandwidth (bytes/s); work below this arithmetic intensity, such as LLM decode, is memory-bound, so lower suits it better</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/metrics.cpp" line="61" />
        <source>BF16 per watt</source>
        <translation>每瓦 BF16</translation>
    </message>
    <message>
        <location filename="../../app/analysis/metrics.cpp" line="63" />
        <source>peak dense BF16 TFLOPS / TDP (W)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/metrics.cpp" line="64" />
        <source>TPP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/metrics.cpp" line="66" />
        <source>US export-control Total Processing Performance: the largest of dense BF16/FP16 TFLOPS × 16, FP8 TFLOPS × 8 and INT8 TOPS × 8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/analysis/metrics.cpp" line="70" />
        <source>Performance density</source>
        <translation>性能密度</translation>
    </message>
    <message>
        <location filename="../../app/analysis/metrics.cpp" line="72" />
        <source>TPP / logic die area (mm²)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MultiSelectButton</name>
    <message>
        <location filename="../../app/widgets/multiselectbutton.cpp" line="83" />
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/widgets/multiselectbutton.cpp" line="85" />
        <source>%n selected</source>
        <translation>
            <numerusform>已选 %n 项</numerusform></translation>
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
        <location filename="../../app/models/provenancetext.cpp" line="45" />
        <source>as printed: %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/provenancetext.cpp" line="56" />
        <source>Unknown: an input is unknown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/provenancetext.cpp" line="57" />
        <source>Computed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/provenancetext.cpp" line="63" />
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/provenancetext.cpp" line="81" />
        <source>Unknown: no source in the catalog gives this value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/provenancetext.cpp" line="84" />
        <source>Source: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/provenancetext.cpp" line="85" />
        <source>Confidence: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/provenancetext.cpp" line="87" />
        <source>Note: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/provenancetext.cpp" line="90" />
        <source>Other sources disagree:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/models/provenancetext.cpp" line="90" />
        <source>Other sources agree:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/charts/chartbuilder.cpp" line="133" />
        <source>n/a</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/charts/chartbuilder.cpp" line="309" />
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
    <name>SpecField</name>
    <message>
        <location filename="../../app/core/chip.cpp" line="31" />
        <source>Memory</source>
        <translation>显存</translation>
    </message>
    <message>
        <location filename="../../app/core/chip.cpp" line="33" />
        <source>Memory bandwidth</source>
        <translation>显存带宽</translation>
    </message>
    <message>
        <location filename="../../app/core/chip.cpp" line="35" />
        <source>BF16/FP16 dense</source>
        <translation>BF16/FP16 稠密</translation>
    </message>
    <message>
        <location filename="../../app/core/chip.cpp" line="37" />
        <source>FP8 dense</source>
        <translation>FP8 稠密</translation>
    </message>
    <message>
        <location filename="../../app/core/chip.cpp" line="39" />
        <source>INT8 dense</source>
        <translation>INT8 稠密</translation>
    </message>
    <message>
        <location filename="../../app/core/chip.cpp" line="41" />
        <source>TDP</source>
        <translation>TDP</translation>
    </message>
    <message>
        <location filename="../../app/core/chip.cpp" line="43" />
        <source>Die area</source>
        <translation>芯片面积</translation>
    </message>
    <message>
        <location filename="../../app/core/chip.cpp" line="45" />
        <source>Interconnect bandwidth</source>
        <translation>互连带宽</translation>
    </message>
</context>
<context>
    <name>SupportLevel</name>
    <message>
        <location filename="../../app/core/chip.cpp" line="163" />
        <source>native</source>
        <translation>原生</translation>
    </message>
    <message>
        <location filename="../../app/core/chip.cpp" line="165" />
        <source>plugin or fork</source>
        <translation>插件或分支</translation>
    </message>
    <message>
        <location filename="../../app/core/chip.cpp" line="167" />
        <source>none</source>
        <translation>不支持</translation>
    </message>
    <message>
        <location filename="../../app/core/chip.cpp" line="169" />
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../../app/widgets/tablepage.cpp" line="20" />
        <source>Columns</source>
        <translation>列</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="72" />
        <source>must be the string "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="76" />
        <source>must be %1, the format version this program reads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="82" />
        <location filename="../../app/io/catalogreader.cpp" line="90" />
        <location filename="../../app/io/catalogreader.cpp" line="242" />
        <location filename="../../app/io/catalogreader.cpp" line="274" />
        <source>an array</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="90" />
        <source>is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="107" />
        <source>expected %1, found %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="115" />
        <source>unknown field (misspelt?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="125" />
        <source>is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="129" />
        <source>a string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="134" />
        <source>must not be empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="142" />
        <source>a date string YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="147" />
        <source>'%1' is not a date of the form YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="155" />
        <location filename="../../app/io/catalogreader.cpp" line="282" />
        <source>an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="173" />
        <source>'%1' is not an http(s) address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="177" />
        <source>source id '%1' is defined twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="193" />
        <source>an object with value, unit, source and confidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="207" />
        <source>'value' is required (leave the whole field out when it is unknown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="209" />
        <source>a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="211" />
        <source>value must be a finite number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="214" />
        <source>value must be positive (leave the field out when it is unknown; never write 0)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="221" />
        <source>unit '%1' does not fit this field; use one of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="228" />
        <location filename="../../app/io/catalogreader.cpp" line="295" />
        <source>source '%1' is not in the catalog's sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="235" />
        <source>confidence '%1' is not one of official, reported, rumored, estimate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="267" />
        <source>'%1' is not one of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="305" />
        <source>chip #%1: expected an object, found %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="328" />
        <source>ids are lowercase letters, digits and single hyphens, e.g. 'nvidia-h20'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="330" />
        <source>duplicate chip id; ids must be unique</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="353" />
        <source>a whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="356" />
        <source>must be a whole year from 1950 to 2100</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="364" />
        <source>an array of source ids</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../app/io/catalogreader.cpp" line="371" />
        <source>'%1' is not a source id in the catalog's sources</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>