// The catalogue of input errors outside the YAML loader: files and
// directories, the command line, the project's rule profile, and the
// spreadsheet/document readers (src/cli, src/readers). Code ES0xx, English, Chinese.
#include "messages.h"

namespace evalscore {

const std::vector<MessageTemplate>& IoErrorMessages() {
  static const auto* messages = new std::vector<MessageTemplate>{
      // Files and directories (src/cli/inputs.cc, src/cli/output_file.cc).
      {"io.no_such_file", "ES001", "no such file", "文件不存在"},
      {"io.is_directory", "ES001", "is a directory", "这是一个目录"},
      {"io.too_large", "ES001", "larger than {mib} MiB; a project file is a few KiB",
       "文件大于 {mib} MiB；项目文件通常只有几 KiB"},
      {"io.cannot_open", "ES001", "cannot open: {detail}", "无法打开：{detail}"},
      {"io.cannot_read", "ES001", "cannot read: {detail}", "无法读取：{detail}"},
      {"io.cannot_examine", "ES001", "cannot examine: {detail}", "无法检查文件：{detail}"},
      {"io.symlink_loop", "ES001", "too many levels of symbolic links (a symbolic link loop?)",
       "符号链接层数过多（是否形成了循环？）"},
      {"io.path_too_long", "ES001", "the path is too long to open (deeper than PATH_MAX)",
       "路径太长，无法打开（超过 PATH_MAX）"},
      {"io.not_regular_fifo", "ES001",
       "not a regular file (a FIFO); evalscore reads only regular files (use - for standard input)",
       "不是普通文件（FIFO）；evalscore 只读取普通文件（标准输入请用 -）"},
      {"io.not_regular_socket", "ES001",
       "not a regular file (a socket); evalscore reads only regular files (use - for standard "
       "input)",
       "不是普通文件（套接字）；evalscore 只读取普通文件（标准输入请用 -）"},
      {"io.not_regular_device", "ES001",
       "not a regular file (a device); evalscore reads only regular files (use - for standard "
       "input)",
       "不是普通文件（设备）；evalscore 只读取普通文件（标准输入请用 -）"},
      {"io.not_regular_special", "ES001",
       "not a regular file (a special file); evalscore reads only regular files (use - for "
       "standard input)",
       "不是普通文件（特殊文件）；evalscore 只读取普通文件（标准输入请用 -）"},
      {"io.cannot_resolve_dir", "ES001", "cannot resolve directory: {detail}",
       "无法解析目录：{detail}"},
      {"io.cannot_read_dir", "ES001", "cannot read directory: {detail}", "无法读取目录：{detail}"},
      {"io.no_matching_files", "ES001", "no files matching {globs} in this directory",
       "目录中没有与 {globs} 匹配的文件"},
      {"io.link_out_of_tree", "ES001",
       "a symbolic link out of the directory being scanned: not followed (name its target on the "
       "command line to score it)",
       "指向所扫描目录之外的符号链接：不跟随（如需评分，请在命令行上直接写出其目标）"},
      {"io.utf16_without_bom", "ES002",
       "UTF-16 text without a byte-order mark; save the file as UTF-8",
       "没有字节顺序标记的 UTF-16 文本；请另存为 UTF-8"},
      {"io.not_gbk", "ES002", "not valid GBK/GB18030 text (--encoding gbk)",
       "不是有效的 GBK/GB18030 文本（--encoding gbk）"},
      {"io.not_utf8_or_gbk", "ES002",
       "not valid UTF-8 and not recognisably GBK; save the file as UTF-8 or pass --encoding gbk "
       "(byte offset {offset})",
       "既不是有效的 UTF-8 也不是可识别的 GBK 编码（第 {offset} 字节）；请另存为 UTF-8 或使用 "
       "--encoding gbk"},
      {"io.not_utf8_forced", "ES002", "not valid UTF-8 (--encoding utf-8) (byte offset {offset})",
       "不是有效的 UTF-8 编码（第 {offset} 字节）"},
      {"io.output_name_empty", "ES001", "-o needs a file name (it is empty)",
       "-o 需要文件名（现在为空）"},
      {"io.output_symlink_loop", "ES001",
       "{path}: too many levels of symbolic links (a symbolic link loop?)",
       "{path}：符号链接层数过多（是否形成了循环？）"},
      {"io.output_is_directory", "ES001", "{path}: is a directory", "{path}：这是一个目录"},
      {"io.cannot_write", "ES001", "cannot write {path}: {detail}", "无法写入 {path}：{detail}"},
      {"io.writing_failed", "ES001", "writing {path} failed: {detail}",
       "写入 {path} 失败：{detail}"},
      {"io.split_not_directory", "ES001", "--split {path} exists and is not a directory",
       "--split {path} 已存在且不是目录"},
      {"io.split_not_empty", "ES001",
       "--split {path} is not empty; --split writes one draft per form into a new or empty "
       "directory and never overwrites",
       "--split {path} 不是空目录；--split 只把每张表的初稿写入新的或空的目录，从不覆盖"},
      {"io.split_cannot_create", "ES001", "cannot create the --split directory {path}: {detail}",
       "无法创建 --split 目录 {path}：{detail}"},
      // The command line and the run (src/cli).
      {"cli.unknown_check", "ES000",
       "unknown check '{check}' in {flag} (give a code such as ES305, a prefix such as ES3, or a "
       "name)",
       "{flag} 中有未知的检查“{check}”（请写编号如 ES305、前缀如 ES3 或名称）"},
      {"cli.unknown_check_suggest", "ES000",
       "unknown check '{check}' in {flag} (give a code such as ES305, a prefix such as ES3, or a "
       "name); did you mean '{suggestion}'?",
       "{flag} 中有未知的检查“{check}”（请写编号如 ES305、前缀如 ES3 "
       "或名称）；是否应为“{suggestion}”？"},
      {"cli.internal_error", "ES000", "internal error: {detail}", "内部错误：{detail}"},
      // Usage errors and what a command reports having written (src/cli/run.cc, command_*.cc,
      // import_forms.cc).
      {"cli.see_help", "", "Run 'evalscore --help' for usage.", "运行 evalscore --help 查看用法。"},
      {"cli.no_input", "ES000", "no input: give project files, directories or - for stdin",
       "没有输入：请给出项目文件、目录，或用 - 表示标准输入"},
      {"cli.empty_output", "ES000",
       "-o needs a file name (it is empty; omit -o to write to stdout)",
       "-o 需要文件名（现为空；不写 -o 则输出到标准输出）"},
      {"cli.stdin_twice", "ES000", "'-' (standard input) given more than once",
       "“-”（标准输入）给出了不止一次"},
      {"cli.output_is_input", "ES000",
       "-o {output} is the input {input}; refusing to overwrite a form with its report",
       "-o {output} 就是输入 {input}；不会用报告覆盖表"},
      {"cli.xlsx_needs_output", "ES000", "-f xlsx needs -o FILE.xlsx", "-f xlsx 需要 -o 文件.xlsx"},
      {"cli.write_failed", "ES000", "writing the report failed", "写出报告失败"},
      {"cli.init_not_output", "ES000",
       "init writes the FILE it is given (evalscore init FILE), not -o",
       "init 写入给定的文件（evalscore init 文件），不用 -o"},
      {"cli.init_exists", "ES000", "{path} exists; init never overwrites a file",
       "{path} 已存在；init 从不覆盖文件"},
      {"cli.init_wrote", "",
       "wrote {path}; replace every 请填写… with the form's cell, then run: evalscore check {path}",
       "已生成 {path}；把每个“请填写…”换成表上的内容，然后运行：evalscore check {path}"},
      {"cli.import_exists", "ES000", "{path} exists; import never overwrites a file",
       "{path} 已存在；import 从不覆盖文件"},
      {"cli.import_not_stdin", "ES000", "import reads files, not standard input",
       "import 只读取文件，不读取标准输入"},
      {"cli.split_wrote_one", "", "wrote 1 draft to {dir}", "已将 1 份初稿写入 {dir}"},
      {"cli.split_wrote", "", "wrote {count} drafts to {dir}", "已将 {count} 份初稿写入 {dir}"},
      {"config.in_file", "", "{at}: {inner}", "{at}：{inner}"},
      // A .evalscore.yaml passed over (src/cli/config.cc): someone else could have planted it.
      {"config.ignored_not_regular", "", "ignoring {path}: it is not a regular file",
       "忽略 {path}：它不是普通文件"},
      {"config.ignored_other_user", "", "ignoring {path}: it belongs to another user (uid {uid})",
       "忽略 {path}：它属于另一个用户（uid {uid}）"},
      {"config.ignored_writable", "", "ignoring {path}: it is writable by group or others",
       "忽略 {path}：同组或其他用户可以写入它"},
      // The project's rule profile (src/cli/profiles.cc).
      {"rules.outside_project", "ES009",
       "rule profile '{profile}' is outside the project's directory: a project file may name only "
       "a built-in profile or a profile file in its own directory or below, or in a directory of "
       "profile_dirs in .evalscore.yaml (use --rules for any other)",
       "评分规则“{profile}"
       "”在项目目录之外：项目文件只能指定内置规则，或其所在目录及子目录中的规则文件，或 "
       ".evalscore.yaml 的 profile_dirs 目录中的规则文件（其他规则请用 --rules）"},
      {"rules.unreadable", "ES009",
       "rule profile '{profile}' is not a built-in profile ({known}) and cannot be read as a file: "
       "{reason}",
       "评分规则“{profile}”既不是内置规则（{known}），也无法作为文件读取：{reason}"},
      {"rules.in_file", "", "{at}: {inner}", "{at}：{inner}"},
      {"rules.not_valid_hidden", "ES009",
       "{at}: not a valid rule profile (its content is not shown because the project, not you, "
       "named it; see: evalscore rules show {path})",
       "{at}：不是有效的评分规则（规则由项目而非您指定，故不显示其内容；请查看：evalscore rules "
       "show {path}）"},
      // Spreadsheet and document forms (src/readers).
      {"reader.too_large", "ES001", "larger than {mib} MiB; a submitted form is a few hundred KiB",
       "文件大于 {mib} MiB；提交的表格通常只有几百 KiB"},
      {"reader.encrypted_file", "ES010",
       "the file is encrypted (password-protected); remove the password in Excel/WPS and save it "
       "again",
       "文件已加密（有密码保护）；请在 Excel/WPS 中取消密码后重新保存"},
      {"reader.doc_file", "ES010", "a Word 97-2003 .doc file: save it as .docx to read its tables",
       "这是 Word 97-2003 的 .doc 文件：请另存为 .docx 以读取其中的表格"},
      {"reader.html_file", "ES010",
       "an HTML page saved with a spreadsheet name (as some systems export): open it in Excel or "
       "WPS and save it as .xlsx",
       "这是以表格文件名保存的 HTML 网页（某些系统导出的格式）：请在 Excel 或 WPS 中打开并另存为 "
       ".xlsx"},
      {"reader.pdf_file", "ES010", "a PDF file: evalscore reads .xlsx, .xls and .docx forms",
       "这是 PDF 文件：evalscore 读取 .xlsx、.xls 和 .docx 表格"},
      {"reader.unknown_container", "ES010",
       "not an Excel or Word file (neither a zip nor an OLE2 container)",
       "不是 Excel 或 Word 文件（既不是 zip 也不是 OLE2 容器）"},
      {"reader.xlsx_named_docx", "ES010",
       "this is a workbook (xlsx) named like a Word document; rename it .xlsx",
       "这是工作簿（xlsx），却以 Word 文档命名；请改名为 .xlsx"},
      {"reader.docx_named_xlsx", "ES010",
       "this is a Word document (docx) named like a workbook; rename it .docx",
       "这是 Word 文档（docx），却以工作簿命名；请改名为 .docx"},
      {"reader.not_docx", "ES010", "not a Word document: the zip has no word/document.xml",
       "不是 Word 文档：zip 中没有 word/document.xml"},
      {"reader.not_xlsx", "ES010",
       "not a spreadsheet: the zip has no {part} (is it a .docx or another zip file named .xlsx?)",
       "不是电子表格：zip 中没有 {part}（是否是以 .xlsx 命名的 .docx 或其他 zip 文件？）"},
      {"reader.no_tables", "ES010", "the document has no tables: no form to read",
       "文档中没有表格：没有可读取的自评表"},
      {"reader.no_sheets", "ES010", "the workbook has no sheets", "工作簿中没有工作表"},
      {"reader.too_many_cells", "ES010",
       "refused: more than {limit} filled cells; a form has a few hundred",
       "拒绝读取：填写的单元格超过 {limit} 个；自评表通常只有几百个"},
      {"reader.xls_too_many_cells", "ES010", "refused: too many filled cells for a form",
       "拒绝读取：对自评表而言填写的单元格过多"},
      {"reader.xls_sheet_name", "ES010", "cannot read the name of sheet {sheet}",
       "无法读取第 {sheet} 个工作表的名称"},
      {"reader.xls_sheet", "ES010", "cannot read sheet '{sheet}'", "无法读取工作表“{sheet}”"},
      {"reader.xls_sheet_size", "ES010", "cannot read the size of sheet '{sheet}'",
       "无法读取工作表“{sheet}”的大小"},
      {"reader.xls_unreadable", "ES010",
       "not a readable Excel 97-2003 workbook (.xls): libfreexl error {code}",
       "不是可读取的 Excel 97-2003 工作簿（.xls）：libfreexl 错误 {code}"},
      {"reader.encrypted_workbook", "ES010",
       "the workbook is encrypted (password-protected); remove the password and save it again",
       "工作簿已加密（有密码保护）；请取消密码后重新保存"},
      {"reader.xls_memfile_create", "ES010", "cannot create a memory file for the .xls reader",
       "无法为 .xls 读取器创建内存文件"},
      {"reader.xls_memfile_write", "ES010", "cannot write the memory file for the .xls reader",
       "无法写入 .xls 读取器的内存文件"},
      {"reader.isolated_cut_short", "ES010", "the isolated reader's answer was cut short",
       "隔离读取进程的结果不完整"},
      {"reader.isolated_timeout", "ES010",
       "the .{reader} reader (libgsf, libfreexl) failed on this file: it is damaged or not a "
       "genuine Excel "
       "97-2003 workbook; open it in Excel or WPS and save it as .xlsx (it ran past {seconds} s)",
       "{reader} 读取器（libgsf、libfreexl）无法读取此文件：文件已损坏或不是真正的 Excel 97-2003 "
       "工作簿；请在 Excel 或 WPS 中打开并另存为 .xlsx（运行超过 {seconds} 秒）"},
      {"reader.isolated_signal", "ES010",
       "the .{reader} reader (libgsf, libfreexl) failed on this file: it is damaged or not a "
       "genuine Excel "
       "97-2003 workbook; open it in Excel or WPS and save it as .xlsx ({signal})",
       "{reader} 读取器（libgsf、libfreexl）无法读取此文件：文件已损坏或不是真正的 Excel 97-2003 "
       "工作簿；请在 Excel 或 WPS 中打开并另存为 .xlsx（{signal}）"},
      {"reader.isolated_memory", "ES010",
       "the .{reader} reader (libgsf, libfreexl) failed on this file: it is damaged or not a "
       "genuine Excel "
       "97-2003 workbook; open it in Excel or WPS and save it as .xlsx (it ran out of memory)",
       "{reader} 读取器（libgsf、libfreexl）无法读取此文件：文件已损坏或不是真正的 Excel 97-2003 "
       "工作簿；请在 Excel 或 WPS 中打开并另存为 .xlsx（内存不足）"},
      {"reader.broken_xml", "ES010", "broken XML in {part}: {detail} at byte {offset}",
       "{part} 中的 XML 已损坏：{detail}（第 {offset} 字节）"},
      {"reader.doctype", "ES010",
       "refused: {part} declares a DOCTYPE (entity definitions), which no Office file does",
       "拒绝读取：{part} 声明了 DOCTYPE（实体定义），Office 文件不会这样做"},
      {"reader.zip_unreadable", "ES010", "cannot read the file as a zip container",
       "无法作为 zip 容器读取文件"},
      {"reader.zip_not_readable", "ES010",
       "not a readable zip container (xlsx/docx are zip files): {detail}",
       "不是可读取的 zip 容器（xlsx/docx 都是 zip 文件）：{detail}"},
      {"reader.zip_corrupt_entry", "ES010", "corrupt zip entry {entry}", "zip 条目 {entry} 已损坏"},
      {"reader.zip_corrupt_entry_why", "ES010", "corrupt zip entry {entry}: {detail}",
       "zip 条目 {entry} 已损坏：{detail}"},
      {"reader.zip_encrypted", "ES010",
       "the workbook is encrypted (password-protected): {entry}; remove the password and save it "
       "again",
       "工作簿已加密（有密码保护）：{entry}；请取消密码后重新保存"},
      {"reader.zip_inflate", "ES010", "cannot inflate {entry}: {detail}",
       "无法解压 {entry}：{detail}"},
      {"reader.zip_bomb", "ES010",
       "refused: {entry} inflates to more than {mib} MiB (a zip bomb, or not a form)",
       "拒绝读取：{entry} 解压后超过 {mib} MiB（zip 炸弹，或不是自评表）"},
      {"reader.zip_bomb_ratio", "ES010",
       "refused: {entry} inflates to more than {mib} MiB at over {ratio}× its packed size (a zip "
       "bomb, or not a form)",
       "拒绝读取：{entry} 解压后超过 {mib} MiB，超过压缩大小的 {ratio} 倍（zip "
       "炸弹，或不是自评表）"},
      {"reader.sheet_hidden", "", "sheet '{sheet}' is hidden: not read",
       "工作表“{sheet}”已隐藏：不读取"},
      {"reader.sheet_without_form", "", "sheet '{sheet}' holds no 自评表: skipped",
       "工作表“{sheet}”中没有自评表：已跳过"},
      {"reader.table_without_form", "", "table '{sheet}' holds no 自评表: skipped",
       "表格“{sheet}”中没有自评表：已跳过"},
      {"reader.xls_damaged", "ES010",
       "a damaged .xls file: {detail}; open it in Excel or WPS and save it again",
       "xls 文件已损坏（{detail}）；请在 Excel 或 WPS 中打开并重新保存"},
      {"reader.ole2_unreadable", "ES010", "cannot read the file as an OLE2 compound file",
       "无法作为 OLE2 复合文件读取"},
      {"reader.ole2_not_readable", "ES010", "not a readable OLE2 compound file (.xls): {detail}",
       "不是可读取的 OLE2 复合文件（.xls）：{detail}"},
      {"reader.ole2_stream_too_large", "ES010",
       "the {stream} stream is larger than the file holding it", "{stream} 流大于包含它的文件"},
      {"reader.ole2_stream_cut", "ES010", "the {stream} stream cannot be read to its end",
       "无法读到 {stream} 流的末尾"},
      {"reader.no_form", "ES010",
       "no 自评表 found: no sheet or table has the indicator header (一级指标/二级指标/三级指标, "
       "年度指标值, 实际完成值)",
       "没有找到自评表：没有工作表或表格含有指标表头（一级指标/二级指标/"
       "三级指标、年度指标值、实际完成值）"},
      {"reader.labels_without_name_column", "ES010",
       "found indicator labels in row {row} of {sheet} but not the 三级指标 column with "
       "年度指标值/实际完成值 beside it",
       "在 {sheet} 第 {row} 行找到了指标表头，但没有三级指标列及其旁边的年度指标值/实际完成值"},
      {"reader.name_without_table", "ES010",
       "found 项目名称 in row {row} of {sheet} but no indicator table (一级指标/二级指标/三级指标, "
       "年度指标值, 实际完成值)",
       "在 {sheet} 第 {row} "
       "行找到了项目名称，但没有指标表（一级指标/二级指标/三级指标、年度指标值、实际完成值）"},
      {"reader.formula_without_value", "ES010",
       "{field}: a formula saved without its value; open the file in Excel or WPS and save it "
       "again so the result is stored",
       "{field}：公式保存时没有计算结果；请在 Excel 或 WPS 中打开并重新保存，以保存计算结果"},
      {"reader.not_a_number", "ES010", "{field}: '{written}' is not a number",
       "{field}：“{written}”不是数字"},
      {"reader.table_without_name", "ES010",
       "found the indicator table at {cell} but no 项目名称 (project name) above it",
       "在 {cell} 找到了指标表，但其上方没有项目名称"},
      {"reader.missing_columns", "ES010", "found {found} at {range} but no {missing} column",
       "在 {range} 找到了 {found}，但没有 {missing} 列"},
      {"reader.row_without_name", "ES006",
       "indicator row without a name (三级指标 {cell} is empty) but with a target or actual",
       "指标行没有名称（三级指标 {cell} 为空），却填有指标值或完成值"},
      {"reader.too_many_rows", "ES003", "more than {limit} indicator rows",
       "指标行超过 {limit} 行"},
      {"reader.row_without_levels", "ES010", "indicator row {cell} has no 一级/二级指标",
       "指标行 {cell} 没有一级/二级指标"},
  };
  return *messages;
}

}  // namespace evalscore
