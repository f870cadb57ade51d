#include "readers/ole2_stream.h"

#include "readers/readers.h"
#include <gsf/gsf-infile-msole.h>
#include <gsf/gsf-infile.h>
#include <gsf/gsf-input-memory.h>
#include <gsf/gsf-input.h>

namespace evalscore::readers {
namespace {

// libgsf says what it finds odd in a damaged file through GLib's log (on
// stderr): the error returned says enough, and stderr belongs to the report.
void Quiet(const gchar*, GLogLevelFlags, const gchar*, gpointer) {}

// Drops a GObject reference however the read ends.
template <typename T>
struct Ref {
  T* p = nullptr;
  ~Ref() {
    if (p) g_object_unref(p);
  }
};

// The child named `name`, in any case (compound-file names compare without
// case: some writers store "WORKBOOK"); nullptr when there is none.
GsfInput* ChildNamed(GsfInfile* root, const char* name) {
  const int children = gsf_infile_num_children(root);
  for (int i = 0; i < children; ++i) {
    const char* child = gsf_infile_name_by_index(root, i);
    if (child && g_ascii_strcasecmp(child, name) == 0) return gsf_infile_child_by_index(root, i);
  }
  return nullptr;
}

}  // namespace

Result<std::optional<std::string>> ReadOle2Stream(std::string_view bytes, const char* name) {
  g_log_set_default_handler(Quiet, nullptr);
  Ref<GsfInput> source;
  source.p = gsf_input_memory_new(reinterpret_cast<const guint8*>(bytes.data()),
                                  static_cast<gsf_off_t>(bytes.size()), FALSE);
  if (!source.p) return Errors{{{"reader.ole2_unreadable", {}}, {}}};
  GError* error = nullptr;
  Ref<GsfInfile> root;
  root.p = gsf_infile_msole_new(source.p, &error);
  if (!root.p) {
    const std::string why = error && error->message ? error->message : "unknown reason";
    if (error) g_error_free(error);
    return Errors{{{"reader.ole2_not_readable", {TextArg("detail", why)}}, {}}};
  }
  Ref<GsfInput> stream;
  stream.p = ChildNamed(root.p, name);
  if (!stream.p) return std::optional<std::string>();
  const gsf_off_t size = gsf_input_size(stream.p);
  // A stream cannot hold more than the file it is stored in.
  if (size < 0 || static_cast<uint64_t>(size) > bytes.size() || bytes.size() > kMaxFormFileBytes) {
    return Errors{{{"reader.ole2_stream_too_large", {TextArg("stream", name)}}, {}}};
  }
  std::string out(static_cast<size_t>(size), '\0');
  if (size > 0 && !gsf_input_read(stream.p, out.size(), reinterpret_cast<guint8*>(out.data()))) {
    return Errors{{{"reader.ole2_stream_cut", {TextArg("stream", name)}}, {}}};
  }
  return std::optional<std::string>(std::move(out));
}

}  // namespace evalscore::readers
