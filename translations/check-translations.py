#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
# SPDX-License-Identifier: MIT
"""The translations_complete test: every tr() string is in every catalog, translated.

Runs lupdate over modelkit/, ui/ and app/ into a temporary catalog (the repository is only
read) and fails, naming each message, when
  - a source message (context + source text + comment) is missing from a catalog, or is
    numerus (%n) in the sources but not in the catalog;
  - a catalog's message is unfinished or empty (every plural form counts);
  - a translation's placeholders (%1…%99, %L1, %n) differ from its source text's, it lost
    the source's '&' mnemonic, or its HTML tags differ.
Messages a catalog has but the sources no longer do are listed as a note (update.sh drops
them). Fix: translations/update.sh, translate, translations/apply-json.py.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

SOURCE_DIRS = ("modelkit", "ui", "app")
PLACEHOLDER = re.compile(r"%(?:L?[1-9][0-9]?|n)")
MNEMONIC = re.compile(r"(?<!&)&(?!&)(?![A-Za-z]+;|#[0-9]+;)(?=\S)")
TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b[^<>]*>")


def text_of(element):
    """The text of a <source>/<translation>/<numerusform>, with Qt's <byte value=""/>."""
    if element is None:
        return ""
    parts = [element.text or ""]
    for child in element:
        if child.tag == "byte":
            value = child.get("value", "0")
            parts.append(chr(int(value[1:], 16) if value[:1] in "xX" else int(value)))
        parts.append(child.tail or "")
    return "".join(parts)


class Message:
    def __init__(self, context, element):
        self.context = context
        self.source = text_of(element.find("source"))
        self.comment = text_of(element.find("comment"))
        self.numerus = element.get("numerus") == "yes"
        translation = element.find("translation")
        self.type = translation.get("type", "") if translation is not None else "unfinished"
        if self.numerus and translation is not None:
            self.forms = [text_of(form) for form in translation.findall("numerusform")]
        else:
            self.forms = [text_of(translation)]

    @property
    def key(self):
        return (self.context, self.source, self.comment)

    @property
    def live(self):
        return self.type not in ("obsolete", "vanished")

    def describe(self):
        comment = f" ({self.comment})" if self.comment else ""
        return f"[{self.context}] {self.source!r}{comment}"


def read_catalog(path):
    root = ET.parse(path).getroot()
    result = []
    for context in root.iter("context"):
        name = text_of(context.find("name"))
        result.extend(Message(name, m) for m in context.findall("message"))
    return root.get("language", ""), result


def extract(lupdate, source_dir, work):
    extracted = os.path.join(work, "extracted.ts")
    includes = []
    for d in SOURCE_DIRS:
        includes += ["-I", d]
    command = [lupdate, "-silent", *SOURCE_DIRS, *includes, "-locations", "none",
               "-source-language", "en", "-ts", extracted]
    try:
        run = subprocess.run(command, cwd=source_dir, capture_output=True, text=True,
                             timeout=240)
    except subprocess.TimeoutExpired:
        sys.exit("lupdate did not finish within 240 s (a source file being written?): "
                 + " ".join(command))
    if run.returncode != 0 or not os.path.exists(extracted):
        sys.exit(f"lupdate failed ({run.returncode}):\n{run.stdout}{run.stderr}")
    return read_catalog(extracted)[1]


def placeholders(text):
    return set(PLACEHOLDER.findall(text))


def tags(text):
    return sorted(tag.lower() for tag in TAG.findall(text))


def check_text(message, translation):
    """Problems of one translated text (a plural form or the whole translation)."""
    problems = []
    want, got = placeholders(message.source), placeholders(translation)
    if want != got:
        problems.append("placeholders differ: source %s, translation %s"
                        % (sorted(want) or "none", sorted(got) or "none"))
    if MNEMONIC.search(message.source) and not MNEMONIC.search(translation):
        problems.append("the '&' mnemonic is missing")
    if tags(message.source) != tags(translation):
        problems.append("HTML tags differ")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("catalogs", nargs="+", help="the .ts files to check")
    parser.add_argument("--lupdate", default=os.environ.get("LUPDATE")
                        or ("/usr/lib/qt6/bin/lupdate" if os.path.exists(
                            "/usr/lib/qt6/bin/lupdate") else shutil.which("lupdate")))
    parser.add_argument("--source-dir", default=os.path.dirname(
        os.path.dirname(os.path.abspath(__file__))))
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="check-translations-") as work:
        sources = extract(args.lupdate, args.source_dir, work)
    wanted = {m.key: m for m in sources}
    print(f"{len(wanted)} messages in the sources ({', '.join(SOURCE_DIRS)})")

    failures = 0
    for path in args.catalogs:
        language, messages = read_catalog(path)
        name = os.path.basename(path)
        live = {m.key: m for m in messages if m.live}
        problems = []
        for key, source in wanted.items():
            message = live.get(key)
            if message is None:
                problems.append(f"missing: {source.describe()}")
                continue
            if message.numerus != source.numerus:
                problems.append(f"numerus (%n) in the sources but not in {name}, or the "
                                f"other way round: {source.describe()}")
                continue
            if message.type == "unfinished" or not message.forms or any(
                    not form for form in message.forms):
                problems.append(f"unfinished: {message.describe()}")
                continue
            for form in message.forms:
                problems += [f"{p}: {message.describe()} -> {form!r}"
                             for p in check_text(message, form)]
        stale = [m for key, m in live.items() if key not in wanted]
        finished = sum(1 for m in live.values() if m.type != "unfinished")
        print(f"{name} ({language}): {len(live)} messages, {finished} finished, "
              f"{len(live) - finished} unfinished, {len(problems)} problems")
        for problem in problems:
            print(f"  {name}: {problem}")
        if stale:
            print(f"  note: {len(stale)} messages of {name} are no longer in the sources "
                  "(translations/update.sh drops them)")
            for message in stale[:20]:
                print(f"    {message.describe()}")
        failures += len(problems)

    if failures:
        print(f"FAIL: {failures} problems. Run translations/update.sh, translate the "
              "unfinished messages (Qt Linguist, or JSON through translations/apply-json.py) "
              "and check again.")
        return 1
    print("PASS: every source message is translated in every catalog")
    return 0


if __name__ == "__main__":
    sys.exit(main())
