#!/usr/bin/env python3
"""Writes every example of openapi.yaml with the schema it belongs to, for the model round-trip tests.

Usage: extract-plexus-examples.py openapi.yaml OUTPUT.json
Output: a JSON list of {"schema": component name or "", "pointer": where the example is, "example": value}.
Only examples whose schema is a component (a named type) are listed.
"""
import json
import sys

import yaml


def main():
    source, output = sys.argv[1], sys.argv[2]
    with open(source, encoding="utf-8") as handle:
        doc = yaml.safe_load(handle)
    examples = []
    for name, schema in doc["components"]["schemas"].items():
        if "example" in schema:
            examples.append({"schema": name, "pointer": f"#/components/schemas/{name}/example", "example": schema["example"]})
    for kind in ("responses", "requestBodies"):
        for name, component in doc["components"][kind].items():
            for media_type, media in (component.get("content") or {}).items():
                schema = media.get("schema", {})
                if "example" in media and "$ref" in schema:
                    examples.append({
                        "schema": schema["$ref"].split("/")[-1],
                        "pointer": f"#/components/{kind}/{name}/content/{media_type}/example",
                        "example": media["example"],
                    })
    with open(output, "w", encoding="utf-8") as handle:
        json.dump(examples, handle, indent=1, sort_keys=True, default=str)
        handle.write("\n")
    print(f"{len(examples)} examples")


if __name__ == "__main__":
    main()
