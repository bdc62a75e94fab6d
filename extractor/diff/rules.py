"""The catalogue of spec-diff rules: each change kind has a stable id and a default level.

Levels, most severe first: ``breaking`` (existing clients or policies stop working),
``warning`` (clients may need attention), ``info`` (additions and relaxations).
A rule's level can be overridden per run (``--level RULE=LEVEL``; ``off`` drops it).
"""
from __future__ import annotations

from dataclasses import dataclass

BREAKING, WARNING, INFO = "breaking", "warning", "info"
LEVELS = (BREAKING, WARNING, INFO)
LEVEL_RANK = {BREAKING: 0, WARNING: 1, INFO: 2}
OFF = "off"


@dataclass(frozen=True)
class Rule:
    id: str
    level: str
    description: str


_R = [
    # operations
    Rule("operation-removed", BREAKING, "an operation (method + path) is gone"),
    Rule("deprecated-operation-removed", WARNING, "a deprecated operation is gone"),
    Rule("operation-added", INFO, "a new operation"),
    Rule("operation-path-changed", BREAKING,
         "the same manual section now documents another path"),
    Rule("operation-method-changed", BREAKING,
         "the same manual section now documents another HTTP method"),
    Rule("operation-id-changed", BREAKING,
         "an operation keeps its method + path but gets another operationId "
         "(generated client method names change)"),
    Rule("schema-renamed", BREAKING,
         "a component schema from the same manual table has another name "
         "(generated model class names change)"),
    Rule("tag-renamed", BREAKING,
         "a tag from the same manual chapter has another name "
         "(generated API modules and classes change name)"),
    Rule("operation-deprecated", WARNING, "an operation or variant is newly deprecated"),
    Rule("operation-undeprecated", INFO, "an operation or variant is no longer deprecated"),
    # variants of a shared method + path (x-variants)
    Rule("variant-removed", BREAKING, "a variant of a shared method + path is gone"),
    Rule("deprecated-variant-removed", WARNING,
         "a deprecated variant of a shared method + path is gone"),
    Rule("variant-added", INFO, "a new variant of a shared method + path"),
    # parameters
    Rule("request-parameter-removed", WARNING, "a request parameter is gone"),
    Rule("request-parameter-added-required", BREAKING, "a new required request parameter"),
    Rule("request-parameter-added", INFO, "a new optional request parameter"),
    Rule("request-parameter-became-required", BREAKING, "an optional parameter became required"),
    Rule("request-parameter-became-optional", INFO, "a required parameter became optional"),
    Rule("request-parameter-type-changed", BREAKING, "a parameter's type changed"),
    Rule("request-parameter-enum-value-removed", BREAKING, "a parameter accepts fewer values"),
    Rule("request-parameter-enum-value-added", INFO, "a parameter accepts more values"),
    Rule("request-parameter-enum-added", WARNING,
         "a parameter that took any value now takes a list of values"),
    Rule("request-parameter-max-length-decreased", BREAKING,
         "a parameter's maxLength is lower (or newly set)"),
    Rule("request-parameter-min-length-increased", BREAKING,
         "a parameter's minLength is higher (or newly set)"),
    Rule("request-parameter-max-decreased", BREAKING,
         "a parameter's maximum is lower (or newly set)"),
    Rule("request-parameter-min-increased", BREAKING,
         "a parameter's minimum is higher (or newly set)"),
    Rule("request-parameter-max-length-increased", INFO, "a parameter's maxLength is relaxed"),
    Rule("request-parameter-min-length-decreased", INFO, "a parameter's minLength is relaxed"),
    Rule("request-parameter-max-increased", INFO, "a parameter's maximum is relaxed"),
    Rule("request-parameter-min-decreased", INFO, "a parameter's minimum is relaxed"),
    Rule("request-parameter-default-changed", WARNING, "a parameter's default value changed"),
    # request body
    Rule("request-body-added-required", BREAKING, "an operation now requires a request body"),
    Rule("request-body-added", INFO, "an operation now takes an optional request body"),
    Rule("request-body-removed", WARNING, "an operation no longer takes a request body"),
    Rule("request-body-became-required", BREAKING, "an optional request body became required"),
    Rule("request-body-became-optional", INFO, "a required request body became optional"),
    Rule("request-body-media-type-removed", BREAKING, "a request media type is gone"),
    Rule("request-body-media-type-added", INFO, "a new request media type"),
    Rule("request-body-type-changed", BREAKING, "the request body's type changed"),
    Rule("request-body-oneof-item-removed", BREAKING,
         "an alternative of a oneOf/anyOf request body is gone"),
    Rule("request-body-oneof-item-added", INFO,
         "a new alternative of a oneOf/anyOf request body"),
    # request fields
    Rule("request-property-removed", WARNING, "a request body field is gone"),
    Rule("request-property-added-required", BREAKING, "a new required request body field"),
    Rule("request-property-added", INFO, "a new optional request body field"),
    Rule("request-property-became-required", BREAKING, "an optional request field became required"),
    Rule("request-property-became-optional", INFO, "a required request field became optional"),
    Rule("request-property-type-changed", BREAKING, "a request field's type changed"),
    Rule("request-property-enum-value-removed", BREAKING, "a request field accepts fewer values"),
    Rule("request-property-enum-value-added", INFO, "a request field accepts more values"),
    Rule("request-property-enum-added", WARNING,
         "a request field that took any value now takes a list of values"),
    Rule("request-property-max-length-decreased", BREAKING,
         "a request field's maxLength is lower (or newly set)"),
    Rule("request-property-min-length-increased", BREAKING,
         "a request field's minLength is higher (or newly set)"),
    Rule("request-property-max-decreased", BREAKING,
         "a request field's maximum is lower (or newly set)"),
    Rule("request-property-min-increased", BREAKING,
         "a request field's minimum is higher (or newly set)"),
    Rule("request-property-max-length-increased", INFO, "a request field's maxLength is relaxed"),
    Rule("request-property-min-length-decreased", INFO, "a request field's minLength is relaxed"),
    Rule("request-property-max-increased", INFO, "a request field's maximum is relaxed"),
    Rule("request-property-min-decreased", INFO, "a request field's minimum is relaxed"),
    Rule("request-property-default-changed", WARNING, "a request field's default value changed"),
    Rule("request-property-became-not-nullable", WARNING, "a request field no longer takes null"),
    Rule("request-property-oneof-item-removed", BREAKING,
         "an alternative of a oneOf/anyOf request field is gone"),
    Rule("request-property-oneof-item-added", INFO,
         "a new alternative of a oneOf/anyOf request field"),
    # responses
    Rule("response-success-status-removed", BREAKING, "a documented 1xx-3xx status is gone"),
    Rule("response-error-status-removed", WARNING, "a documented 4xx/5xx status is gone"),
    Rule("response-status-added", INFO, "a newly documented status"),
    Rule("response-header-removed", BREAKING,
         "a documented response header is gone (the typed headers lose a field)"),
    Rule("response-header-added", INFO, "a newly documented response header"),
    Rule("response-header-became-optional", WARNING,
         "a required response header may now be missing"),
    Rule("response-body-removed", BREAKING, "a response no longer has a body"),
    Rule("response-body-added", INFO, "a response now has a body"),
    Rule("response-media-type-removed", BREAKING, "a response media type is gone"),
    Rule("response-media-type-added", INFO, "a new response media type"),
    Rule("response-body-type-changed", BREAKING, "a response body's type changed"),
    Rule("response-body-oneof-item-added", WARNING,
         "a new alternative of a oneOf/anyOf response body"),
    Rule("response-body-oneof-item-removed", INFO,
         "an alternative of a oneOf/anyOf response body is gone"),
    Rule("response-property-removed", BREAKING,
         "a response field is gone (the manual's response tables have no 'required' column, "
         "so every documented field counts as returned)"),
    Rule("response-property-added", INFO, "a new response field"),
    Rule("response-property-became-optional", WARNING,
         "a response field marked required is no longer required"),
    Rule("response-property-type-changed", BREAKING, "a response field's type changed"),
    Rule("response-property-enum-value-added", WARNING, "a response field may return a new value"),
    Rule("response-property-enum-value-removed", INFO, "a response field returns fewer values"),
    Rule("response-property-enum-removed", WARNING,
         "a response field with a list of values may now return any value"),
    Rule("response-property-became-nullable", WARNING, "a response field may now be null"),
    Rule("response-property-oneof-item-added", WARNING,
         "a new alternative of a oneOf/anyOf response field"),
    Rule("response-property-oneof-item-removed", INFO,
         "an alternative of a oneOf/anyOf response field is gone"),
    # IAM
    Rule("iam-action-added", BREAKING,
         "an operation needs another IAM action (existing custom policies no longer suffice)"),
    Rule("iam-action-removed", INFO, "an operation needs one IAM action fewer"),
    Rule("iam-scope-changed", WARNING,
         "IAM project or enterprise project authorisation support changed"),
    # root tables
    Rule("error-code-added", INFO, "a new error code"),
    Rule("error-code-removed", WARNING, "an error code is gone"),
    Rule("error-code-message-changed", WARNING, "an error code's message text changed"),
    Rule("error-code-status-changed", WARNING, "an error code comes with another HTTP status"),
    Rule("error-code-description-changed", INFO,
         "an error code's description or remedy changed"),
    Rule("status-value-added", WARNING, "a resource status list (x-status-sets) has a new value"),
    Rule("status-value-removed", INFO, "a resource status list lost a value"),
]

RULES: dict[str, Rule] = {r.id: r for r in _R}
