"""Validate run inputs against a workflow's input JSON Schema, applying defaults."""

import copy
from dataclasses import dataclass, field

from jsonschema import Draft202012Validator, validators


def _with_defaults(validator_class):
    """Extend a validator so `default` values of object properties are filled in."""
    validate_properties = validator_class.VALIDATORS["properties"]

    def set_defaults(validator, properties, instance, schema):
        if isinstance(instance, dict):
            for name, subschema in properties.items():
                if isinstance(subschema, dict) and "default" in subschema:
                    instance.setdefault(name, copy.deepcopy(subschema["default"]))
        yield from validate_properties(validator, properties, instance, schema)

    return validators.extend(validator_class, {"properties": set_defaults})


DefaultingValidator = _with_defaults(Draft202012Validator)


@dataclass
class InputsInvalid(Exception):
    """The inputs break the schema; `errors` lists each failing field."""

    errors: list[dict] = field(default_factory=list)

    def __str__(self) -> str:
        return "; ".join(f"{error['field']}: {error['message']}" for error in self.errors)


def validate_inputs(schema: dict | None, inputs: dict) -> dict:
    """Return the inputs with defaults applied, or raise InputsInvalid naming each bad field."""
    filled = copy.deepcopy(inputs)
    schema = schema or {}
    errors = []
    for error in sorted(DefaultingValidator(schema).iter_errors(filled), key=lambda e: e.path):
        location = ".".join(str(part) for part in error.absolute_path)
        if error.validator == "required":
            missing = error.message.split("'")[1] if "'" in error.message else ""
            location = ".".join(filter(None, [location, missing]))
        errors.append({"field": location or "inputs", "message": error.message})
    if errors:
        raise InputsInvalid(errors)
    return filled
