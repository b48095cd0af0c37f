#include "core/refi/exchange_files.hpp"

#include "core/project/staged_file.hpp"
#include "core/refi/qde_reader.hpp"
#include "core/refi/qde_writer.hpp"
#include "core/refi/qdpx_archive.hpp"
#include "core/refi/source_text.hpp"
#include "core/text/error.hpp"

#include <fstream>
#include <sstream>
#include <system_error>

namespace ets::refi {

namespace fs = std::filesystem;

namespace {

std::string readSmallFile(const fs::path& file) {
    std::error_code error;
    if (!fs::is_regular_file(file, error))
        throw Error("refi.not_found", {file.u8string()});
    const auto size = fs::file_size(file, error);
    if (error || size > kMaxXmlBytes)
        throw Error("refi.xml_too_large", {std::to_string(kMaxXmlBytes / (1024 * 1024))});
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

}  // namespace

ImportPlan planQdpxImport(const ets::Project& target, const fs::path& file) {
    const QdpxReader archive(file);
    const Project project = readProjectXml(archive.projectXml());
    return planImport(target, project, [&](const TextSource& source, std::string& bytes) {
        if (source.hasInlineText && source.plainTextPath.empty()) {
            bytes = source.inlineText;
            return true;
        }
        if (const auto name = archiveSourceName(source.plainTextPath); name && archive.readSource(*name, bytes))
            return true;
        if (source.hasInlineText)  // a path the archive lacks, but the text is in the .qde
        {
            bytes = source.inlineText;
            return true;
        }
        // Only a rich text (a .docx): its paragraphs, as the plain text would have them.
        if (const auto name = archiveSourceName(source.richTextPath); name && archive.readSource(*name, bytes)) {
            try {
                bytes = docxText(bytes);
                return true;
            } catch (const Error&) {
                return false;
            }
        }
        return false;  // external or missing file: the plan names the source as skipped
    });
}

ImportPlan planQdcImport(const ets::Project& target, const fs::path& file) {
    return planCodebookImport(target, readCodebookXml(readSmallFile(file)));
}

void writeQdpxFile(const fs::path& file, const ExportedProject& exported) {
    writeQdpx(file, writeProjectXml(exported.project), exported.sourceFiles);
}

void writeQdcFile(const fs::path& file, const ets::Project& project, const std::string& origin) {
    const std::string xml = writeCodebookXml(codesOf(project), origin);
    try {
        StagedFile staged(file, xml);
        staged.commit();
    } catch (const std::system_error& error) {
        throw Error("refi.write_failed", {file.u8string(), error.what()});
    }
}

}  // namespace ets::refi
