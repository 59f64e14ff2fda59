#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Modelkit Playground contributors
# SPDX-License-Identifier: MIT
"""Writes the fuzzers' seed corpora (corpus/<name>/) and name dictionaries (dict/<name>.dict).

Seeds come from the recorded provider traffic in ../shared/fixtures (see its README), the
JSON written into our own tests (tests/modelkit/tst_*.cpp) and format documents, and, when
--cli points at a built `modelkit` command, real documents that it writes (imports, saved
chats and comparisons from the offline demo provider). Dictionaries list the names each
harness's code looks for, taken from the string literals of its sources.

    tests/fuzz/make-seeds.py [--cli build/app/modelkit] [--merge BUILD_DIR]

--merge BUILD_DIR (a MODELKIT_FUZZ=ON build with the fuzzers built) keeps only the
candidates that add coverage (libFuzzer -merge=1), so that each corpus stays a few dozen
files. Run it once after changing the sources of seeds, and commit what it writes.
"""

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
FIXTURES = (ROOT / ".." / "shared" / "fixtures").resolve()
TESTS = ROOT / "tests" / "modelkit"
MAX_SEED = 64 * 1024 - 1

HARNESSES = [
    "sseparser", "ndjsonparser", "openai", "anthropic", "gemini", "ollama",
    "conversationimporter", "comparisondocument", "jsontextcheck",
]

# Sources whose string literals name what each harness's input may contain.
DICT_SOURCES = {
    "openai": ["modelkit/providers/openai/openairesponsereader.cpp",
               "modelkit/providers/openai/openaimodels.cpp"],
    "anthropic": ["modelkit/providers/anthropic/anthropicresponsereader.cpp",
                  "modelkit/providers/anthropic/anthropicmodels.cpp",
                  "modelkit/providers/anthropic/anthropicconfig.h"],
    "gemini": ["modelkit/providers/gemini/geminiresponsereader.cpp",
               "modelkit/providers/gemini/geminimodels.cpp"],
    "ollama": ["modelkit/providers/ollama/ollamaresponsereader.cpp",
               "modelkit/providers/ollama/ollamamodels.cpp"],
    "conversationimporter": ["modelkit/conversation/*.cpp", "modelkit/core/*.cpp"],
    "comparisondocument": ["modelkit/compare/*.cpp", "modelkit/conversation/conversationrun.cpp",
                           "modelkit/conversation/preservedjson.cpp", "modelkit/core/*.cpp"],
    "jsontextcheck": ["modelkit/core/toolschema.cpp", "modelkit/core/jsonfields.cpp"],
}
# JSON Schema words a tool's `parameters` are made of (the tool editor's input).
SCHEMA_WORDS = ["type", "object", "properties", "required", "string", "number", "integer",
                "boolean", "array", "items", "enum", "description", "additionalProperties",
                "$defs", "$ref", "anyOf", "oneOf", "allOf", "const", "default", "format",
                "minimum", "maximum", "pattern", "strict"]

LITERAL = re.compile(r'(?:u|QStringLiteral\(|QLatin1String\(|QByteArrayView\()"((?:[^"\\\n]|\\.)*)"')
WORD = re.compile(r"^[A-Za-z0-9_.@/:$-]{1,40}$")


def dictionary(name):
    words = set(SCHEMA_WORDS) if name == "jsontextcheck" else set()
    for pattern in DICT_SOURCES[name]:
        for path in sorted(ROOT.glob(pattern)):
            for match in LITERAL.finditer(path.read_text(encoding="utf-8")):
                if WORD.match(match.group(1)):
                    words.add(match.group(1))
    lines = [f"# Names {name}'s code reads, from its sources (make-seeds.py)."]
    lines += ['"\\"%s\\""' % w.replace("\\", "\\\\") for w in sorted(words)]
    return "\n".join(lines) + "\n"


# --- C++ string literals of our tests ----------------------------------------------------------

def cpp_strings(text):
    """Adjacent C/C++ string literals ("…" and R"(…)") joined, as the compiler would."""
    i, n = 0, len(text)
    current, out = None, []

    def flush():
        nonlocal current
        if current is not None:
            out.append(current)
        current = None

    while i < n:
        c = text[i]
        if text.startswith("//", i):
            i = text.find("\n", i)
            i = n if i < 0 else i
            continue
        if text.startswith("/*", i):
            i = text.find("*/", i) + 2
            continue
        raw = re.match(r'(?:u8|u|U|L)?R"([^(\s]*)\(', text[i:i + 24])
        if raw:
            delim = ")" + raw.group(1) + '"'
            start = i + raw.end()
            end = text.find(delim, start)
            current = (current or "") + text[start:end]
            i = end + len(delim)
            continue
        plain = re.match(r'(?:u8|u|U|L)?"', text[i:i + 3])
        if plain and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            j = i + plain.end()
            buf = []
            while j < n and text[j] != '"':
                if text[j] == "\\":
                    esc = text[j + 1]
                    simple = {"n": "\n", "r": "\r", "t": "\t", '"': '"', "\\": "\\", "'": "'",
                              "0": "\0"}
                    if esc == "x":
                        hexdigits = re.match(r"[0-9a-fA-F]+", text[j + 2:]).group(0)
                        buf.append(chr(int(hexdigits, 16)))
                        j += 2 + len(hexdigits)
                        continue
                    buf.append(simple.get(esc, esc))
                    j += 2
                    continue
                buf.append(text[j])
                j += 1
            current = (current or "") + "".join(buf)
            i = j + 1
            continue
        if c.isspace():
            i += 1
            continue
        if text.startswith("_s", i) or text.startswith("_ba", i):
            i += 2 if text.startswith("_s", i) else 3
            continue
        flush()
        i += 1
    flush()
    return out


def test_strings(name):
    path = TESTS / name
    return cpp_strings(path.read_text(encoding="utf-8")) if path.exists() else []


def is_json(text):
    try:
        json.loads(text)
        return True
    except ValueError:
        return False


def json_literals(name, min_size=2):
    return [s for s in test_strings(name) if s[:1] in "{[" and len(s) >= min_size and is_json(s)]


def sse(events, line_end="\n"):
    return "".join(f"data: {e}{line_end}{line_end}" for e in events)


def typed_sse(events):
    out = []
    for e in events:
        try:
            kind = json.loads(e).get("type", "")
        except (ValueError, AttributeError):
            kind = ""
        out.append(f"event: {kind}\ndata: {e}\n\n")
    return "".join(out)


# --- candidates per harness -----------------------------------------------------------------

def fixture(path):
    return (FIXTURES / path).read_bytes()


def fixture_files(folder, suffix):
    return sorted((FIXTURES / folder).glob("*" + suffix))


def exchanges(path):
    return json.loads(fixture(path))


def openapi_chat_examples():
    try:
        import yaml  # PyYAML (python3-yaml)
    except ImportError:
        print("make-seeds: no PyYAML, skipping the OpenAPI examples", file=sys.stderr)
        return [], []
    spec = yaml.safe_load(fixture("openai/openapi.yaml"))
    examples = spec["paths"]["/chat/completions"]["post"]["x-oaiMeta"]["examples"]
    requests, responses = [], []
    for example in examples:
        responses.append(example["response"])
        curl = example["request"].get("curl", "")
        body = re.search(r"-d '(.*)'", curl, re.S)
        if body:
            requests.append(body.group(1))
    return requests, responses


def candidates(cli):
    c = {name: [] for name in HARNESSES}
    openapi_requests, openapi_responses = openapi_chat_examples()

    # Recorded streams and bodies.
    for folder in ["openai", "anthropic", "gemini"]:
        for path in fixture_files(folder, ".sse"):
            c[folder].append(path.read_bytes())
            c["sseparser"].append(path.read_bytes())
    for path in fixture_files("gemini", ".json"):
        c["gemini"].append(path.read_bytes())
    for path in ["anthropic/http-exchange-429-retry-then-stream.json",
                 "anthropic/http-exchange-tool-use-roundtrip.json"]:
        for exchange in exchanges(path):
            body = exchange["response"]["body"]
            c["anthropic"].append((body if isinstance(body, str) else json.dumps(body)).encode())
            request = exchange["request"]["body"]
            request = request if isinstance(request, str) else json.dumps(request, indent=2)
            c["conversationimporter"].append(request.encode())
            c["jsontextcheck"].append(request.encode())
    c["openai"] += [r.encode() for r in openapi_responses]
    c["conversationimporter"] += [r.encode() for r in openapi_requests]

    # Our tests' wire data: whole bodies and chunks, and streams made of them.
    for harness, test, typed in [("openai", "tst_openaireader.cpp", False),
                                 ("anthropic", "tst_anthropicreader.cpp", True),
                                 ("gemini", "tst_geminireader.cpp", False)]:
        literals = json_literals(test)
        c[harness] += [s.encode() for s in literals]
        c[harness] += [s.encode() for s in test_strings(test) if "data:" in s]
        for k in range(0, len(literals), 5):
            group = literals[k:k + 5]
            c[harness].append((typed_sse(group) if typed else sse(group)).encode())
            c["sseparser"].append(sse(group, "\r\n").encode())
    ollama = [s for s in test_strings("tst_ollamareader.cpp") if s.startswith("{")]
    c["ollama"] += [s.encode() for s in ollama]
    c["ndjsonparser"] += [s.encode() for s in ollama if "\n" in s]
    c["ndjsonparser"].append("\r\n".join(ollama[:6]).encode())
    c["ndjsonparser"].append(("\n\n  \t\n" + "\n".join(ollama[6:9])).encode())

    # Conversations, requests and message lists in every format; comparisons; tools.
    for test in ["tst_conversation.cpp", "tst_cliconversation.cpp", "tst_coretypes.cpp"]:
        c["conversationimporter"] += [s.encode() for s in json_literals(test, 20)]
    for test in ["tst_comparison.cpp", "tst_clicompare.cpp"]:
        c["comparisondocument"] += [s.encode() for s in json_literals(test, 20)
                                    if "modelkit.comparison" in s]
    for doc, harness in [("modelkit/conversation/conversation-format.md", "conversationimporter"),
                         ("modelkit/compare/comparison-format.md", "comparisondocument")]:
        for block in re.findall(r"```json\n(.*?)```", (ROOT / doc).read_text(), re.S):
            c[harness].append(block.encode())
    for tools in [json_literals("tst_coretypes.cpp", 10), json_literals("tst_openaireader.cpp", 10)]:
        c["jsontextcheck"] += [s.encode() for s in tools if '"parameters"' in s
                               or '"properties"' in s]
    c["jsontextcheck"] += [
        b'{\n    "name": "get_weather",\n    "description": "The weather in a city",\n'
        b'    "parameters": {\n        "type": "object",\n        "properties": {\n'
        b'            "city": {"type": "string"}\n        },\n        "required": ["city"]\n'
        b'    },\n    "strict": true\n}\n',
        b'{"name": "t", "parameters": {"type": "object"}, }',
        b'{"name": "t" "parameters": {}}',
        b'[1, 2.5e3, -0, "\\u00e9\\n", true, false, null, {"a": [{}]}]',
        b'{"s": "tab\tinside"}',
        b'   \n\t ',
        b'{"name": "\xf0\x9f\x98\x80", "parameters": {"type": "object"}}',
    ]
    c["sseparser"] += [
        b"\xef\xbb\xbfdata: bom\n\n",
        b": keep-alive\n\nevent: update\nid: 7\nretry: 2500\ndata: line 1\ndata: line 2\n\n",
        b"data\n\ndata:\n\nid: a\x00b\ndata: x\r\rretry: 99999999999\ndata: y",
        b"event: only\n\nid: 1\n\n\r\n\rdata:  two spaces\r\n\r\n",
    ]
    c["ndjsonparser"] += [b'{"a":1}\n{"b":2}\r\n\n \t\f\v\n{"c":3}', b"\n\n\r\n", b"no newline"]

    if cli:
        c_import, c_compare = cli_documents(cli, c["conversationimporter"])
        c["conversationimporter"] += c_import
        c["comparisondocument"] += c_compare
    return c


def cli_documents(cli, imports):
    """Documents as the `modelkit` command writes them, from the offline demo provider."""
    conversations, comparisons = [], []
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, HOME=tmp, XDG_CONFIG_HOME=tmp + "/config",
                   XDG_DATA_HOME=tmp + "/data", XDG_CACHE_HOME=tmp + "/cache",
                   QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8")

        def run(*args, ok=(0,)):
            p = subprocess.run([cli, *args], capture_output=True, env=env, timeout=120)
            return p.stdout if p.returncode in ok else None

        tools = Path(tmp) / "tools.json"
        tools.write_text(json.dumps([{
            "name": "get_weather", "description": "The weather in a city",
            "parameters": {"type": "object", "properties": {"city": {"type": "string"}},
                           "required": ["city"]}}]))
        for k, source in enumerate(imports[:12]):
            path = Path(tmp) / f"in{k}.json"
            path.write_bytes(source)
            out = run("import", str(path))
            if out:
                conversations.append(out)
        for k, extra in enumerate([["--system", "Be brief."],
                                   ["--tools", str(tools), "--tool-choice", "required"]]):
            saved = Path(tmp) / f"chat{k}.json"
            if run("chat", "--provider", "demo", "--user", "Weather in Paris?", "--save",
                   str(saved), "--no-ledger", *extra) is not None and saved.exists():
                conversations.append(saved.read_bytes())
        # A lane that fails (nothing listens on Ollama's port here) records its error.
        for lanes in [["demo:demo-fast", "demo:demo-fast:temperature=0.2,repeat=2"],
                      ["demo", "demo:demo-fast:system=Answer in French.", "demo::max_tokens=5"],
                      ["demo:demo-fast", "ollama:nothing-here"]]:
            args = ["compare", "--user", "Weather in Paris?", "--output", "json", "--no-ledger",
                    "--cache", "memory", "--max-retries", "0", "--tools", str(tools)]
            for lane in lanes:
                args += ["--lane", lane]
            if lanes[-1].startswith("ollama"):
                args += ["--limit", "demo=1"]  # a document with concurrency_limits
            out = run(*args, ok=(0, 3, 4))
            if out:
                comparisons.append(out)
    if not conversations or not comparisons:
        print("make-seeds: the CLI wrote %d conversations and %d comparisons"
              % (len(conversations), len(comparisons)), file=sys.stderr)
    return conversations, comparisons


# --- writing ---------------------------------------------------------------------------------

def write_corpus(directory, seeds):
    directory.mkdir(parents=True, exist_ok=True)
    for old in directory.iterdir():
        if not old.name.startswith("."):
            old.unlink()
    written = 0
    for seed in seeds:
        if not seed or len(seed) > MAX_SEED:
            continue
        path = directory / hashlib.sha1(seed).hexdigest()
        if not path.exists():
            path.write_bytes(seed)
            written += 1
    return written


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", help="a built `modelkit` command, for documents it writes")
    parser.add_argument("--merge", metavar="BUILD_DIR",
                        help="a MODELKIT_FUZZ=ON build: keep only candidates that add coverage")
    args = parser.parse_args()

    (HERE / "dict").mkdir(exist_ok=True)
    for name in DICT_SOURCES:
        (HERE / "dict" / f"{name}.dict").write_text(dictionary(name), encoding="utf-8")

    seeds = candidates(args.cli)
    for name in HARNESSES:
        corpus = HERE / "corpus" / name
        if not args.merge:
            count = write_corpus(corpus, seeds[name])
            print(f"{name}: {count} seeds")
            continue
        fuzzer = Path(args.merge) / "tests" / "fuzz" / f"fuzz_{name}"
        with tempfile.TemporaryDirectory() as tmp:
            everything = Path(tmp) / "all"
            write_corpus(everything, seeds[name])
            merged = Path(tmp) / "merged"
            merged.mkdir()
            subprocess.run([str(fuzzer), "-merge=1", str(merged), str(everything)],
                           check=True, capture_output=True)
            kept = [p.read_bytes() for p in merged.iterdir()]
            count = write_corpus(corpus, kept)
            print(f"{name}: {count} of {len(list(everything.iterdir()))} candidates kept")


if __name__ == "__main__":
    main()
