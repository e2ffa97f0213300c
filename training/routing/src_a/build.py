"""Emit training/routing/corpus_a.jsonl from the literal examples in cat_*.py.

Run:  python training/routing/src_a/build.py
"""
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

MODULES = [
    "cat_code_generation",
    "cat_code_understanding",
    "cat_code_review",
    "cat_architecture",
    "cat_debugging",
    "cat_documentation",
    "cat_test_writing",
    "cat_refactoring",
    "cat_code_translation",
    "cat_sql_queries",
    "cat_shell_scripting",
    "cat_devops_ci",
    "cat_frontend_ui",
    "cat_security_audit",
    "cat_performance_review",
    "cat_api_design",
    "cat_database_design",
    "cat_tech_selection",
]


def normalise(req):
    if isinstance(req, str):
        return [{"role": "user", "content": req}]
    return req


def last_user_text(msgs):
    c = msgs[-1]["content"]
    if isinstance(c, str):
        return c
    return "\n".join(b["text"] for b in c if b.get("type") == "text" and not b["text"].startswith("<system-reminder>"))


def main():
    out_path = os.path.join(os.path.dirname(HERE), "corpus_a.jsonl")
    lines = []
    seen = {}
    for name in MODULES:
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError:
            print("skip (missing):", name)
            continue
        lines.append({"kind": "category", "category": mod.CATEGORY, "parent": mod.PARENT,
                      "descriptions": list(mod.DESCRIPTIONS)})
        for req in mod.REQUESTS:
            msgs = normalise(req)
            key = " ".join(last_user_text(msgs).lower().split())[:120]
            if key in seen:
                raise SystemExit(f"duplicate final text in {name} and {seen[key]}: {key!r}")
            seen[key] = name
            lines.append({"kind": "request", "category": mod.CATEGORY, "messages": msgs})
        print(f"{mod.CATEGORY:22s} descriptions={len(mod.DESCRIPTIONS)} requests={len(mod.REQUESTS)}")
    with open(out_path, "w", encoding="utf-8") as f:
        for obj in lines:
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print("wrote", len(lines), "lines to", out_path)


if __name__ == "__main__":
    main()
