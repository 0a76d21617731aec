#!/usr/bin/env python3
"""Keeps of Kubernetes' OpenAPI (swagger 2.0, api/openapi-spec/swagger.json) only the definitions the
given kinds reach through $ref, unchanged, so the built-in kinds k8s/ renders are checked against the
real schema without storing all 4 MB of it (see ../SOURCES.md for the command that made the file here).

    trim.py SWAGGER_JSON OUTPUT_JSON GROUP/VERSION/KIND...   (the core group is written as "core")
"""
import json
import sys


def main(source, target, kinds):
    with open(source, encoding="utf-8") as f:
        definitions = json.load(f)["definitions"]
    wanted = set()
    for kind in kinds:
        group, version, name = kind.split("/")
        group = "" if group == "core" else group
        found = [key for key, schema in definitions.items()
                 if {"group": group, "version": version, "kind": name} in schema.get("x-kubernetes-group-version-kind", [])]
        if len(found) != 1:
            sys.exit(f"{kind}: {len(found)} definitions name it")
        wanted.add(found[0])
    kept, todo = {}, sorted(wanted)
    while todo:
        key = todo.pop()
        if key in kept:
            continue
        kept[key] = definitions[key]
        todo.extend(ref.split("/")[-1] for ref in refs(definitions[key]))
    with open(target, "w", encoding="utf-8") as f:
        json.dump({"definitions": kept}, f, indent=1, sort_keys=True)
        f.write("\n")


def refs(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from refs(value)


if __name__ == "__main__":
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
