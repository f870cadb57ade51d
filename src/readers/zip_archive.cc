#include "readers/zip_archive.h"

#include <zip.h>

namespace evalscore::readers {

struct ZipArchive::Impl {
  zip_t* zip = nullptr;
  size_t inflated_total = 0;
  ~Impl() {
    if (zip) zip_discard(zip);
  }
};

ZipArchive::ZipArchive(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ZipArchive::~ZipArchive() = default;

Result<std::unique_ptr<ZipArchive>> ZipArchive::Open(std::string_view bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (!source) {
    zip_error_fini(&error);
    return Errors{{{"reader.zip_unreadable", {}}, {}}};
  }
  zip_t* zip = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (!zip) {
    const std::string why = zip_error_strerror(&error);
    zip_source_free(source);
    zip_error_fini(&error);
    return Errors{{{"reader.zip_not_readable", {TextArg("detail", why)}}, {}}};
  }
  zip_error_fini(&error);
  auto impl = std::make_unique<Impl>();
  impl->zip = zip;
  return std::unique_ptr<ZipArchive>(new ZipArchive(std::move(impl)));
}

bool ZipArchive::Has(const std::string& name) const {
  return zip_name_locate(impl_->zip, name.c_str(), ZIP_FL_NOCASE) >= 0;
}

Result<std::optional<std::string>> ZipArchive::Read(const std::string& name) {
  const zip_int64_t index = zip_name_locate(impl_->zip, name.c_str(), ZIP_FL_NOCASE);
  if (index < 0) return std::optional<std::string>();
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(impl_->zip, static_cast<zip_uint64_t>(index), 0, &st) != 0) {
    return Errors{{{"reader.zip_corrupt_entry", {TextArg("entry", name)}}, {}}};
  }
  if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
    return Errors{{{"reader.zip_encrypted", {TextArg("entry", name)}}, {}}};
  }
  const zip_uint64_t compressed = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
  zip_file_t* file = zip_fopen_index(impl_->zip, static_cast<zip_uint64_t>(index), 0);
  if (!file) {
    return Errors{{{"reader.zip_inflate",
                    {TextArg("entry", name), TextArg("detail", zip_strerror(impl_->zip))}},
                   {}}};
  }
  std::string out;
  char buffer[65536];
  for (;;) {
    const zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
    if (n < 0) {
      const std::string why = zip_file_strerror(file);
      zip_fclose(file);
      return Errors{
          {{"reader.zip_corrupt_entry_why", {TextArg("entry", name), TextArg("detail", why)}}, {}}};
    }
    if (n == 0) break;
    out.append(buffer, static_cast<size_t>(n));
    impl_->inflated_total += static_cast<size_t>(n);
    const bool too_big = out.size() > kMaxEntryBytes || impl_->inflated_total > kMaxTotalBytes;
    const bool bomb = out.size() > (1u << 20) && out.size() / (compressed + 1) > kMaxRatio;
    if (too_big || bomb) {
      zip_fclose(file);
      return Errors{
          {{bomb ? "reader.zip_bomb_ratio" : "reader.zip_bomb",
            {TextArg("entry", name), CountArg("mib", static_cast<long long>(out.size() >> 20)),
             CountArg("ratio", static_cast<long long>(kMaxRatio))}},
           {}}};
    }
  }
  zip_fclose(file);
  return std::optional<std::string>(std::move(out));
}

}  // namespace evalscore::readers
