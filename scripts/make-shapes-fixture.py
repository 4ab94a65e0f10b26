#!/usr/bin/env python3
"""Writes the combinatorial fixture of Tests/ShapesEndToEndTests: a document crossing every property shape
(required or optional, nullable or not, scalar, date-time, UUID, array, map, enum, union, allOf, object, inline and
named, recursive) with Swift-hazardous property and type names, and JSON samples of its echo operations.

Deterministic: run it again and nothing changes. Usage: scripts/make-shapes-fixture.py [--check] (--check writes
nothing and exits 1 when the committed files differ from what it would write).
"""
import json
import os
import sys

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "ShapesEndToEndTests", "Fixtures")

# Each kind: the schema (plain), and a JSON value of it.
KINDS = [
    ("scalar", {"type": "integer"}, 7),
    ("text", {"type": "string"}, "a \"quoted\" text"),
    ("number", {"type": "number"}, 2.5),
    ("flag", {"type": "boolean"}, True),
    ("moment", {"type": "string", "format": "date-time"}, "2026-11-29T10:00:00Z"),
    ("day", {"type": "string", "format": "date"}, "2026-11-29"),
    ("ident", {"type": "string", "format": "uuid"}, "6f9619ff-8b86-d011-b42d-00c04fc964ff"),
    ("idents", {"type": "array", "items": {"type": "string", "format": "uuid"}}, ["6f9619ff-8b86-d011-b42d-00c04fc964ff"]),
    ("list", {"type": "array", "items": {"type": "string"}}, ["x", "y"]),
    ("map", {"type": "object", "additionalProperties": {"type": "integer"}}, {"k": 1}),
    ("choice", {"type": "string", "enum": ["red", "green-blue", "default"]}, "green-blue"),
    ("color", {"$ref": "#/components/schemas/Color"}, "self"),
    ("either", {"oneOf": [{"type": "integer"}, {"type": "string"}]}, "either"),
    ("pet", {"$ref": "#/components/schemas/Pet"}, {"kind": "cat", "lives": 9}),
    ("merged", {"allOf": [{"$ref": "#/components/schemas/Base"}, {"type": "object", "properties": {"extra": {"type": "string"}}}]},
     {"id": 1, "extra": "e"}),
    ("inline", {"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "integer"}}}, {"a": "a", "b": 2}),
    ("base", {"$ref": "#/components/schemas/Base"}, {"id": 3}),
    ("anything", {}, {"free": ["form", 1, None]}),
    # Validation keywords: the server stubs check them, so each read function with constraints is compiled.
    ("bounded", {"type": "integer", "minimum": 0, "maximum": 10}, 7),
    ("code", {"type": "string", "pattern": "^[a-z]+$", "maxLength": 8}, "abc"),
    ("codes", {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}}, ["x"]),
]

# Property names that are Swift hazards; each is a string property of `Names`.
HAZARD_NAMES = [
    "self", "Self", "Type", "Protocol", "init", "default", "class", "func", "return", "case", "enum", "struct",
    "container", "encoder", "decoder", "value", "newValue", "Names", "additionalProperties", "CodingKeys",
    "user-id", "user_id", "userId", "UserID", "user id", "user.id", "1st", "2fa", "größe", "名前", "",
    "$ref", "@type", "_links", "__proto__", "true", "nil", "Any", "super", "is", "as",
]

# Type names that are Swift or runtime hazards; each is a component schema, used by `Models`.
HAZARD_TYPES = [
    "String", "Type", "Protocol", "Self", "Client", "Nullable", "Error", "Data", "Decimal", "Optional", "Indirect",
    "JSONValue", "Operations", "APIProtocol", "Input", "Output", "1Password", "a-b", "a_b", "AB", "ab", "Ünïcode",
    "default", "Models",
]


def shapes():
    properties = {}
    required = []
    full = {}
    minimal = {}
    for kind, schema, sample in KINDS:
        for is_required in (True, False):
            for nullable in (False, True):
                name = f"{kind}{'Req' if is_required else 'Opt'}{'Null' if nullable else 'Plain'}"
                if nullable:
                    property_schema = ({"allOf": [schema], "nullable": True} if "$ref" in schema
                                       else dict(schema, nullable=True) if schema else {"nullable": True})
                else:
                    property_schema = schema
                properties[name] = property_schema
                full[name] = sample
                if is_required:
                    required.append(name)
                    minimal[name] = None if nullable else sample
            # Deprecated: the accessor carries the attribute, and the generated code must not read it.
            name = f"{kind}{'Req' if is_required else 'Opt'}Deprecated"
            properties[name] = ({"allOf": [schema], "deprecated": True} if "$ref" in schema
                                else dict(schema, deprecated=True))
            full[name] = sample
            if is_required:
                required.append(name)
                minimal[name] = sample
    return {"type": "object", "required": required, "properties": properties}, full, minimal


def tree():
    """Recursive properties: direct, through a list and through a map, each required or optional, nullable or not
    (a required, non-nullable direct child would make the type uninhabitable, so it is left out)."""
    ref = {"$ref": "#/components/schemas/Tree"}
    properties = {"label": {"type": "string"}}
    required = ["label"]
    leaf = {"label": "leaf", "childrenReqPlain": [], "childrenReqNull": None, "childrenByNameReqPlain": {},
            "childReqNull": None}
    full = {"label": "root"}
    for via, schema, sample in [("child", ref, leaf), ("children", {"type": "array", "items": ref}, [leaf]),
                                ("childrenByName", {"type": "object", "additionalProperties": ref}, {"a": leaf})]:
        for is_required in (True, False):
            for nullable in (False, True):
                if via == "child" and is_required and not nullable:
                    continue
                if via == "childrenByName" and is_required and nullable:
                    continue
                name = f"{via}{'Req' if is_required else 'Opt'}{'Null' if nullable else 'Plain'}"
                properties[name] = ({"allOf": [schema], "nullable": True} if "$ref" in schema
                                    else dict(schema, nullable=True)) if nullable else schema
                if is_required:
                    required.append(name)
                full[name] = sample
    return {"type": "object", "required": required, "properties": properties}, full, leaf


def main():
    shapes_schema, shapes_full, shapes_minimal = shapes()
    tree_schema, tree_full, tree_leaf = tree()
    names_schema = {"type": "object", "required": ["self", "init"],
                    "properties": {name: {"type": "string"} for name in HAZARD_NAMES}}
    names_sample = {name: f"<{name}>" for name in HAZARD_NAMES}
    components = {
        "Shapes": shapes_schema,
        "Tree": tree_schema,
        "Names": names_schema,
        "Color": {"type": "string", "enum": ["self", "Type", "init", "default", "1st", "a-b", "a_b", ""]},
        "Base": {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer"}}},
        "Cat": {"type": "object", "required": ["kind"],
                "properties": {"kind": {"type": "string"}, "lives": {"type": "integer"}}},
        "Dog": {"type": "object", "required": ["kind"],
                "properties": {"kind": {"type": "string"}, "good": {"type": "boolean"}}},
        "Pet": {"oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
                "discriminator": {"propertyName": "kind",
                                  "mapping": {"cat": "#/components/schemas/Cat", "dog": "#/components/schemas/Dog"}}},
        "Range": {"type": "object", "properties": {name: {"type": "integer"} for name in ["gt", "gte", "lt", "lte"]}},
        "Created": {"anyOf": [{"$ref": "#/components/schemas/Range"}, {"type": "integer"}]},
        "FilterEcho": {"type": "object", "required": ["seen"], "properties": {"seen": {"type": "string"}}},
    }
    models_properties = {}
    models_sample = {}
    for index, name in enumerate(HAZARD_TYPES):
        if name == "Models":
            components[name] = {"type": "object", "properties": models_properties}
            continue
        components[name] = {"type": "object", "properties": {name or "empty": {"type": "integer"}}}
        models_properties[f"m{index}"] = {"$ref": f"#/components/schemas/{name}"}
        models_sample[f"m{index}"] = {name or "empty": index}

    def echo(operation_id, schema):
        ref = {"$ref": f"#/components/schemas/{schema}"}
        return {"post": {
            "operationId": operation_id,
            "requestBody": {"required": True, "content": {"application/json": {"schema": ref}}},
            "responses": {"200": {"description": "what arrived", "content": {"application/json": {"schema": ref}}}},
        }}

    union_id = {"oneOf": [{"type": "integer"}, {"type": "string"}]}
    document = {
        "openapi": "3.0.3",
        "info": {"title": "Shapes", "version": "1",
                 "description": "Generated by scripts/make-shapes-fixture.py: every property shape with Swift-hazardous names."},
        "paths": {
            "/shapes": echo("echoShapes", "Shapes"),
            "/tree": echo("echoTree", "Tree"),
            "/names": echo("echoNames", "Names"),
            "/models": echo("echoModels", "Models"),
            "/filters/{id}": {"get": {
                "operationId": "filter",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": union_id},
                    {"name": "created", "in": "query", "style": "deepObject", "explode": True,
                     "schema": {"$ref": "#/components/schemas/Created"}},
                    {"name": "expand", "in": "query", "style": "form", "explode": True,
                     "schema": {"oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]}},
                    {"name": "range", "in": "query", "style": "form", "explode": True,
                     "schema": {"$ref": "#/components/schemas/Created"}},
                    {"name": "tags", "in": "query", "style": "pipeDelimited", "explode": False,
                     "schema": {"oneOf": [{"type": "integer"}, {"type": "array", "items": {"type": "string"}}]}},
                    {"name": "X-Ref", "in": "header", "schema": {"oneOf": [{"type": "integer"}, {"type": "boolean"}]}},
                ],
                "responses": {"200": {"description": "what the server read", "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/FilterEcho"}}}}},
            }},
        },
        "components": {"schemas": components},
    }
    samples = {"shapesFull": shapes_full, "shapesMinimal": shapes_minimal, "treeFull": tree_full,
               "treeLeaf": tree_leaf, "names": names_sample, "models": models_sample}
    files = {
        "shapes.json": json.dumps(document, indent=2, ensure_ascii=False) + "\n",
        "samples.json": json.dumps(samples, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
    }
    stale = []
    for name, text in files.items():
        path = os.path.join(HERE, name)
        if "--check" in sys.argv:
            with open(path, encoding="utf-8") as existing:
                if existing.read() != text:
                    stale.append(name)
        else:
            with open(path, "w", encoding="utf-8") as out:
                out.write(text)
    if stale:
        print("out of date: " + ", ".join(stale) + " (run scripts/make-shapes-fixture.py)")
        sys.exit(1)


if __name__ == "__main__":
    main()
