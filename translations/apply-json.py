#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
# SPDX-License-Identifier: MIT
"""Merges translations from JSON files into a Qt .ts catalog, or lists what is left to do.

JSON shape: {"<context>": {"<source text>": "<translation>"}}; a %n (numerus) message takes a
list of its plural forms instead: ["<singular>", "<plural>"] for English and German. A
translation replaces what the catalog had and marks the message finished.

  apply-json.py playground_de.ts de-part1.json de-part2.json   merge
  apply-json.py --fill-source playground_en.ts                 English: non-numerus messages
                                                               read as their source text
  apply-json.py --todo todo.json playground_de.ts              unfinished messages as JSON

The catalog is written back through lconvert, in exactly the layout lupdate writes, so a merge
changes only the messages it translates.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def find_lconvert(explicit):
    for candidate in (explicit, os.environ.get("LCONVERT"), "/usr/lib/qt6/bin/lconvert",
                      shutil.which("lconvert6"), shutil.which("lconvert")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    sys.exit("apply-json.py: lconvert not found (Debian: qt6-l10n-tools); set LCONVERT")


def messages(root):
    """(context name, message element) for every message of the catalog."""
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            yield name, message


def is_numerus(message):
    return message.get("numerus") == "yes"


def is_unfinished(message):
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return True
    if is_numerus(message):
        forms = translation.findall("numerusform")
        return not forms or any(not (f.text or "") for f in forms)
    return not (translation.text or "")


def set_translation(message, value):
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    kind = translation.get("type")
    if kind in ("obsolete", "vanished"):
        return False
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    if is_numerus(message):
        if isinstance(value, str):
            value = [value]
        translation.text = None
        for form in value:
            ET.SubElement(translation, "numerusform").text = form
    else:
        if not isinstance(value, str):
            raise ValueError("a list for a message without %n")
        translation.text = value
    return True


def write(tree, path, lconvert):
    with tempfile.TemporaryDirectory() as tmp:
        raw = os.path.join(tmp, os.path.basename(path))
        tree.write(raw, encoding="utf-8", xml_declaration=True)
        subprocess.run([lconvert, "-locations", "none", "-i", raw, "-o", path], check=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("ts", help="the catalog (.ts) to change or read")
    parser.add_argument("json", nargs="*", help="translations to merge")
    parser.add_argument("--fill-source", action="store_true",
                        help="give untranslated non-numerus messages their source text "
                             "(the English source catalog)")
    parser.add_argument("--todo", metavar="OUT",
                        help="write the unfinished messages as JSON (source text as the value)")
    parser.add_argument("--lconvert", help="lconvert to normalise the catalog with")
    args = parser.parse_args()

    tree = ET.parse(args.ts)
    root = tree.getroot()

    if args.todo:
        todo = {}
        for context, message in messages(root):
            if is_unfinished(message) and message.find("translation").get("type") not in (
                    "obsolete", "vanished"):
                source = message.findtext("source") or ""
                todo.setdefault(context, {})[source] = (
                    [source, source] if is_numerus(message) else source)
        with open(args.todo, "w", encoding="utf-8") as out:
            json.dump(todo, out, ensure_ascii=False, indent=1)
        print(f"{args.todo}: {sum(len(v) for v in todo.values())} unfinished messages")
        return 0

    wanted = {}
    for path in args.json:
        with open(path, encoding="utf-8") as f:
            for context, entries in json.load(f).items():
                for source, value in entries.items():
                    wanted[(context, source)] = value

    changed = 0
    used = set()
    for context, message in messages(root):
        source = message.findtext("source") or ""
        key = (context, source)
        if key in wanted:
            used.add(key)
            if set_translation(message, wanted[key]):
                changed += 1
        elif args.fill_source and not is_numerus(message) and is_unfinished(message):
            if set_translation(message, source):
                changed += 1

    unused = [key for key in wanted if key not in used]
    for context, source in unused:
        print(f"not in {args.ts}: [{context}] {source!r}", file=sys.stderr)
    left = sum(1 for _, m in messages(root) if is_unfinished(m))
    write(tree, args.ts, find_lconvert(args.lconvert))
    print(f"{args.ts}: {changed} messages set, {left} unfinished, "
          f"{len(unused)} JSON entries not in the catalog")
    return 0


if __name__ == "__main__":
    sys.exit(main())
