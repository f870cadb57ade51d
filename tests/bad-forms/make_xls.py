#!/usr/bin/python3
"""Builds the damaged .xls files in this directory from ../fixtures/forms/formulas.xls
(standard library only), each by rewriting records of its Workbook stream in place
(lengths and offsets unchanged, so the OLE2 container stays valid):

  truncated-formula.xls       the FORMULA record of 自评表!E5 cut to 10 bytes (the rest of
                              its bytes become a filler record)
  boundsheet-past-end.xls     the first BOUNDSHEET says its sheet starts at 0x7FFFFFF0
  string-without-formula.xls  a STRING record where no FORMULA precedes it (it replaces the
                              sheet's DELTA record, 8 bytes): ignored, the file reads as before
  formula-without-value.xls   the STRING record holding 自评表!E11's text result retyped (so
                              the text formula has no value): a located error, as in .xlsx

Each file and its expected outcome: tests/cli/forms_test.cc.
  python3 tests/bad-forms/make_xls.py            # writes the files
  python3 tests/bad-forms/make_xls.py --streams DIR  # the fixtures' Workbook streams,
                                                      # as seeds for fuzz_form_readers
"""
import glob
import os
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FORMS = os.path.join(HERE, "..", "fixtures", "forms")
GOOD = os.path.join(FORMS, "formulas.xls")
FREE, END = 0xFFFFFFFF, 0xFFFFFFFE


class Compound:
    """An OLE2 compound file: where each byte of a root-level stream lies in the file."""

    def __init__(self, data):
        self.data = data
        self.shift = 1 << struct.unpack_from("<H", data, 0x1E)[0]
        self.mini = 1 << struct.unpack_from("<H", data, 0x20)[0]
        self.cutoff = struct.unpack_from("<I", data, 0x38)[0]
        fat_sectors = [s for s in struct.unpack_from("<109I", data, 0x4C) if s != FREE]
        self.fat = []
        for s in fat_sectors:
            self.fat += struct.unpack_from(f"<{self.shift // 4}I", data, self.offset(s))
        self.entries = self.read_entries(struct.unpack_from("<I", data, 0x30)[0])
        root = self.entries[0]
        self.mini_stream = self.sector_offsets(root["start"], self.shift)
        minifat_start = struct.unpack_from("<I", data, 0x3C)[0]
        self.minifat = []
        for off in self.sector_offsets(minifat_start, self.shift):
            self.minifat += struct.unpack_from(f"<{self.shift // 4}I", data, off)

    def offset(self, sector):
        return (sector + 1) * self.shift

    def chain(self, start, table):
        out, s = [], start
        while s not in (FREE, END) and s < len(table) and len(out) <= len(table):
            out.append(s)
            s = table[s]
        return out

    def sector_offsets(self, start, size):
        return [self.offset(s) for s in self.chain(start, self.fat)]

    def read_entries(self, start):
        entries = []
        for off in self.sector_offsets(start, self.shift):
            for k in range(self.shift // 128):
                e = self.data[off + 128 * k: off + 128 * (k + 1)]
                n = struct.unpack_from("<H", e, 0x40)[0]
                entries.append({"name": e[: max(n - 2, 0)].decode("utf-16-le"),
                                "start": struct.unpack_from("<I", e, 0x74)[0],
                                "size": struct.unpack_from("<I", e, 0x78)[0]})
        return entries

    def stream_map(self, name):
        """File offsets of the stream's bytes, one per byte."""
        e = next(x for x in self.entries if x["name"] == name)
        if e["size"] >= self.cutoff:
            pieces = [(off, self.shift) for off in self.sector_offsets(e["start"], self.shift)]
        else:
            pieces = []
            for s in self.chain(e["start"], self.minifat):
                at = s * self.mini
                pieces.append((self.mini_stream[at // self.shift] + at % self.shift, self.mini))
        where = [o + i for o, n in pieces for i in range(n)]
        return where[: e["size"]]


def records(stream, start=0):
    """(offset, type, data) of each record from `start` to the end of the stream."""
    pos = start
    while pos + 4 <= len(stream):
        kind, length = struct.unpack_from("<HH", stream, pos)
        yield pos, kind, stream[pos + 4: pos + 4 + length]
        pos += 4 + length


def workbook(path):
    data = bytearray(open(path, "rb").read())
    where = Compound(bytes(data)).stream_map("Workbook")
    return data, where, bytes(data[i] for i in where)


def patch(data, where, at, new):
    for i, b in enumerate(new):
        data[where[at + i]] = b


def sheet_start(stream):
    for pos, kind, body in records(stream):
        if kind == 0x0085:
            return pos, struct.unpack_from("<I", body, 0)[0]
    raise SystemExit("no BOUNDSHEET")


def find(stream, start, kind, test=lambda body: True):
    for pos, k, body in records(stream, start):
        if k == kind and test(body):
            return pos, body
    raise SystemExit(f"no record {kind:#06x}")


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--streams":
        os.makedirs(sys.argv[2], exist_ok=True)
        for path in sorted(glob.glob(os.path.join(FORMS, "*.xls"))):
            out = os.path.join(sys.argv[2], os.path.basename(path) + ".workbook")
            open(out, "wb").write(workbook(path)[2])
        return
    # The FORMULA record of E5 (row 4, column 4) cut to 10 bytes, a filler after it.
    data, where, stream = workbook(GOOD)
    _, first = sheet_start(stream)
    pos, body = find(stream, first, 0x0006, lambda b: b[:4] == b"\x04\x00\x04\x00")
    rest = len(body) - 10 - 4
    patch(data, where, pos, struct.pack("<HH", 0x0006, 10) + body[:10] +
          struct.pack("<HH", 0x0000, rest))
    open(os.path.join(HERE, "truncated-formula.xls"), "wb").write(data)
    # The first sheet said to start at 0x7FFFFFF0.
    data, where, stream = workbook(GOOD)
    pos, _ = sheet_start(stream)
    patch(data, where, pos + 4, struct.pack("<I", 0x7FFFFFF0))
    open(os.path.join(HERE, "boundsheet-past-end.xls"), "wb").write(data)
    # A STRING record with no FORMULA before it, in place of the sheet's DELTA (8 bytes).
    data, where, stream = workbook(GOOD)
    pos, body = find(stream, first, 0x0010)
    assert len(body) == 8
    patch(data, where, pos, struct.pack("<HHHB", 0x0207, 8, 5, 0) + b"alone")
    open(os.path.join(HERE, "string-without-formula.xls"), "wb").write(data)
    # The text result of E11 (row 10, column 4) lost: its STRING record becomes a filler.
    data, where, stream = workbook(GOOD)
    pos, _ = find(stream, first, 0x0006, lambda b: b[:4] == b"\x0a\x00\x04\x00")
    pos, _ = find(stream, pos, 0x0207)
    patch(data, where, pos, struct.pack("<H", 0x0000))
    open(os.path.join(HERE, "formula-without-value.xls"), "wb").write(data)


if __name__ == "__main__":
    main()
