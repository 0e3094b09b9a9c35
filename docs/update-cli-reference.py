#!/usr/bin/env python3
"""Rewrites the generated parts of docs/cli.md from the binary itself: the synopsis of
`chipcompare help` and every command's --help. Usage: python3 docs/update-cli-reference.py BINARY"""
import os
import re
import subprocess
import sys

binary = sys.argv[1] if len(sys.argv) > 1 else "build/bin/chipcompare"
page = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cli.md")
env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", LC_ALL="C.UTF-8")


def run(*args):
    return subprocess.run([binary, *args], capture_output=True, text=True, env=env, check=True).stdout.strip()


def options(help_text):
    names = set(re.findall(r"^\s+(?:-\w, )?--([a-z][a-z0-9-]*)", help_text, re.M))
    return sorted(names - {"help", "help-all", "version"})


usage = run("help")
commands = re.findall(r"^  chipcompare ([a-z-]+)", usage, re.M)
parts = ["Options by command:", ""]
helps = [("the window", "chipcompare [options] [FILE...]", run("--help"))]
helps += [(f"`{c}`", f"chipcompare {c}", run(c, "--help")) for c in commands if c != "help"]
for label, _, text in helps:
    parts.append(f"- {label}: " + ", ".join(f"`--{o}`" for o in options(text)))
for label, title, text in helps:
    parts += ["", f"### `{title}`", "", "```", text, "```"]

text = open(page, encoding="utf-8").read()
text = re.sub(r"(?s)(<!-- begin: chipcompare help[^\n]*-->\n).*?(<!-- end: chipcompare help -->)",
              lambda m: m.group(1) + "```\n" + usage + "\n```\n" + m.group(2), text)
text = re.sub(r"(?s)(<!-- begin: options[^\n]*-->\n).*?(<!-- end: options -->)",
              lambda m: m.group(1) + "\n".join(parts) + "\n" + m.group(2), text)
open(page, "w", encoding="utf-8").write(text)
