#!/usr/bin/env python3
"""Checks the completeness rules of the Plexus spec (issue 2) that a schema validator does not.

Usage: check-plexus-spec.py [openapi.yaml]
Prints one line per problem and exits 1 when there is any.
"""
import sys

import yaml
from openapi_schema_validator import OAS30Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}


def resolve(doc, ref):
    node = doc
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


def walk(node, path=""):
    yield path, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, f"{path}/{index}")


def deref(doc, node):
    while isinstance(node, dict) and "$ref" in node:
        node = resolve(doc, node["$ref"])
    return node


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "openapi.yaml"
    with open(path, encoding="utf-8") as handle:
        doc = yaml.safe_load(handle)
    problems = []

    for where, node in walk(doc):
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            if resolve(doc, node["$ref"]) is None:
                problems.append(f"{where}: unresolved $ref {node['$ref']}")

    used_tags = set()
    for route, item in doc["paths"].items():
        for method, op in item.items():
            if method not in METHODS:
                continue
            name = f"{method.upper()} {route}"
            used_tags.update(op.get("tags", []))
            for key in ("operationId", "summary", "tags"):
                if not op.get(key):
                    problems.append(f"{name}: no {key}")
            security = op.get("security")
            if route == "/version":
                if security != []:
                    problems.append(f"{name}: must have no security requirement")
            elif not security:
                problems.append(f"{name}: no security requirement")
            codes = [str(code) for code in op.get("responses", {})]
            if not any(code.startswith("2") for code in codes):
                problems.append(f"{name}: no success response")
            if not any(code[0] in "45" for code in codes):
                problems.append(f"{name}: no error response")

    for group in doc.get("x-tagGroups", []):
        for tag in group["tags"]:
            if tag not in used_tags:
                problems.append(f"x-tagGroups: tag '{tag}' has no operation")

    def check_schema(where, schema):
        if not isinstance(schema, dict) or "$ref" in schema:
            return
        for key, prop in (schema.get("properties") or {}).items():
            if isinstance(prop, dict) and "$ref" not in prop and not prop.get("description"):
                problems.append(f"{where}/properties/{key}: no description")
            check_schema(f"{where}/properties/{key}", prop)
        for keyword in ("allOf", "oneOf", "anyOf"):
            for index, sub in enumerate(schema.get(keyword, [])):
                check_schema(f"{where}/{keyword}/{index}", sub)
        if isinstance(schema.get("items"), dict):
            check_schema(f"{where}/items", schema["items"])

    for name, schema in doc["components"]["schemas"].items():
        if not schema.get("description"):
            problems.append(f"#/components/schemas/{name}: no description")
        check_schema(f"#/components/schemas/{name}", schema)

    def has_example(media):
        if "example" in media or "examples" in media:
            return True
        schema = deref(doc, media.get("schema"))
        return isinstance(schema, dict) and "example" in schema

    for route, item in doc["paths"].items():
        for method, op in item.items():
            if method not in METHODS:
                continue
            for code, response in op.get("responses", {}).items():
                response = deref(doc, response)
                for media_type, media in (response.get("content") or {}).items():
                    if not has_example(media):
                        problems.append(f"{method.upper()} {route} {code} {media_type}: no example")

    registry = Registry().with_resource("urn:plexus", Resource.from_contents(doc, default_specification=DRAFT4))

    def check_example(pointer, example):
        validator = OAS30Validator(
            {"$ref": "urn:plexus#" + pointer}, registry=registry, format_checker=OAS30Validator.FORMAT_CHECKER
        )
        for error in validator.iter_errors(example):
            location = "/".join(str(part) for part in error.path)
            problems.append(f"{pointer}: example invalid at '{location}': {error.message}")

    for name, schema in doc["components"]["schemas"].items():
        if "example" in schema:
            check_example(f"/components/schemas/{name}", schema["example"])
    for kind in ("responses", "requestBodies"):
        for name, component in doc["components"][kind].items():
            for media_type, media in (component.get("content") or {}).items():
                if "example" in media:
                    escaped = media_type.replace("~", "~0").replace("/", "~1")
                    check_example(f"/components/{kind}/{name}/content/{escaped}/schema", media["example"])

    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s) in {path}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
