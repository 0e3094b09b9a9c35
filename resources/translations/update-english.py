#!/usr/bin/env python3
"""Refresh chipcompare_en.ts: the English numerus forms of every "%n" string.

Source strings write plurals as "%n chip(s)"; this runs lupdate -pluralonly over app/ and fills each
message's singular ("(s)" dropped) and plural ("(s)" -> "s") forms. Run it after adding a %n string:
    python3 resources/translations/update-english.py
"""
import pathlib
import re
import subprocess
import xml.etree.ElementTree as ET

HERE = pathlib.Path(__file__).resolve().parent
TS = HERE / "chipcompare_en.ts"
subprocess.run(["/usr/lib/qt6/bin/lupdate", "-silent", "-pluralonly", "-no-obsolete", "-locations", "none",
                str(HERE.parent.parent / "app"), "-ts", str(TS)], check=True,
               stderr=subprocess.DEVNULL)

tree = ET.parse(TS)
for message in tree.iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.findtext("source")
    translation = message.find("translation")
    for child in list(translation):
        translation.remove(child)
    translation.attrib.pop("type", None)
    translation.text = None
    for form in (re.sub(r"\(s\)", "", source), re.sub(r"\(s\)", "s", source)):
        element = ET.SubElement(translation, "numerusform")
        element.text = form
tree.write(TS, encoding="utf-8", xml_declaration=True)
