"""schemathesis hooks for the Plexus sandbox runs (scripts/schemathesis-sandbox.sh and SchemathesisTests): the integer
range of the generated SDK, stated once.

JSON Schema's `integer` is unbounded; plexus-gen generates `Int` (64 bits) for `type: integer` without a format, and
`Int32` for `format: int32`. RFC 8259 section 6 lets an implementation limit the range of numbers it accepts, and the
generated servers answer an integer beyond it with 400 and a message naming the range (ServerEndToEndTests,
ValueConstraintsTests). schemathesis would otherwise draw 40-digit offsets as "schema-valid" data; this hook gives
every integer schema without a bound the bound of its Swift type before schemathesis reads the document, so every
generated case stays inside the contract the SDK implements and runs with every check.

Loaded through SCHEMATHESIS_HOOKS=schemathesis_hooks with this directory on PYTHONPATH.
"""
import schemathesis

BOUNDS = {"int32": (-(2**31), 2**31 - 1)}
DEFAULT_BOUNDS = (-(2**63), 2**63 - 1)


def bound_integers(node):
    """Adds `minimum`/`maximum` to every integer schema in `node` that lacks them."""
    if isinstance(node, dict):
        if node.get("type") == "integer":
            low, high = BOUNDS.get(node.get("format"), DEFAULT_BOUNDS)
            if "minimum" not in node and not isinstance(node.get("exclusiveMinimum"), (int, float)):
                node["minimum"] = low
            if "maximum" not in node and not isinstance(node.get("exclusiveMaximum"), (int, float)):
                node["maximum"] = high
        for value in node.values():
            bound_integers(value)
    elif isinstance(node, list):
        for value in node:
            bound_integers(value)


@schemathesis.hook
def before_load_schema(ctx, raw_schema):
    bound_integers(raw_schema)
