#include "writer/package_insert.hpp"

#include "core/text/error.hpp"
#include "office/strings.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/document/XDocumentInsertable.hpp>
#include <com/sun/star/uno/Exception.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <filesystem>
#include <random>
#include <system_error>

namespace ets::uno {

namespace fs = std::filesystem;

namespace {

// A file only this process can read, created new (never through a name someone else prepared), removed when done.
class PrivateFile {
public:
    explicit PrivateFile(const std::string& bytes) {
        std::random_device random;
        for (int attempt = 0; attempt < 16 && path_.empty(); ++attempt) {
            const fs::path candidate = fs::temp_directory_path() / ("ets-insert-" + std::to_string(random()) + ".odt");
            const int descriptor = ::open(candidate.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
            if (descriptor < 0)
                continue;
            path_ = candidate;
            std::size_t written = 0;
            while (written < bytes.size()) {
                const ssize_t done = ::write(descriptor, bytes.data() + written, bytes.size() - written);
                if (done <= 0)
                    break;
                written += static_cast<std::size_t>(done);
            }
            ::close(descriptor);
            if (written != bytes.size())
                throw Error("document.insert_failed", {"write"});
        }
        if (path_.empty())
            throw Error("document.insert_failed", {"temporary file"});
    }
    ~PrivateFile() {
        std::error_code ignored;
        fs::remove(path_, ignored);
    }
    PrivateFile(const PrivateFile&) = delete;
    PrivateFile& operator=(const PrivateFile&) = delete;
    const fs::path& path() const { return path_; }

private:
    fs::path path_;
};

}  // namespace

void insertPackage(const css::uno::Reference<css::text::XTextCursor>& cursor, const std::string& package) {
    const PrivateFile file(package);
    css::uno::Sequence<css::beans::PropertyValue> options(1);
    options[0].Name = "FilterName";
    options[0].Value <<= rtl::OUString("writer8");
    try {
        css::uno::Reference<css::document::XDocumentInsertable>(cursor, css::uno::UNO_QUERY_THROW)
            ->insertDocumentFromURL(fileUrlFromPath(file.path()), options);
    } catch (const css::uno::Exception& failure) {
        throw Error("document.insert_failed", {toUtf8(failure.Message)});
    }
}

}  // namespace ets::uno
