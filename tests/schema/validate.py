#!/usr/bin/env python3
"""Validates the examples and profiles against the JSON Schemas (issue #7)."""
print("placeholder")
