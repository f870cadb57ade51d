#!/usr/bin/env python3
"""The xlsx form read back (issue #8). Usage: xlsx_test.py EVALSCORE SOURCE_DIR"""
import sys
print("placeholder")
