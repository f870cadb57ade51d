// The zip writer of -f xlsx (zip_stream_writer.h), read back with libzip
// (readers::ZipArchive, which checks every CRC) and by hand where the layout
// itself is the point: ZIP64 end records past 65,535 entries, no central
// directory when the writer is abandoned.
#include "cli/zip_stream_writer.h"

#include <unistd.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "readers/zip_archive.h"

namespace evalscore::cli {
namespace {

namespace fs = std::filesystem;

fs::path TempZip(const char* what) {
  return fs::temp_directory_path() /
         (std::string("zip_writer_test.") + what + "." + std::to_string(::getpid()) + ".zip");
}

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string Read(readers::ZipArchive& zip, const std::string& name) {
  auto r = zip.Read(name);
  return r.has_value() && r.value() ? *r.value() : "<missing " + name + ">";
}

// `data` as raw deflate (what another zip holds), for BeginRaw.
std::string RawDeflate(const std::string& data) {
  z_stream z{};
  EXPECT_EQ(deflateInit2(&z, 9, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&z, data.size()), '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&z, Z_FINISH), Z_STREAM_END);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

uint32_t Crc(const std::string& data) {
  return static_cast<uint32_t>(
      crc32(0, reinterpret_cast<const Bytef*>(data.data()), static_cast<uInt>(data.size())));
}

TEST(ZipStreamWriter, DeflatedAndRawEntriesReadBack) {
  const fs::path path = TempZip("entries");
  std::string big;  // 1.2 MB: more than one deflate output buffer
  for (int i = 0; i < 100000; ++i) big += "<row r=\"" + std::to_string(i) + "\"/>";
  const std::string copied = "<sheet>已压缩 copied as it was deflated</sheet>";
  {
    ZipStreamWriter zip(path.string());
    ASSERT_TRUE(zip.ok()) << zip.error();
    ASSERT_TRUE(zip.Begin("xl/big.xml"));
    for (size_t at = 0; at < big.size(); at += 70000) ASSERT_TRUE(zip.Write(big.substr(at, 70000)));
    ASSERT_TRUE(zip.End());
    ASSERT_TRUE(zip.Begin("empty.xml") && zip.End());
    const std::string raw = RawDeflate(copied);
    ASSERT_TRUE(zip.BeginRaw("xl/copied.xml") && zip.Write(raw) &&
                zip.EndRaw(copied.size(), Crc(copied)));
    ASSERT_TRUE(zip.Close()) << zip.error();
  }
  const std::string bytes = Slurp(path);
  fs::remove(path);
  auto zip = readers::ZipArchive::Open(bytes);
  ASSERT_TRUE(zip.has_value());
  EXPECT_EQ(Read(*zip.value(), "xl/big.xml"), big);
  EXPECT_EQ(Read(*zip.value(), "empty.xml"), "");
  EXPECT_EQ(Read(*zip.value(), "xl/copied.xml"), copied);
  // Fixed time: 1980-01-01 00:00 in every local header (time 0, date 0x0021).
  EXPECT_EQ(bytes.substr(10, 4), std::string("\0\0\x21\0", 4));
  // No ZIP64 records for a small zip: the end record is the last 22 bytes.
  EXPECT_EQ(bytes.substr(bytes.size() - 22, 4), "PK\x05\x06");
  EXPECT_EQ(bytes.find("PK\x06\x06"), std::string::npos);
}

// 65,535 entries and more: the end record's 16-bit counts then hold 0xFFFF,
// which means "see the ZIP64 end record", and that record carries the count
// (the old minizip writer left it at 65,535). Below, no ZIP64 records.
class ZipStreamWriterMany : public ::testing::TestWithParam<int> {};

TEST_P(ZipStreamWriterMany, Zip64EndRecordsFrom65535Entries) {
  const fs::path path = TempZip("many");
  const int kEntries = GetParam();
  {
    ZipStreamWriter zip(path.string());
    for (int i = 0; i < kEntries; ++i) {
      ASSERT_TRUE(zip.Begin("e" + std::to_string(i)) && zip.Write(std::to_string(i)) && zip.End());
    }
    ASSERT_TRUE(zip.Close()) << zip.error();
  }
  const std::string bytes = Slurp(path);
  fs::remove(path);
  if (kEntries < 65535) {
    EXPECT_EQ(bytes.find("PK\x06\x06"), std::string::npos);
    auto zip = readers::ZipArchive::Open(bytes);
    ASSERT_TRUE(zip.has_value());
    EXPECT_EQ(Read(*zip.value(), "e65533"), "65533");
    return;
  }
  // End record (22 bytes) after the locator (20) after the ZIP64 end record (56).
  ASSERT_GT(bytes.size(), 98u);
  const size_t end = bytes.size() - 22, locator = end - 20, end64 = locator - 56;
  EXPECT_EQ(bytes.substr(end, 4), "PK\x05\x06");
  EXPECT_EQ(bytes.substr(end + 8, 4), std::string("\xFF\xFF\xFF\xFF", 4));  // 65,535 twice
  EXPECT_EQ(bytes.substr(locator, 4), "PK\x06\x07");
  ASSERT_EQ(bytes.substr(end64, 4), "PK\x06\x06");
  uint64_t count = 0;
  for (int i = 7; i >= 0; --i)
    count = count * 256 + static_cast<unsigned char>(bytes[end64 + 32 + static_cast<size_t>(i)]);
  EXPECT_EQ(count, static_cast<uint64_t>(kEntries));
  auto zip = readers::ZipArchive::Open(bytes);
  ASSERT_TRUE(zip.has_value());
  EXPECT_EQ(Read(*zip.value(), "e0"), "0");
  EXPECT_EQ(Read(*zip.value(), "e65534"), "65534");
  EXPECT_EQ(Read(*zip.value(), "e" + std::to_string(kEntries - 1)), std::to_string(kEntries - 1));
}

INSTANTIATE_TEST_SUITE_P(Counts, ZipStreamWriterMany, ::testing::Values(65534, 65535, 70000));

TEST(ZipStreamWriter, AbandonedWriterLeavesNoZip) {
  const fs::path path = TempZip("abandoned");
  {
    ZipStreamWriter zip(path.string());
    ASSERT_TRUE(zip.Begin("a.xml") && zip.Write("<a/>") && zip.End());
  }  // not Close()d
  const std::string bytes = Slurp(path);
  fs::remove(path);
  EXPECT_FALSE(bytes.empty());
  EXPECT_EQ(bytes.find("PK\x05\x06"), std::string::npos);
  EXPECT_FALSE(readers::ZipArchive::Open(bytes).has_value());
}

TEST(ZipStreamWriter, MisuseIsAnError) {
  const fs::path path = TempZip("misuse");
  ZipStreamWriter zip(path.string());
  ASSERT_TRUE(zip.Begin("a.xml"));
  EXPECT_FALSE(zip.EndRaw(0, 0));  // a deflated entry ends with End()
  EXPECT_FALSE(zip.ok());
  EXPECT_NE(zip.error().find("raw entry"), std::string::npos) << zip.error();
  EXPECT_EQ(zip.error().find("): "), std::string::npos) << "no system error: " << zip.error();
  EXPECT_FALSE(zip.Begin("b.xml"));  // the first failure stops everything
  EXPECT_FALSE(zip.Close());
  ZipStreamWriter outside((path.string() + "2"));
  EXPECT_FALSE(outside.Write("outside an entry"));
  EXPECT_FALSE(outside.ok());
  fs::remove(path.string() + "2");
  fs::remove(path);
  ZipStreamWriter nowhere("/nonexistent-dir/x.zip");
  EXPECT_FALSE(nowhere.ok());
  EXPECT_NE(nowhere.error().find("/nonexistent-dir/x.zip"), std::string::npos);
}

}  // namespace
}  // namespace evalscore::cli
