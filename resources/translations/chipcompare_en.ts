<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>CatalogDocument</name>
    <message numerus="yes">
        <source>Delete %n chip(s)</source>
        <translation><numerusform>Delete %n chip</numerusform><numerusform>Delete %n chips</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Copy %n chip(s) to my catalog</source>
        <translation><numerusform>Copy %n chip to my catalog</numerusform><numerusform>Copy %n chips to my catalog</numerusform></translation>
    </message>
</context>
<context>
    <name>ChartDataBuilder</name>
    <message numerus="yes">
        <source>Other (%n vendor(s))</source>
        <translation><numerusform>Other (%n vendor)</numerusform><numerusform>Other (%n vendors)</numerusform></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n chip(s)</source>
        <translation><numerusform>%n chip</numerusform><numerusform>%n chips</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation><numerusform>%n source</numerusform><numerusform>%n sources</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>with %n warning(s)</source>
        <translation><numerusform>with %n warning</numerusform><numerusform>with %n warnings</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 replaces %n chip(s) of the catalog before it: %2</source>
        <translation><numerusform>%1 replaces %n chip of the catalog before it: %2</numerusform><numerusform>%1 replaces %n chips of the catalog before it: %2</numerusform></translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message numerus="yes">
        <source>At most %1 chips side by side; %n more left out: %2</source>
        <translation><numerusform>At most %1 chips side by side; %n more left out: %2</numerusform><numerusform>At most %1 chips side by side; %n more left out: %2</numerusform></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <source>%1 of %n chip(s)</source>
        <translation><numerusform>%1 of %n chip</numerusform><numerusform>%1 of %n chips</numerusform></translation>
    </message>
</context>
<context>
    <name>LlmFitModel</name>
    <message numerus="yes">
        <source>needs &gt; %Ln chip(s)</source>
        <translation><numerusform>needs &gt; %Ln chip</numerusform><numerusform>needs &gt; %Ln chips</numerusform></translation>
    </message>
</context>
<context>
    <name>LlmFitPage</name>
    <message numerus="yes">
        <source>Chips that need more than %Ln chip(s) have no decode bound (n/a).</source>
        <translation><numerusform>Chips that need more than %Ln chip have no decode bound (n/a).</numerusform><numerusform>Chips that need more than %Ln chips have no decode bound (n/a).</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n chip(s)</source>
        <translation><numerusform>%n chip</numerusform><numerusform>%n chips</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation><numerusform>%n source</numerusform><numerusform>%n sources</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s) and was not loaded; the catalog in use is unchanged.</source>
        <translation><numerusform>%1 has %n problem and was not loaded; the catalog in use is unchanged.</numerusform><numerusform>%1 has %n problems and was not loaded; the catalog in use is unchanged.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1: %n chip(s) merged over the built-in catalog</source>
        <translation><numerusform>Loaded %1: %n chip merged over the built-in catalog</numerusform><numerusform>Loaded %1: %n chips merged over the built-in catalog</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) in the problems panel</source>
        <translation><numerusform>%n warning in the problems panel</numerusform><numerusform>%n warnings in the problems panel</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>replaces %n built-in chip(s): %1</source>
        <translation><numerusform>replaces %n built-in chip: %1</numerusform><numerusform>replaces %n built-in chips: %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n chip(s) from %1; Edit → Undo brings them back.</source>
        <translation><numerusform>Deleted %n chip from %1; Edit → Undo brings them back.</numerusform><numerusform>Deleted %n chips from %1; Edit → Undo brings them back.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n chip(s) to %1: edit them there; they replace the built-in ones.</source>
        <translation><numerusform>Copied %n chip to %1: edit them there; they replace the built-in ones.</numerusform><numerusform>Copied %n chips to %1: edit them there; they replace the built-in ones.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) differ from the built-in ones (File → Merge report)</source>
        <translation><numerusform>%n value differ from the built-in ones (File → Merge report)</numerusform><numerusform>%n values differ from the built-in ones (File → Merge report)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Join %n chip(s) to the same chip under another id</source>
        <translation><numerusform>Join %n chip to the same chip under another id</numerusform><numerusform>Join %n chips to the same chip under another id</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Joined %n chip(s); Edit → Undo takes it back.</source>
        <translation><numerusform>Joined %n chip; Edit → Undo takes it back.</numerusform><numerusform>Joined %n chips; Edit → Undo takes it back.</numerusform></translation>
    </message>
</context>
<context>
    <name>MatchDialog</name>
    <message numerus="yes">
        <source>%n likely pair(s) between your catalog and the catalogs before it. Tick the pairs that are the same chip: joining gives your chip the other's id as an alias, and the two merge field by field (Edit → Undo takes it back).</source>
        <translation><numerusform>%n likely pair between your catalog and the catalogs before it. Tick the pairs that are the same chip: joining gives your chip the other's id as an alias, and the two merge field by field (Edit → Undo takes it back).</numerusform><numerusform>%n likely pairs between your catalog and the catalogs before it. Tick the pairs that are the same chip: joining gives your chip the other's id as an alias, and the two merge field by field (Edit → Undo takes it back).</numerusform></translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message numerus="yes">
        <source>%n value(s) differ</source>
        <translation><numerusform>%n value differ</numerusform><numerusform>%n values differ</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n chip(s)</source>
        <translation><numerusform>in %n chip</numerusform><numerusform>in %n chips</numerusform></translation>
    </message>
</context>
<context>
    <name>MultiSelectButton</name>
    <message numerus="yes">
        <source>%n selected</source>
        <translation><numerusform>%n selected</numerusform><numerusform>%n selected</numerusform></translation>
    </message>
</context>
<context>
    <name>TableImporter</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation><numerusform>%n row</numerusform><numerusform>%n rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n chip(s)</source>
        <translation><numerusform>%n chip</numerusform><numerusform>%n chips</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n id(s) that mean nothing outside this file (bare numbers, or rows without a usable name) were made unique with the file's name, e.g. %1; --id-prefix sets the prefix</source>
        <translation><numerusform>%n id that mean nothing outside this file (bare numbers, or rows without a usable name) were made unique with the file's name, e.g. %1; --id-prefix sets the prefix</numerusform><numerusform>%n ids that mean nothing outside this file (bare numbers, or rows without a usable name) were made unique with the file's name, e.g. %1; --id-prefix sets the prefix</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n chip(s) with an id of the %1 (%2): loaded over it, each merges with that chip field by field; --id-prefix keeps them apart</source>
        <translation><numerusform>%n chip with an id of the %1 (%2): loaded over it, each merges with that chip field by field; --id-prefix keeps them apart</numerusform><numerusform>%n chips with an id of the %1 (%2): loaded over it, each merges with that chip field by field; --id-prefix keeps them apart</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n without a name</source>
        <translation><numerusform>%n without a name</numerusform><numerusform>%n without a name</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n repeated header row(s)</source>
        <translation><numerusform>%n repeated header row</numerusform><numerusform>%n repeated header rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n repeated row(s) joined to the earlier row's chip (same name, same values): %1</source>
        <translation><numerusform>%n repeated row joined to the earlier row's chip (same name, same values): %1</numerusform><numerusform>%n repeated rows joined to the earlier row's chip (same name, same values): %1</numerusform></translation>
    </message>
</context>
</TS>