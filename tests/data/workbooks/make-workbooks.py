#!/usr/bin/env python3
"""Writes the two workbooks tst_spreadsheet reads, shaped as Excel and LibreOffice write them.

Run from this folder: python3 make-workbooks.py. The outputs are committed; this script says how
they were made and makes them again if a case is added.

epoch-hardware.xlsx: an Epoch-style sheet ("Hardware") with shared strings (one in rich-text runs
with a phonetic run that is not text), an inline string, dates stored as serial numbers under a
date style, SI-unit numbers as Excel stores them (8E+10, 9.894E+14), a #N/A error cell, a skipped
cell (no C4), a missing row (row 5), and a second sheet "Notes".
european.ods: a LibreOffice sheet ("Chips") whose float cells display "1.979,0" but store 1979,
a date cell, text with <text:s/> spaces, columns and rows repeated to the sheet's edge, and a
second sheet "Extra".
too-wide.xlsx: a header cell in the last column (XFD) over 1,300 one-cell rows: 21 million cells
once each row is padded to the header, which the reader refuses rather than filling memory.
"""
import zipfile

def xlsx(path):
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    shared = ["Hardware name", "Manufacturer", "Release date", "Memory size per board (Byte)",
              "Tensor-FP16/BF16 performance (FLOP/s)", "TDP (W)", "NVIDIA H100 SXM5 80GB", "NVIDIA",
              "AMD", "Notes", "Huawei", "Ascend 910B"]
    sst = "".join(f"<si><t>{s}</t></si>" for s in shared)
    # index 12: rich text "AMD Instinct " + "MI300X", with a phonetic run that is not part of it
    sst += ('<si><r><rPr><b/></rPr><t xml:space="preserve">AMD Instinct </t></r><r><t>MI300X</t></r>'
            '<rPh sb="0" eb="3"><t>PHONETIC</t></rPh></si>')
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8"?><workbook {ns} {rel}><sheets><sheet name="Hardware" sheetId="1" r:id="rId1"/><sheet name="Notes" sheetId="2" r:id="rId2"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/></Relationships>',
        # style 0: general; 1: built-in date (14); 2: custom "yyyy\-mm\-dd" (164); 3: a number format with [Red]
        "xl/styles.xml": f'<?xml version="1.0" encoding="UTF-8"?><styleSheet {ns}><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/><numFmt numFmtId="165" formatCode="[Red]0.00"/></numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165" applyNumberFormat="1"/></cellXfs></styleSheet>',
        "xl/sharedStrings.xml": f'<?xml version="1.0" encoding="UTF-8"?><sst {ns} count="13" uniqueCount="13">{sst}</sst>',
        "xl/worksheets/sheet1.xml": f'''<?xml version="1.0" encoding="UTF-8"?><worksheet {ns}><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c><c r="G1" t="s"><v>9</v></c></row>
<row r="2"><c r="A2" t="s"><v>6</v></c><c r="B2" t="s"><v>7</v></c><c r="C2" s="1"><v>44824</v></c><c r="D2"><v>80000000000</v></c><c r="E2" s="3"><v>9.894E+14</v></c><c r="F2"><v>700</v></c><c r="G2" t="inlineStr"><is><t>SXM5 board</t></is></c></row>
<row r="3"><c r="A3" t="s"><v>12</v></c><c r="B3" t="s"><v>8</v></c><c r="C3" s="2"><v>45266.5</v></c><c r="D3"><v>1.92E+11</v></c><c r="E3"><v>1.3074E+15</v></c><c r="F3" t="e"><v>#N/A</v></c></row>
<row r="4"><c r="A4" t="s"><v>11</v></c><c r="B4" t="s"><v>10</v></c><c r="D4"><v>64000000000</v></c><c r="F4" t="str"><f>350+50</f><v>400</v></c></row>
<row r="6"><c r="A6" t="inlineStr"><is><t>Gaudi 3</t></is></c><c r="B6" t="inlineStr"><is><t>Intel</t></is></c><c r="F6" t="inlineStr"><is><t>600-900</t></is></c></row>
</sheetData></worksheet>''',
        "xl/worksheets/sheet2.xml": f'<?xml version="1.0" encoding="UTF-8"?><worksheet {ns}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>name</t></is></c><c r="B1" t="inlineStr"><is><t>TDP (W)</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Note chip</t></is></c><c r="B2"><v>75</v></c></row></sheetData></worksheet>',
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            z.writestr(name, text)

def ods(path):
    head = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
            'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
            '<office:body><office:spreadsheet>')
    def s(text):
        return f'<table:table-cell office:value-type="string"><text:p>{text}</text:p></table:table-cell>'
    def f(value, shown):
        return f'<table:table-cell office:value-type="float" office:value="{value}"><text:p>{shown}</text:p></table:table-cell>'
    empty_to_edge = '<table:table-cell table:number-columns-repeated="1017"/>'
    chips = ('<table:table table:name="Chips">'
             '<table:table-column table:number-columns-repeated="1024"/>'
             '<table:table-row>' + s("Model") + s("Vendor") + s("Memory (GB)") + s("Memory bandwidth (TB/s)") + s("BF16 dense (TFLOPS)")
             + s("Release date") + s("TDP (W)") + empty_to_edge + '</table:table-row>'
             '<table:table-row>' + s("Ascend<text:s/>910C") + s("Huawei") + f("128", "128,0") + f("3.2", "3,2") + f("780", "780,0")
             + '<table:table-cell office:value-type="date" office:date-value="2025-03-01T00:00:00"><text:p>01.03.25</text:p></table:table-cell>'
             + f("700", "700") + empty_to_edge + '</table:table-row>'
             '<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
             '<table:table-row>' + s("H100<text:s text:c=\"2\"/>SXM") + s("NVIDIA") + f("80", "80,0") + f("3.35", "3,35") + f("989.5", "989,5")
             + '<table:covered-table-cell/>' + f("700", "700") + empty_to_edge + '</table:table-row>'
             '<table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
             '</table:table>')
    extra = ('<table:table table:name="Extra"><table:table-row>' + s("name") + s("TDP (W)") + '</table:table-row>'
             '<table:table-row>' + s("Extra chip") + f("55", "55") + '</table:table-row></table:table>')
    content = head + chips + extra + '</office:spreadsheet></office:body></office:document-content>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content)

def too_wide(path):
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    rows = '<row r="1"><c r="A1" t="inlineStr"><is><t>name</t></is></c><c r="XFD1" t="inlineStr"><is><t>TDP (W)</t></is></c></row>'
    rows += "".join(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>' for r in range(2, 1302))
    files = {
        "xl/workbook.xml": f'<workbook {ns} {rel}><sheets><sheet name="Wide" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": f"<worksheet {ns}><sheetData>{rows}</sheetData></worksheet>",
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            z.writestr(name, text)

xlsx("epoch-hardware.xlsx")
too_wide("too-wide.xlsx")
ods("european.ods")
